// A bounce report for a survey mail (from the mail system, keyed by the outbox mail that bounced).
// Hard bounces put the address on the workspace's suppression list; every bounce stops reminders
// to the case, and a case whose mail bounced ends as UO unless it responded (methods doc 2.3, rule 8).
import {
  findMailingByOutboxId,
  insertCaseEvents,
  insertSuppression,
  lockCase,
  withTransaction,
} from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { isUuid } from "../../platform/validate.ts";
import type { SurveyContext } from "../survey-context.ts";

export interface RecordBounceProps {
  readonly outboxId: string;
  readonly kind: "hard" | "soft";
}

/** Records the bounce; `not-found` when the outbox mail is not a survey mail. */
export async function recordBounce(ctx: SurveyContext, props: RecordBounceProps): Promise<void> {
  if (props.kind !== "hard" && props.kind !== "soft") {
    throw new PlatformError("validation", "kind: must be hard or soft", { field: "kind" });
  }
  await withTransaction(ctx.database, async (trx) => {
    const mailing = isUuid(props.outboxId) ? await findMailingByOutboxId(trx, props.outboxId) : undefined;
    const surveyCase = mailing && (await lockCase(trx, mailing.caseId));
    if (!mailing || !surveyCase)
      throw new PlatformError("not-found", `Outbox mail ${props.outboxId} is not a survey mail`);
    const now = ctx.now();
    await insertCaseEvents(trx, [
      { surveyId: mailing.surveyId, caseId: mailing.caseId, kind: "bounced", detail: props.kind, at: now },
    ]);
    if (props.kind === "hard" && surveyCase.normalisedEmail) {
      await insertSuppression(trx, {
        workspaceId: mailing.workspaceId,
        normalisedEmail: surveyCase.normalisedEmail,
        reason: "bounced",
        surveyId: mailing.surveyId,
        at: now,
      });
    }
  });
  ctx.log("survey.mail.bounced", { kind: props.kind });
}
