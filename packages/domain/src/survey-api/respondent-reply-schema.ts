// The respondent routes' replies (no session; the link is the credential):
//   GET  /api/respond/{token} and /api/respond/open/{key}        respondentFormSchema
//   PUT  .../progress                                            progressSavedSchema
//   POST .../submit                                              submitStoredSchema (201) / submitAlreadyStoredSchema (200)
//   422 on submit                                                answerProblemsSchema
import { z } from "zod";
import type { SurveyReplyOf } from "./survey-reply-type.ts";

export const surveyAnonymityModes = ["identified", "confidential", "anonymous"] as const;
export const surveyAnonymitySchema = z.enum(surveyAnonymityModes);
export type SurveyAnonymity = (typeof surveyAnonymityModes)[number];

export const respondentFormSchema = z
  .strictObject({
    survey: z.strictObject({
      title: z.string(),
      anonymity: surveyAnonymitySchema,
      notice: z.string().describe("What the respondent is told about their anonymity."),
    }),
    instrument: z.record(z.string(), z.unknown()).describe("The frozen instrument as SurveyJS JSON."),
    instrumentVersion: z.number().int(),
    variant: z.string().nullable().describe("The split-ballot variant to show; null without variants."),
    answers: z.record(z.string(), z.unknown()).describe("Answers saved so far ({} when none)."),
    status: z.enum(["open", "completed"]),
    resumeKey: z
      .string()
      .nullable()
      .describe("Anonymous and open-link surveys: the key to send back with saves and the submit."),
  })
  .meta({ id: "RespondentForm", description: "The form a respondent fills in" });
export type RespondentForm = SurveyReplyOf<typeof respondentFormSchema>;

export const progressSavedSchema = z
  .strictObject({ resumeKey: z.string() })
  .meta({ id: "ProgressSaved", description: "Answers saved; keep the resume key for later saves" });
export type ProgressSaved = SurveyReplyOf<typeof progressSavedSchema>;

export const submitStoredSchema = z
  .strictObject({ stored: z.literal(true) })
  .meta({ id: "SubmitStored", description: "The answers were stored by this call" });
export const submitAlreadyStoredSchema = z
  .strictObject({ stored: z.literal(false), alreadyStored: z.literal(true) })
  .meta({
    id: "SubmitAlreadyStored",
    description: "An earlier try with the same idempotency key stored them",
  });
export type SubmitReply = SurveyReplyOf<typeof submitStoredSchema | typeof submitAlreadyStoredSchema>;

export const answerProblemSchema = z.strictObject({
  path: z.array(z.string()).readonly().describe("The question name, or [] for the whole response."),
  code: z.string().nullable(),
  message: z.string(),
});
export type AnswerProblem = SurveyReplyOf<typeof answerProblemSchema>;

export const answerProblemsSchema = z
  .strictObject({
    error: z.strictObject({ code: z.literal("invalid-answers"), message: z.string() }),
    problems: z.array(answerProblemSchema).readonly(),
  })
  .meta({ id: "AnswerProblems", description: "Answers that do not fit the instrument" });
export type AnswerProblemsReply = SurveyReplyOf<typeof answerProblemsSchema>;
