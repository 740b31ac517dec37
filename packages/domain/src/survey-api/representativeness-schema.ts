// GET {s}/representativeness: respondents vs sample vs frame vs GB business counts by size band
// and SIC section (counts, shares, response rates, two Pearson tests, plain sentences), and the
// response of every stratum.
import { z } from "zod";
import type { SurveyReplyOf } from "./survey-reply-type.ts";
import { populationSourceSchema, weightingVariableSchema } from "./weighting-schema.ts";

export const chiSquareTestSchema = z.strictObject({
  statistic: z.number(),
  degreesOfFreedom: z.number().int(),
  pValue: z.number(),
  smallExpected: z.boolean().describe("Some expected count is under 5: the approximation may be poor."),
});
export type ChiSquareTest = SurveyReplyOf<typeof chiSquareTestSchema>;

export const levelComparisonSchema = z.strictObject({
  level: z.string(),
  label: z.string(),
  population: z.number(),
  populationShare: z.number(),
  frame: z.number().int(),
  frameShare: z.number(),
  sample: z.number().int(),
  sampleShare: z.number(),
  respondents: z.number().int(),
  respondentShare: z.number(),
  responseRate: z.number().nullable().describe("respondents / sample; null with no sampled unit."),
  differenceFromPopulation: z.number().describe("respondentShare - populationShare (proportion points)."),
  differenceFromFrame: z.number(),
});
export type LevelComparison = SurveyReplyOf<typeof levelComparisonSchema>;

export const variableComparisonSchema = z.strictObject({
  variable: weightingVariableSchema,
  title: z.string(),
  levels: z.array(levelComparisonSchema).readonly(),
  unplaced: z
    .strictObject({ frame: z.number().int(), sample: z.number().int(), respondents: z.number().int() })
    .describe("Units whose field is missing or unreadable (left out of the shares)."),
  outsideFrame: z
    .strictObject({ levels: z.array(z.string()).readonly(), population: z.number(), share: z.number() })
    .describe("Population outside the frame's scope, and its share of the whole."),
  responseRateTest: chiSquareTestSchema.nullable().describe("Do response rates differ between levels?"),
  populationFitTest: chiSquareTestSchema.nullable().describe("Do respondents fit the population shares?"),
  summary: z.array(z.string()).readonly(),
});
export type VariableComparison = SurveyReplyOf<typeof variableComparisonSchema>;

export const representativenessSchema = z
  .strictObject({
    respondentsAre: z.string(),
    tests: z.string().describe("The method of the tests, for a footnote."),
    variables: z.array(variableComparisonSchema).readonly(),
    strata: z
      .array(
        z.strictObject({
          stratum: z.string(),
          frame: z.number().int(),
          sample: z.number().int(),
          respondents: z.number().int(),
          responseRate: z.number().nullable(),
        }),
      )
      .readonly(),
    population: populationSourceSchema,
    text: z.array(z.string()).readonly().describe("Every summary sentence, size band first."),
  })
  .meta({ id: "SurveyRepresentativeness", description: "Who answered, against the frame and population" });
export type Representativeness = SurveyReplyOf<typeof representativenessSchema>;
