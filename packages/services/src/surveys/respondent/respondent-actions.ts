// What a respondent can do besides answering: decline (explicit refusal), be screened out (not an
// SME, not in scope: known ineligible), or unsubscribe (one click from the mail; also puts the
// address on the workspace's suppression list so no survey of the workspace mails it again).
import {
  type CaseEventKind,
  hasCaseEvent,
  insertCaseEvents,
  insertSuppression,
  withTransaction,
} from "@smartspec/storage";
import type { SurveyContext } from "../survey-context.ts";
import { resolvePersonalLink } from "./personal-link.ts";
import { respondentEventTime } from "./response-store.ts";

export interface RespondentActionProps {
  readonly token: string;
  /** A short reason (screen-out: "not an SME", "outside the area" ...); at most 200 characters kept. */
  readonly reason?: string;
}

/** Records an explicit refusal ("no thanks"). Throws `invalid-token` as `openByToken` does. */
export function refuse(ctx: SurveyContext, props: RespondentActionProps): Promise<void> {
  return recordOnce(ctx, props, "refused", false);
}

/** Records that the screener found the case out of scope (known ineligible, NE). */
export function screenOut(ctx: SurveyContext, props: RespondentActionProps): Promise<void> {
  return recordOnce(ctx, props, "screened_out", false);
}

/**
 * Unsubscribes the link's address: works on any link, even expired or of a closed survey, and only
 * once counts. Throws `invalid-token` only for an unknown token.
 */
export function unsubscribe(ctx: SurveyContext, props: { readonly token: string }): Promise<void> {
  return recordOnce(ctx, props, "unsubscribed", true);
}

async function recordOnce(
  ctx: SurveyContext,
  props: RespondentActionProps,
  kind: CaseEventKind,
  anyStatus: boolean,
): Promise<void> {
  await withTransaction(ctx.database, async (trx) => {
    const now = ctx.now();
    const { survey, surveyCase } = await resolvePersonalLink(trx, props.token, now, { anyStatus });
    if (await hasCaseEvent(trx, surveyCase.id, kind)) return;
    const detail =
      props.reason
        ?.replace(/\p{Cc}/gu, " ")
        .trim()
        .slice(0, 200) || null;
    await insertCaseEvents(trx, [
      { surveyId: survey.id, caseId: surveyCase.id, kind, detail, at: respondentEventTime(survey, now) },
    ]);
    if (kind === "unsubscribed" && surveyCase.normalisedEmail) {
      await insertSuppression(trx, {
        workspaceId: survey.workspaceId,
        normalisedEmail: surveyCase.normalisedEmail,
        reason: "unsubscribed",
        surveyId: survey.id,
        at: now,
      });
    }
  });
  ctx.log(`survey.case.${kind}`, {});
}
