// GET {s}/crosstab: one question's weighted proportions per group (a frame variable or another
// question) with svyciprop intervals, each group's base and Kish n, and the Rao-Scott test.
import { z } from "zod";
import { categoryResultSchema, resultsIntervalSchema } from "./results-schema.ts";
import type { SurveyReplyOf } from "./survey-reply-type.ts";
import { weightingSchema, weightsSummarySchema } from "./weighting-schema.ts";

export const crosstabLevelSchema = z.strictObject({ value: z.string(), label: z.string() });
export type CrosstabLevel = SurveyReplyOf<typeof crosstabLevelSchema>;

export const crosstabGroupSchema = crosstabLevelSchema.extend({
  n: z.number().int().describe("Respondents of the group who answered the row question."),
  nEffective: z.number().describe("Kish's (Σw)²/Σw² over those respondents."),
  categories: z.array(categoryResultSchema).readonly(),
});
export type CrosstabGroup = SurveyReplyOf<typeof crosstabGroupSchema>;

export const crosstabTestSchema = z.strictObject({
  f: z.number().describe("Second-order Rao-Scott F on ndf and ddf degrees of freedom (R's default)."),
  ndf: z.number(),
  ddf: z.number(),
  pF: z.number(),
  chisq: z.number().describe("Pearson X² of the weighted table rescaled to n."),
  pChisq: z.number().describe("Its first-order corrected p-value."),
  meanDeff: z.number(),
});
export type CrosstabTest = SurveyReplyOf<typeof crosstabTestSchema>;

/** The cross-tab itself (pure estimate), before the use case adds what it was asked and how it weighted. */
export const crosstabEstimateSchema = z.strictObject({
  categories: z.array(crosstabLevelSchema).readonly(),
  groups: z.array(crosstabGroupSchema).readonly(),
  test: crosstabTestSchema.nullable().describe("Null when the test cannot be made (sentence says why)."),
  sentence: z.string(),
});
export type CrosstabEstimate = SurveyReplyOf<typeof crosstabEstimateSchema>;

export const surveyCrosstabSchema = crosstabEstimateSchema
  .extend({
    row: z.strictObject({ name: z.string(), title: z.string() }),
    by: z.strictObject({ name: z.string(), title: z.string(), kind: z.enum(["frame", "question"]) }),
    responses: z.number().int(),
    withoutGroup: z
      .number()
      .int()
      .describe("Responses without a group (not linked to a frame unit, or not answering the by question)."),
    weighting: weightingSchema,
    weights: weightsSummarySchema,
    interval: resultsIntervalSchema,
  })
  .meta({ id: "SurveyCrosstab", description: "One question by a grouping variable" });
export type SurveyCrosstab = SurveyReplyOf<typeof surveyCrosstabSchema>;
