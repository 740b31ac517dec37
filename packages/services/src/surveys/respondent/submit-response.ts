// Submits a respondent's answers. Idempotent: the client sends one idempotency key per submit and
// repeats it on retries; the case row is locked for the transaction, so concurrent retries run one
// after another and the later ones find the completion and answer "already stored". The answers,
// the completion record and the `completed` event are written in one transaction: an acknowledged
// answer is a stored one.
import {
  ensureCaseRespondent,
  findCompletion,
  insertCaseEvents,
  insertCompletion,
  withTransaction,
} from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { hashToken } from "../../platform/tokens.ts";
import type { SurveyContext } from "../survey-context.ts";
import { checkAnswers, checkIdempotencyKey, resolvePersonalLink, resumeKeyOrNull } from "./personal-link.ts";
import { liveInstrument } from "./respondent-view.ts";
import {
  dayOf,
  findStoredResponse,
  insertStoredResponse,
  isSubmittedWith,
  respondentEventTime,
  updateStoredResponse,
} from "./response-store.ts";

export interface SubmitResponseProps {
  readonly token: string;
  readonly answers: unknown;
  /** One per submit attempt, repeated on retries (e.g. a UUID made when the respondent pressed Submit). */
  readonly idempotencyKey: string;
  /** Anonymous surveys: the key from the last save, if any. */
  readonly resumeKey?: string | null;
}

export interface SubmitResult {
  /** stored: this call stored it; already-stored: a retry of a submit that was stored. */
  readonly status: "stored" | "already-stored";
  /** The day of completion, YYYY-MM-DD (UTC). */
  readonly completedOn: string;
}

/**
 * Stores the completed response. Throws `validation` (field `answers`, the validator's problems as
 * `cause`) when the answers do not fit the instrument, `conflict` when the case already submitted
 * under another idempotency key, `invalid-token` as `openByToken` does.
 */
export async function submitResponse(ctx: SurveyContext, props: SubmitResponseProps): Promise<SubmitResult> {
  const answers = checkAnswers(props.answers);
  const idempotencyKey = checkIdempotencyKey(props.idempotencyKey);
  const result = await withTransaction(ctx.database, async (trx) => {
    const now = ctx.now();
    const { survey, surveyCase } = await resolvePersonalLink(trx, props.token, now);
    const completedOn = await findCompletion(trx, surveyCase.id);
    if (completedOn !== undefined) {
      if (await isSubmittedWith(trx, survey, idempotencyKey))
        return { status: "already-stored" as const, completedOn, survey };
      throw new PlatformError("conflict", "This survey was already submitted from this link");
    }
    const instrument = await liveInstrument(trx, survey);
    const check = ctx.validateResponse(instrument.json, answers);
    if (!check.ok) {
      throw new PlatformError("validation", `answers: ${check.problems.length} answer(s) need attention`, {
        field: "answers",
        cause: check.problems,
      });
    }
    const anonymous = survey.anonymity === "anonymous";
    const resumeKey = anonymous ? resumeKeyOrNull(props.resumeKey) : null;
    const respondentId = anonymous
      ? null
      : await ensureCaseRespondent(trx, { surveyId: survey.id, caseId: surveyCase.id, at: now });
    const stored = respondentId
      ? await findStoredResponse(trx, survey, { respondentId })
      : resumeKey
        ? await findStoredResponse(trx, survey, { resumeKeyHash: hashToken(resumeKey) })
        : undefined;
    const write = { answers: check.answers, progress: 1, idempotencyKey, at: now };
    const written =
      stored && !stored.completed
        ? await updateStoredResponse(trx, survey, stored.id, write)
        : await insertStoredResponse(trx, survey, {
            ...write,
            origin: "invitation",
            respondentId: stored ? null : respondentId,
            resumeKeyHash: null,
          });
    if (!written)
      throw new PlatformError("conflict", "This idempotency key was already used for another response");
    const day = dayOf(now);
    await insertCompletion(trx, { caseId: surveyCase.id, surveyId: survey.id, completedOn: day });
    await insertCaseEvents(trx, [
      { surveyId: survey.id, caseId: surveyCase.id, kind: "completed", at: respondentEventTime(survey, now) },
    ]);
    return { status: "stored" as const, completedOn: day, survey };
  });
  ctx.log("survey.response.submitted", { surveyId: result.survey.id, status: result.status });
  return { status: result.status, completedOn: result.completedOn };
}
