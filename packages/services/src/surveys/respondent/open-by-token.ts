// A respondent opens their personal link: the first open is recorded (methods doc 2.3: opening the
// survey link, not a mail pixel), saved answers are returned so they can resume, and the split-ballot
// variant is assigned (respondent-variant.ts: from the case id, or in an anonymous survey from the
// resume key, issued here when the instrument has a split ballot and none was given).
import {
  ensureCaseRespondent,
  findCompletion,
  hasCaseEvent,
  insertCaseEvents,
  withTransaction,
} from "@smartspec/storage";
import { hashToken, newToken } from "../../platform/tokens.ts";
import type { SurveyContext } from "../survey-context.ts";
import { resolvePersonalLink, resumeKeyOrNull } from "./personal-link.ts";
import { respondentVariant, splitBallotOf } from "./respondent-variant.ts";
import { liveInstrument, type RespondentView, respondentView } from "./respondent-view.ts";
import { findStoredResponse, respondentEventTime } from "./response-store.ts";

export interface OpenByTokenProps {
  readonly token: string;
  /** Anonymous surveys: the key returned by an earlier save, to resume. */
  readonly resumeKey?: string | null;
}

/** The form for a personal link. Throws `invalid-token` (unknown, expired, closed). */
export async function openByToken(ctx: SurveyContext, props: OpenByTokenProps): Promise<RespondentView> {
  return withTransaction(ctx.database, async (trx) => {
    const now = ctx.now();
    const { survey, surveyCase } = await resolvePersonalLink(trx, props.token, now);
    if (!(await hasCaseEvent(trx, surveyCase.id, "opened"))) {
      await insertCaseEvents(trx, [
        { surveyId: survey.id, caseId: surveyCase.id, kind: "opened", at: respondentEventTime(survey, now) },
      ]);
    }
    const instrument = await liveInstrument(ctx.database, trx, survey);
    const completed = (await findCompletion(trx, surveyCase.id)) !== undefined;
    const anonymous = survey.anonymity === "anonymous";
    const resumeKey = anonymous ? resumeKeyOrNull(props.resumeKey) : null;
    const stored = anonymous
      ? resumeKey
        ? await findStoredResponse(trx, survey, { resumeKeyHash: hashToken(resumeKey) })
        : undefined
      : await findStoredResponse(trx, survey, {
          respondentId: await ensureCaseRespondent(trx, {
            surveyId: survey.id,
            caseId: surveyCase.id,
            at: now,
          }),
        });
    // Anonymous with a split ballot: the variant needs a key before the first save, so one is issued.
    const issued = anonymous && !stored && splitBallotOf(instrument.json) ? (resumeKey ?? newToken()) : null;
    const key = anonymous ? (stored ? resumeKey : issued) : surveyCase.id;
    return respondentView(survey, instrument, {
      variant: key === null ? null : respondentVariant(instrument.json, key, stored?.variant),
      answers: stored?.answers ?? {},
      completed,
      resumeKey: stored ? resumeKey : issued,
    });
  });
}
