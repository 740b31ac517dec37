// Saves a respondent's answers so far (save and resume). The first save records `started`; a save
// that reaches further into the instrument records `partial` with its progress, which decides
// between P and a break-off R when fieldwork closes (methods doc 2.3, rules 2 and 5). The
// split-ballot variant is stored with the response (respondent-variant.ts); an anonymous first save
// keeps the resume key the open issued, so the variant shown is the one stored.
import {
  ensureCaseRespondent,
  findCompletion,
  hasCaseEvent,
  insertCaseEvents,
  maxPartialProgress,
  type NewCaseEvent,
  withTransaction,
} from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { hashToken, newToken } from "../../platform/tokens.ts";
import type { SurveyContext } from "../survey-context.ts";
import { checkAnswers, resolvePersonalLink, resumeKeyOrNull } from "./personal-link.ts";
import { respondentVariant } from "./respondent-variant.ts";
import { liveInstrument } from "./respondent-view.ts";
import {
  findStoredResponse,
  insertStoredResponse,
  respondentEventTime,
  updateStoredResponse,
} from "./response-store.ts";

export interface SaveProgressProps {
  readonly token: string;
  readonly answers: unknown;
  /** Anonymous surveys: the key from the previous save (none on the first). */
  readonly resumeKey?: string | null;
}

export interface SaveProgressResult {
  /** Anonymous surveys: send this back with later saves and the submit. Null otherwise. */
  readonly resumeKey: string | null;
  readonly progress: number | null;
}

/** Stores the answers in one transaction with the case's events. Throws `conflict` once submitted. */
export async function saveProgress(
  ctx: SurveyContext,
  props: SaveProgressProps,
): Promise<SaveProgressResult> {
  const answers = checkAnswers(props.answers);
  return withTransaction(ctx.database, async (trx) => {
    const now = ctx.now();
    const { survey, surveyCase } = await resolvePersonalLink(trx, props.token, now);
    if ((await findCompletion(trx, surveyCase.id)) !== undefined) {
      throw new PlatformError("conflict", "This survey was already submitted from this link");
    }
    const instrument = await liveInstrument(ctx.database, trx, survey);
    const anonymous = survey.anonymity === "anonymous";
    const givenKey = anonymous ? resumeKeyOrNull(props.resumeKey) : null;
    const respondentId = anonymous
      ? null
      : await ensureCaseRespondent(trx, { surveyId: survey.id, caseId: surveyCase.id, at: now });
    const stored = respondentId
      ? await findStoredResponse(trx, survey, { respondentId })
      : givenKey
        ? await findStoredResponse(trx, survey, { resumeKeyHash: hashToken(givenKey) })
        : undefined;
    // A key the client holds but no response has yet is the one the open issued: kept.
    const resumeKey = anonymous ? (givenKey ?? newToken()) : null;
    const variant = respondentVariant(instrument.json, resumeKey ?? surveyCase.id, stored?.variant);
    const progress = ctx.measureProgress(instrument.json, answers, { variant });
    if (stored) {
      await updateStoredResponse(trx, survey, stored.id, {
        answers,
        progress,
        idempotencyKey: null,
        at: now,
        variant,
      });
    } else {
      await insertStoredResponse(trx, survey, {
        origin: "invitation",
        respondentId,
        resumeKeyHash: resumeKey ? hashToken(resumeKey) : null,
        answers,
        progress,
        idempotencyKey: null,
        at: now,
        variant,
      });
    }
    const at = respondentEventTime(survey, now);
    const events: NewCaseEvent[] = [];
    if (!(await hasCaseEvent(trx, surveyCase.id, "started"))) {
      events.push({ surveyId: survey.id, caseId: surveyCase.id, kind: "started", at });
    }
    const reached = await maxPartialProgress(trx, surveyCase.id);
    if (progress !== null && (reached === null || progress > reached)) {
      events.push({ surveyId: survey.id, caseId: surveyCase.id, kind: "partial", progress, at });
    }
    await insertCaseEvents(trx, events);
    return { resumeKey, progress };
  });
}
