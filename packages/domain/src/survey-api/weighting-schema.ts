// The weighting behind every estimate of GET {s}/results and {s}/crosstab: design weights alone
// (the default), or design weights post-stratified / raked to GB business counts; the `weights`
// summary (Kish, the population margins and any problem); and the population source every
// table built on the business counts cites (representativeness too).
import { z } from "zod";
import type { SurveyReplyOf } from "./survey-reply-type.ts";

/** The weightings a results reader may ask for, in the order the results page offers them. */
export const weightingChoices = [
  "design",
  "post-stratify:size",
  "post-stratify:section",
  "rake:size,section",
] as const;
export type WeightingChoice = (typeof weightingChoices)[number];

/** The frame variables the population margins are kept for. */
export const weightingVariableSchema = z.enum(["size", "section"]);

/** The four employment size bands weighting uses (micro 0-9, small 10-49, medium 50-249, large 250+). */
export const populationSizeBands = ["micro", "small", "medium", "large"] as const;
export type PopulationSizeBand = (typeof populationSizeBands)[number];
export type WeightingVariable = z.output<typeof weightingVariableSchema>;

export const weightingSchema = z.strictObject({
  kind: z.enum(["design", "none"]),
  description: z.string().describe("One sentence for the report."),
});
export type Weighting = SurveyReplyOf<typeof weightingSchema>;

export const populationSourceSchema = z.strictObject({
  source: z.string(),
  year: z.number().int(),
  geography: z.string(),
  attribution: z.string(),
  licence: z.string(),
  sizeBandMapping: z.string().describe("How the count's size bands were grouped into the frame's."),
});
export type PopulationSource = SurveyReplyOf<typeof populationSourceSchema>;

export const marginLevelSchema = z.strictObject({
  level: z.string(),
  label: z.string(),
  population: z.number().describe("Population total of the level in the weighted population (the scope)."),
  respondents: z.number().int(),
  weightedTotal: z
    .number()
    .describe("Sum of the final weights of the level's respondents (equals population after calibration)."),
});
export type MarginLevel = SurveyReplyOf<typeof marginLevelSchema>;

export const weightsSummarySchema = z
  .strictObject({
    requested: z.enum(weightingChoices),
    applied: z
      .enum(weightingChoices)
      .describe('The request, or "design" when it could not be (see problems).'),
    kish: z
      .strictObject({ n: z.number().int(), effectiveSampleSize: z.number(), designEffect: z.number() })
      .nullable()
      .describe(
        "Kish: n, n_eff = (Σw)²/Σw², deff_w = n Σw²/(Σw)² of the final weights; null without responses.",
      ),
    problems: z.array(z.string()).readonly().describe("Plain-sentence problems; never an error."),
    population: populationSourceSchema
      .extend({
        frameSizeBands: z.record(z.string(), z.enum(populationSizeBands)),
        margins: z
          .array(
            z.strictObject({
              variable: weightingVariableSchema,
              levels: z.array(marginLevelSchema).readonly(),
            }),
          )
          .readonly(),
      })
      .nullable(),
    rake: z.strictObject({ sweeps: z.number().int(), converged: z.boolean(), delta: z.number() }).nullable(),
  })
  .meta({ id: "WeightsSummary", description: "The weights behind the estimates" });
export type WeightsSummary = SurveyReplyOf<typeof weightsSummarySchema>;
