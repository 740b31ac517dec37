// Submits a respondent's answers. Idempotent: the client sends one idempotency key per submit and
// repeats it on retries. Two round trips on the way that matters (issue 6 load goal): one query
// reads the link, survey, completion, respondent and saved response (findSubmitTarget); one
// statement locks the case row and writes the completion record, the answers and the `completed`
// event (submitCaseResponse), so an acknowledged answer is a stored one. Of concurrent submits of
// one case exactly one writes (the completion's primary key is the case); the others find the
// completion and answer "already stored" (same key) or `conflict` (another key). The live
// instrument comes from memory (instrument-cache.ts). The answers are checked and stored with the
// respondent's split-ballot variant (respondent-variant.ts): the one saved with the response, else
// assigned from the case id (from the resume key in anonymous surveys). An anonymous answer is
// held, and released with others by a later transaction (release-anonymous-answers.ts).
import {
  type CaseSubmission,
  findCompletion,
  findSubmitTarget,
  type Queryable,
  type SubmitTarget,
  submitCaseResponse,
  withTransaction,
} from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import { hashToken } from "../../platform/tokens.ts";
import type { SurveyContext } from "../survey-context.ts";
import { isTokenShaped } from "../survey-links.ts";
import { checkAnswers, checkIdempotencyKey, checkLinkOpen, resumeKeyOrNull } from "./personal-link.ts";
import { releaseHeldAnswers } from "./release-anonymous-answers.ts";
import { respondentVariant } from "./respondent-variant.ts";
import { liveInstrument } from "./respondent-view.ts";
import { dayOf, findStoredResponse, isSubmittedWith, respondentEventTime } from "./response-store.ts";

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
  if (!isTokenShaped(props.token)) throw new PlatformError("invalid-token", "This survey link is not valid");
  const attempt: Attempt = {
    tokenHash: hashToken(props.token),
    answers,
    idempotencyKey,
    resumeKey: props.resumeKey,
  };
  // A second attempt only when a unique constraint refused the write: a response of this respondent
  // was saved between the read and the write (the second read finds it), or the key is another
  // response's (refused again: conflict).
  const result = (await submitAttempt(ctx, attempt)) ?? (await submitAttempt(ctx, attempt));
  if (result === undefined) {
    throw new PlatformError("conflict", "This idempotency key was already used for another response");
  }
  ctx.log("survey.response.submitted", { surveyId: result.surveyId, status: result.status });
  // The answer is held; releasing it with others is a transaction of its own, after the submit's.
  if (result.anonymous && result.status === "stored") await releaseHeldAnswers(ctx, result.surveyId);
  return { status: result.status, completedOn: result.completedOn };
}

type AttemptResult = SubmitResult & { readonly surveyId: string; readonly anonymous: boolean };

interface Attempt {
  readonly tokenHash: string;
  readonly answers: Record<string, unknown>;
  readonly idempotencyKey: string;
  readonly resumeKey: string | null | undefined;
}

/**
 * One read and one write; undefined when a unique constraint refused the write. On PGlite the two
 * run in one transaction: its one connection is taken once, not twice, per submit.
 */
function submitAttempt(ctx: SurveyContext, attempt: Attempt): Promise<AttemptResult | undefined> {
  if (ctx.database.dialect !== "pglite") return readAndWrite(ctx, ctx.database.db, attempt, false);
  // A refused statement aborts the transaction, so it is rolled back (thrown) rather than committed.
  const refused = new Error("refused by a unique constraint");
  return withTransaction(ctx.database, async (trx) => {
    const result = await readAndWrite(ctx, trx, attempt, true);
    if (result === undefined) throw refused;
    return result;
  }).catch((error: unknown) => {
    if (error === refused) return undefined;
    throw error;
  });
}

async function readAndWrite(
  ctx: SurveyContext,
  db: Queryable,
  attempt: Attempt,
  inTransaction: boolean,
): Promise<AttemptResult | undefined> {
  const now = ctx.now();
  const found = await findSubmitTarget(db, attempt.tokenHash);
  if (!found) throw new PlatformError("invalid-token", "This survey link is not valid");
  checkLinkOpen(found.survey, found.expiresAt, now);
  const { survey } = found;
  const attempted = { surveyId: survey.id, anonymous: survey.anonymity === "anonymous" };
  if (found.completedOn !== null)
    return { ...attempted, ...(await retryStatus(db, found, attempt.idempotencyKey)) };
  const instrument = await liveInstrument(ctx.database, db, survey);
  const target = await answersTarget(db, found, attempt.resumeKey);
  const variant = respondentVariant(instrument.json, target.variantKey, target.storedVariant);
  const check = ctx.validateResponse(instrument.json, attempt.answers, { variant });
  if (!check.ok) {
    throw new PlatformError("validation", `answers: ${check.problems.length} answer(s) need attention`, {
      field: "answers",
      cause: check.problems,
    });
  }
  const day = dayOf(now);
  const submission: CaseSubmission = {
    surveyId: survey.id,
    caseId: found.caseId,
    instrumentVersion: instrument.version,
    answersJson: JSON.stringify(check.answers),
    idempotencyKey: attempt.idempotencyKey,
    at: now,
    completedOn: day,
    eventAt: respondentEventTime(survey, now),
    variant,
    target: target.write,
  };
  const outcome =
    submission.target.updateId === null
      ? await submitCaseResponse(db, submission)
      : inTransaction
        ? await submitSavedResponse(db, submission)
        : await withTransaction(ctx.database, (trx) => submitSavedResponse(trx, submission));
  if (outcome === "duplicate") return undefined;
  // Not completed here: a concurrent submit of this case completed it first.
  if (!outcome.completed) return { ...attempted, ...(await retryStatus(db, found, attempt.idempotencyKey)) };
  return { ...attempted, status: "stored", completedOn: day };
}

interface AnswersTarget {
  readonly write: CaseSubmission["target"];
  /** What the variant is assigned from: the case id, or the resume key (anonymous surveys; null: none given). */
  readonly variantKey: string | null;
  /** The variant saved with the response the answers go to. */
  readonly storedVariant: string | null;
}

/**
 * Where the answers go: a new row, or the saved unsubmitted response of this respondent (or resume
 * key); and what decides the variant. An anonymous submit with no resume key (nothing was saved,
 * and the form was not opened through the server) is assigned from a fresh random key.
 */
async function answersTarget(
  db: Queryable,
  target: SubmitTarget,
  givenResumeKey: string | null | undefined,
): Promise<AnswersTarget> {
  if (target.survey.anonymity !== "anonymous") {
    const saved = target.response;
    const pending = saved && !saved.completed ? saved : null;
    return {
      write: pending
        ? { table: "identified", respondentId: target.respondentId, updateId: pending.id }
        : // A completed response without a completion record: the new answers get a row of their own.
          { table: "identified", respondentId: saved ? null : target.respondentId, updateId: null },
      variantKey: target.caseId,
      storedVariant: pending?.variant ?? null,
    };
  }
  const resumeKey = resumeKeyOrNull(givenResumeKey);
  const saved = resumeKey
    ? await findStoredResponse(db, target.survey, { resumeKeyHash: hashToken(resumeKey) })
    : undefined;
  const pending = saved && !saved.completed ? saved : null;
  return {
    write: { table: "anonymous", updateId: pending?.id ?? null },
    variantKey: resumeKey,
    storedVariant: pending?.variant ?? null,
  };
}

/**
 * Submits a saved response; call inside a transaction. The statement writes the completion only
 * while the response is unsubmitted, and a response submitted meanwhile (only an open-link response
 * reached by its resume key can be) throws, rolling the completion back.
 */
async function submitSavedResponse(
  trx: Queryable,
  submission: CaseSubmission,
): ReturnType<typeof submitCaseResponse> {
  const outcome = await submitCaseResponse(trx, submission);
  if (outcome !== "duplicate" && outcome.completed && !outcome.stored) {
    throw new PlatformError("conflict", "This response was already submitted");
  }
  return outcome;
}

/** A completed case: "already stored" when it completed with this key, else `conflict`. */
async function retryStatus(
  db: Queryable,
  target: SubmitTarget,
  idempotencyKey: string,
): Promise<SubmitResult> {
  if (!(await isSubmittedWith(db, target.survey, idempotencyKey))) {
    throw new PlatformError("conflict", "This survey was already submitted from this link");
  }
  const completedOn = target.completedOn ?? (await findCompletion(db, target.caseId));
  if (completedOn === undefined) throw new Error(`case ${target.caseId}: submitted but not completed`);
  return { status: "already-stored", completedOn };
}
