// GET {s}/results: per-question estimates with their intervals, the weighting and weights behind
// them, the response rate (RR1 with e) and the nonresponse caveat; split-ballot variant counts and,
// in anonymous surveys, the answers still held back (decision 0011).
import { z } from "zod";
import { questionTypes } from "../survey-instrument/instrument-model.ts";
import type { SurveyReplyOf } from "./survey-reply-type.ts";
import { weightingSchema, weightsSummarySchema } from "./weighting-schema.ts";

export const intervalResultSchema = z.strictObject({
  estimate: z.number(),
  se: z.number(),
  low: z.number(),
  high: z.number(),
});
export type IntervalResult = SurveyReplyOf<typeof intervalResultSchema>;

export const categoryResultSchema = z.strictObject({
  value: z.string(),
  label: z.string(),
  proportion: z.number(),
  se: z.number(),
  low: z.number(),
  high: z.number(),
  n: z.number().int().describe("Unweighted respondents who gave this answer."),
});
export type CategoryResult = SurveyReplyOf<typeof categoryResultSchema>;

/** A result per question, and one per row of a matrix question. */
const resultTypes = [...questionTypes, "matrix-row"] as const;

export const questionResultSchema = z.strictObject({
  name: z.string(),
  title: z.string(),
  type: z.enum(resultTypes),
  question: z.string().optional().describe("Matrix rows: the matrix question."),
  row: z.string().optional().describe("Matrix rows: the row value."),
  n: z.number().int().describe("Respondents in the base (shown the question and answered it)."),
  estimated: z.boolean().describe("False for text and ranking questions: counted only."),
  categories: z.array(categoryResultSchema).readonly(),
  likert: z
    .strictObject({
      topBox: intervalResultSchema,
      bottomBox: intervalResultSchema,
      median: z.string(),
      diverging: z
        .array(z.strictObject({ category: z.string(), start: z.number(), end: z.number() }))
        .readonly(),
      nonSubstantive: z
        .array(
          z.strictObject({ value: z.string(), label: z.string(), n: z.number().int(), share: z.number() }),
        )
        .readonly(),
    })
    .optional(),
  multiple: z
    .strictObject({
      weightedMentions: z.number(),
      mentionShares: z.array(z.strictObject({ value: z.string(), share: z.number() })).readonly(),
    })
    .optional(),
  mean: intervalResultSchema.optional(),
});
export type QuestionResult = SurveyReplyOf<typeof questionResultSchema>;

/** The interval every estimate carries: svyciprop "wilson" at 95 %. */
export const resultsIntervalSchema = z.strictObject({ method: z.literal("wilson"), level: z.number() });

export const surveyResultsSchema = z.strictObject({
  responses: z.number().int().describe("Completed responses in the estimates."),
  excluded: z
    .number()
    .int()
    .describe("Completed responses left out (open-link answers when estimates use the sample's design)."),
  weighting: weightingSchema,
  weights: weightsSummarySchema
    .optional()
    .describe("The weights behind the estimates (always sent by GET {s}/results)."),
  interval: resultsIntervalSchema,
  responseRate: z.strictObject({
    RR1: z.number().nullable(),
    e: z.number().nullable(),
    eBasis: z.enum(["proportional", "given"]),
    low: z.boolean(),
  }),
  caveat: z.string().nullable().describe("The nonresponse caveat when RR1 is under 20 %; null otherwise."),
  questions: z.array(questionResultSchema).readonly(),
});
/** The estimates alone (the results reply without its variant and held-answer counts; the data pack's). */
export type SurveyResults = SurveyReplyOf<typeof surveyResultsSchema>;

export const variantCountSchema = z.strictObject({ variant: z.string(), responses: z.number().int() });
export type VariantCount = SurveyReplyOf<typeof variantCountSchema>;

export const surveyResultsReplySchema = surveyResultsSchema
  .extend({
    variants: z
      .array(variantCountSchema)
      .readonly()
      .describe("Counted responses per split-ballot variant, in its order; empty without a split ballot."),
    anonymousHeld: z
      .number()
      .int()
      .optional()
      .describe("Anonymous surveys: submitted answers held until a batch can be released (decision 0011)."),
    anonymousBatchSize: z
      .number()
      .int()
      .optional()
      .describe("Anonymous surveys: how many answers are released together while the survey is live."),
  })
  .meta({ id: "SurveyResults", description: "Weighted results per question" });
export type SurveyResultsReply = SurveyReplyOf<typeof surveyResultsReplySchema>;
