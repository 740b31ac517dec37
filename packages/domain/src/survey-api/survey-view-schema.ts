// GET / POST /api/workspaces/{slug}/surveys, GET {s}, POST {s}/launch and {s}/close: a survey as
// listed, created, launched or closed (surveyViewSchema) and with its instrument, frame and sample
// (surveyDetailSchema).
import { z } from "zod";
import { surveyAnonymitySchema } from "./respondent-reply-schema.ts";
import { isoDateTime, type SurveyJsonOf, type SurveyReplyOf } from "./survey-reply-type.ts";

export const surveyViewSchema = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    status: z.enum(["draft", "live", "closed"]),
    anonymity: surveyAnonymitySchema,
    openLink: z.enum(["off", "anonymous", "self-identified"]),
    openLinkUrl: z.string().nullable().describe("The open link's URL while open links are on."),
    partialThreshold: z.number().describe("Share of questions answered that makes a break-off a partial."),
    invitationValidityDays: z.number().int(),
    liveVersion: z.number().int().nullable(),
    createdAt: isoDateTime,
    launchedAt: isoDateTime.nullable(),
    closedAt: isoDateTime.nullable(),
  })
  .meta({ id: "SurveyView", description: "A survey as listed and as the head of its own page" });
export type SurveyView = SurveyReplyOf<typeof surveyViewSchema>;
export type SurveyViewJson = SurveyJsonOf<typeof surveyViewSchema>;

export const surveyListSchema = z.array(surveyViewSchema).readonly();

export const stratumUnitsSchema = z.strictObject({ stratum: z.string(), units: z.number().int() });
export type StratumUnits = SurveyReplyOf<typeof stratumUnitsSchema>;

export const sampleStratumSchema = z.strictObject({
  stratum: z.string().describe('The design stratum; "*" is the whole frame (designs all and simple).'),
  population: z.number().int().describe("N_h"),
  sample: z.number().int().describe("n_h"),
  weight: z.number().nullable().describe("The design weight N_h / n_h; null when n_h = 0."),
});
export type SampleStratum = SurveyReplyOf<typeof sampleStratumSchema>;

export const surveyDetailSchema = surveyViewSchema
  .extend({
    instrument: z.strictObject({ version: z.number().int(), hash: z.string() }).nullable(),
    frame: z
      .strictObject({
        frameId: z.string(),
        units: z.number().int(),
        strata: z.array(stratumUnitsSchema).readonly(),
      })
      .nullable(),
    sample: z
      .strictObject({
        sampleId: z.string(),
        design: z.string(),
        seed: z.string(),
        strata: z.array(sampleStratumSchema).readonly(),
      })
      .nullable(),
  })
  .meta({ id: "SurveyDetail", description: "A survey with its newest instrument version, frame and sample" });
export type SurveyDetail = SurveyReplyOf<typeof surveyDetailSchema>;
export type SurveyDetailJson = SurveyJsonOf<typeof surveyDetailSchema>;
