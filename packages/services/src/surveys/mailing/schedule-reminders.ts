// Reminder waves: scheduled by a member, sent by `sendDueReminders` (run by the server's loop) to
// the cases that have not responded, refused, unsubscribed, been screened out or bounced.
import type { ReminderWave } from "@smartspec/domain";
import {
  claimDueReminderWaves,
  findSurveyById,
  listCasesToMail,
  listSuppressedEmails,
  markReminderWaveEnqueued,
  type Queryable,
  type ReminderWaveRecord,
  type SurveyRecord,
  upsertReminderWave,
  withTransaction,
} from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { type SurveyAccessProps, surveyForMember } from "../survey-access.ts";
import type { SurveyContext } from "../survey-context.ts";
import { checkMailTemplate, type MailTemplate } from "../survey-mail-texts.ts";
import { enqueueCaseMail } from "./enqueue-case-mail.ts";

export interface ScheduleReminderProps extends SurveyAccessProps, MailTemplate {
  /** 1 for the first reminder, 2 for the second ... */
  readonly wave: number;
  readonly dueAt: Date;
}

export type ReminderWaveView = ReminderWave;

/**
 * Schedules (or, before it goes out, reschedules) a reminder wave of a draft or live survey. A
 * wave already sent is returned unchanged. Throws `validation` for a wave outside 1-20 or a bad
 * template, `conflict` for a closed survey.
 */
export async function scheduleReminder(
  ctx: SurveyContext,
  props: ScheduleReminderProps,
): Promise<ReminderWaveView> {
  if (!Number.isInteger(props.wave) || props.wave < 1 || props.wave > 20) {
    throw new PlatformError("validation", "wave: must be a whole number from 1 to 20", { field: "wave" });
  }
  if (!(props.dueAt instanceof Date) || Number.isNaN(props.dueAt.getTime())) {
    throw new PlatformError("validation", "dueAt: must be a date and time", { field: "dueAt" });
  }
  const template = checkMailTemplate(props);
  return withTransaction(ctx.database, async (trx) => {
    const { survey } = await surveyForMember(trx, props, "write-data");
    if (survey.status === "closed") throw new PlatformError("conflict", `"${survey.title}" is closed`);
    return toWaveView(
      await upsertReminderWave(trx, {
        surveyId: survey.id,
        wave: props.wave,
        dueAt: props.dueAt,
        ...template,
      }),
    );
  });
}

export interface SentWave {
  readonly surveyId: string;
  readonly wave: number;
  readonly mails: number;
}

/**
 * Sends every reminder wave now due (of live surveys), each in one transaction: claims the wave
 * (FOR UPDATE SKIP LOCKED, so two servers never both take it), queues one mail per non-respondent,
 * marks the wave sent. Returns what went out. Call it from the mail loop.
 */
export async function sendDueReminders(
  ctx: SurveyContext,
  props: { readonly limit?: number } = {},
): Promise<SentWave[]> {
  const sent: SentWave[] = [];
  for (;;) {
    const wave = await withTransaction(ctx.database, async (trx) => {
      const [due] = await claimDueReminderWaves(trx, ctx.now(), 1);
      if (!due) return undefined;
      const survey = await findSurveyById(trx, due.surveyId);
      const mails = survey ? await enqueueReminderWave(ctx, trx, survey, due) : 0;
      await markReminderWaveEnqueued(trx, due.surveyId, due.wave, ctx.now(), mails);
      return { surveyId: due.surveyId, wave: due.wave, mails };
    });
    if (!wave) return sent;
    sent.push(wave);
    ctx.log("survey.reminders.sent", { surveyId: wave.surveyId, wave: wave.wave, mails: wave.mails });
    if (props.limit !== undefined && sent.length >= props.limit) return sent;
  }
}

/**
 * Queues wave `wave.wave` for the survey's non-respondents not yet mailed in it; returns the number
 * queued. Idempotent: run twice (or by two servers at once), each case gets one mail per wave.
 */
export async function enqueueReminderWave(
  ctx: SurveyContext,
  trx: Queryable,
  survey: SurveyRecord,
  wave: Pick<ReminderWaveRecord, "wave" | "subject" | "text">,
): Promise<number> {
  const cases = await listCasesToMail(trx, survey.id, wave.wave);
  const suppressed = await listSuppressedEmails(
    trx,
    survey.workspaceId,
    cases.flatMap((c) => (c.normalisedEmail ? [c.normalisedEmail] : [])),
  );
  let mails = 0;
  for (const surveyCase of cases) {
    const email = surveyCase.email;
    if (!email || suppressed.has(surveyCase.normalisedEmail ?? "")) continue;
    if (await enqueueCaseMail(ctx, trx, survey, { ...surveyCase, email }, wave.wave, wave)) mails += 1;
  }
  return mails;
}

function toWaveView(wave: ReminderWaveRecord): ReminderWaveView {
  return {
    wave: wave.wave,
    dueAt: wave.dueAt,
    subject: wave.subject,
    enqueuedAt: wave.enqueuedAt,
    mailCount: wave.mailCount,
  };
}
