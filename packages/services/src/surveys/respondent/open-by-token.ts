// A respondent opens their personal link: the first open is recorded (methods doc 2.3: opening the
// survey link, not a mail pixel), and saved answers are returned so they can resume.
import {
  ensureCaseRespondent,
  findCompletion,
  hasCaseEvent,
  insertCaseEvents,
  withTransaction,
} from "@smartspec/storage";
import { hashToken } from "../../platform/tokens.ts";
import type { SurveyContext } from "../survey-context.ts";
import { resolvePersonalLink, resumeKeyOrNull } from "./personal-link.ts";
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
    const resumeKey = survey.anonymity === "anonymous" ? resumeKeyOrNull(props.resumeKey) : null;
    const stored =
      survey.anonymity === "anonymous"
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
    return respondentView(survey, instrument, {
      answers: stored?.answers ?? {},
      completed,
      resumeKey: stored ? resumeKey : null,
    });
  });
}
