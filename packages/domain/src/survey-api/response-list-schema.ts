// GET {s}/responses (every response; anonymous surveys: answers and dates only) and
// GET {s}/identities (who answered; confidential surveys: owners only).
import { z } from "zod";
import type { SurveyReplyOf } from "./survey-reply-type.ts";

export const responseViewSchema = z.strictObject({
  id: z.string(),
  respondentId: z
    .string()
    .nullable()
    .describe("Null in anonymous surveys and for anonymous open-link answers."),
  origin: z.string(),
  instrumentVersion: z.number().int(),
  answers: z.record(z.string(), z.unknown()),
  completed: z.boolean(),
  completedOn: z.string().nullable().describe("Day of completion (YYYY-MM-DD, UTC); null while partial."),
  identity: z
    .strictObject({ organisationName: z.string().nullable(), email: z.string().nullable() })
    .nullable()
    .describe("Identified surveys only."),
});
export type ResponseView = SurveyReplyOf<typeof responseViewSchema>;
export const responseListSchema = z
  .array(responseViewSchema)
  .readonly()
  .meta({ id: "SurveyResponses", description: "Every response of the survey" });

export const respondentIdentitySchema = z.strictObject({
  respondentId: z.string(),
  organisationName: z.string().nullable(),
  name: z.string().nullable(),
  email: z.string().nullable(),
});
export type RespondentIdentity = SurveyReplyOf<typeof respondentIdentitySchema>;
export const respondentIdentityListSchema = z
  .array(respondentIdentitySchema)
  .readonly()
  .meta({ id: "RespondentIdentities", description: "Who answered" });
