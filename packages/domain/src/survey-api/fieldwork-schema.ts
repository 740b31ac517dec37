// Fieldwork replies: POST {s}/invitations, POST {s}/reminders, GET {s}/dashboard (events per day,
// response by stratum, AAPOR dispositions and rates) and GET {s}/dispositions (one row per case).
import { z } from "zod";
import { aaporRateNames, dispositionCodes } from "../survey/aapor-rates.ts";
import { isoDateTime, type SurveyJsonOf, type SurveyReplyOf } from "./survey-reply-type.ts";
import { surveyViewSchema } from "./survey-view-schema.ts";

export const invitationsSentSchema = z
  .strictObject({
    invited: z.number().int(),
    skippedNoEmail: z.number().int(),
    skippedSuppressed: z.number().int(),
  })
  .meta({ id: "InvitationsSent", description: "Invitations queued" });
export type InvitationsSent = SurveyReplyOf<typeof invitationsSentSchema>;

export const reminderWaveSchema = z
  .strictObject({
    wave: z.number().int(),
    dueAt: isoDateTime,
    subject: z.string(),
    enqueuedAt: isoDateTime.nullable().describe("Set once the wave's mail is queued."),
    mailCount: z.number().int().nullable(),
  })
  .meta({ id: "ReminderWave", description: "A reminder wave, scheduled or sent" });
export type ReminderWave = SurveyReplyOf<typeof reminderWaveSchema>;
export type ReminderWaveJson = SurveyJsonOf<typeof reminderWaveSchema>;

export const dispositionCodeSchema = z.enum(dispositionCodes);
const dispositionCountsSchema = z.strictObject(
  Object.fromEntries(dispositionCodes.map((code) => [code, z.number().int()])) as Record<
    (typeof dispositionCodes)[number],
    z.ZodNumber
  >,
);

export const outcomeRatesSchema = z
  .strictObject({
    rates: z
      .strictObject(
        Object.fromEntries(aaporRateNames.map((name) => [name, z.number().nullable()])) as Record<
          (typeof aaporRateNames)[number],
          z.ZodNullable<z.ZodNumber>
        >,
      )
      .describe("AAPOR rates; null where undefined (no cases in the denominator)."),
    e: z.number().nullable().describe("The eligibility estimate used by RR3, RR4, REF2 and CON2."),
    eBasis: z.enum(["proportional", "given"]),
    counts: dispositionCountsSchema,
  })
  .meta({ id: "OutcomeRates", description: "AAPOR outcome rates with e and its basis" });
export type OutcomeRates = SurveyReplyOf<typeof outcomeRatesSchema>;

/** Every event a case can record (methods doc 2.3); `reminded` is a reminder mail enqueued. */
export const caseEventKinds = [
  "invited",
  "reminded",
  "bounced",
  "opened",
  "started",
  "partial",
  "completed",
  "refused",
  "unsubscribed",
  "screened_out",
] as const;
export type CaseEventKind = (typeof caseEventKinds)[number];

export const dailyEventCountSchema = z.strictObject({
  kind: z.enum(caseEventKinds),
  day: z.string().describe("YYYY-MM-DD (UTC)"),
  stratum: z.string(),
  cases: z.number().int(),
});
export type DailyEventCount = SurveyReplyOf<typeof dailyEventCountSchema>;

export const stratumFieldworkSchema = z.strictObject({
  stratum: z.string(),
  frameUnits: z.number().int().describe("N_h: units of the frame in the stratum."),
  cases: z.number().int(),
  invited: z.number().int(),
  completed: z.number().int(),
  dispositions: dispositionCountsSchema,
});
export type StratumFieldwork = SurveyReplyOf<typeof stratumFieldworkSchema>;

export const fieldworkDashboardSchema = z
  .strictObject({
    survey: surveyViewSchema,
    daily: z.array(dailyEventCountSchema).readonly(),
    strata: z.array(stratumFieldworkSchema).readonly(),
    mailsByWave: z.array(z.strictObject({ wave: z.number().int(), mails: z.number().int() })).readonly(),
    dispositions: dispositionCountsSchema,
    rates: outcomeRatesSchema,
    partialThreshold: z.number(),
    ruleSet: z.string(),
  })
  .meta({ id: "FieldworkDashboard", description: "The live fieldwork dashboard" });
export type FieldworkDashboard = SurveyReplyOf<typeof fieldworkDashboardSchema>;
export type FieldworkDashboardJson = SurveyJsonOf<typeof fieldworkDashboardSchema>;

export const caseDispositionSchema = z.strictObject({
  caseId: z.string(),
  rowNumber: z.number().int(),
  organisationName: z.string(),
  stratum: z.string(),
  code: dispositionCodeSchema,
  rule: z.number().int().describe("The rule number in the methods doc table (1-10)."),
  subtype: z.string().nullable(),
});
export type CaseDispositionRow = SurveyReplyOf<typeof caseDispositionSchema>;
export const caseDispositionListSchema = z.array(caseDispositionSchema).readonly();
