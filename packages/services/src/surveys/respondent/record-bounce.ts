// A bounce report for a survey mail (from the mail system, keyed by the outbox mail that bounced):
// an SMTP 5xx at hand-off, or a delivery status notification the relay mails back later.
// Hard bounces put the address on the workspace's suppression list; every bounce stops reminders
// to the case, and a case whose mail bounced ends as UO unless it responded (methods doc 2.3, rule 8).
// A bounce told twice (a DSN delivered twice, a DSN after the 5xx) records once.
import {
  findMailingByOutboxId,
  hasCaseEvent,
  insertCaseEvents,
  insertSuppression,
  listSuppressedEmails,
  lockCase,
  withTransaction,
} from "@smartspec/storage";
import { bounceOfReport } from "../../platform/outbox/delivery-reports/bounce-of-report.ts";
import { readDeliveryReport } from "../../platform/outbox/delivery-reports/read-delivery-report.ts";
import { isPlatformError, PlatformError } from "../../platform/platform-error.ts";
import { isUuid } from "../../platform/validate.ts";
import type { SurveyContext } from "../survey-context.ts";

export interface RecordBounceProps {
  readonly outboxId: string;
  readonly kind: "hard" | "soft";
}

/**
 * Records the bounce; false when it changed nothing (the case had bounced before and, for a hard
 * bounce, the address was suppressed already). Throws `not-found` when the outbox mail is not a survey mail.
 */
export async function recordBounce(ctx: SurveyContext, props: RecordBounceProps): Promise<boolean> {
  if (props.kind !== "hard" && props.kind !== "soft") {
    throw new PlatformError("validation", "kind: must be hard or soft", { field: "kind" });
  }
  const changed = await withTransaction(ctx.database, async (trx) => {
    const mailing = isUuid(props.outboxId) ? await findMailingByOutboxId(trx, props.outboxId) : undefined;
    const surveyCase = mailing && (await lockCase(trx, mailing.caseId));
    if (!mailing || !surveyCase)
      throw new PlatformError("not-found", `Outbox mail ${props.outboxId} is not a survey mail`);
    const now = ctx.now();
    // The case row is locked, so a second report of the same bounce waits here and then sees the first.
    const bouncedBefore = await hasCaseEvent(trx, mailing.caseId, "bounced");
    const email = props.kind === "hard" ? surveyCase.normalisedEmail : null;
    const suppress =
      email !== null && !(await listSuppressedEmails(trx, mailing.workspaceId, [email])).has(email);
    if (!bouncedBefore) {
      await insertCaseEvents(trx, [
        { surveyId: mailing.surveyId, caseId: mailing.caseId, kind: "bounced", detail: props.kind, at: now },
      ]);
    }
    if (suppress && email !== null) {
      await insertSuppression(trx, {
        workspaceId: mailing.workspaceId,
        normalisedEmail: email,
        reason: "bounced",
        surveyId: mailing.surveyId,
        at: now,
      });
    }
    return !bouncedBefore || suppress;
  });
  if (changed) ctx.log("survey.mail.bounced", { kind: props.kind });
  return changed;
}

/** What became of a delivery report; `reason` names no e-mail address (fit for logs and output). */
export type DeliveryReportOutcome =
  | { readonly status: "recorded"; readonly outboxId: string; readonly kind: "hard" | "soft" }
  | { readonly status: "ignored"; readonly reason: string };

/**
 * Reads a delivery status notification (raw message bytes) and records the bounce it reports on
 * the survey case of the outbox mail it names, as an SMTP 5xx would be. Anything else - not a DSN,
 * a delay, a mail that is not a survey mail, a bounce recorded before - is ignored with the reason.
 * Example: `await recordDeliveryReport(ctx, readFileSync("bounce.eml"))` -> { status: "recorded", ... }.
 */
export async function recordDeliveryReport(
  ctx: SurveyContext,
  raw: Uint8Array | string,
): Promise<DeliveryReportOutcome> {
  const reading = readDeliveryReport(raw);
  if (!reading.ok) return { status: "ignored", reason: reading.reason };
  const bounce = bounceOfReport(reading.report);
  if (!bounce.bounce) return { status: "ignored", reason: bounce.reason };
  const { outboxId, kind } = bounce;
  try {
    if (await recordBounce(ctx, { outboxId, kind })) return { status: "recorded", outboxId, kind };
    return { status: "ignored", reason: `the bounce of outbox mail ${outboxId} was recorded before` };
  } catch (error) {
    if (!isPlatformError(error, "not-found")) throw error;
    return {
      status: "ignored",
      reason: `outbox mail ${outboxId} is not a survey mail (a workspace invitation, a password reset, or unknown)`,
    };
  }
}
