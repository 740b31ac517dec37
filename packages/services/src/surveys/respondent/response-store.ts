// Reads and writes a response in the right table for the survey's anonymity mode: anonymous
// surveys use the anonymous table (dates only, no case, no respondent); the others use the
// responses table with a respondent id whose identity row is kept apart. An anonymous answer's
// idempotency key is kept as a receipt (its sha256, apart from the answer), which outlives the
// answer's release (release-anonymous-answers.ts).
import {
  findAnonymousResponseByResumeKey,
  findResponseByIdempotencyKey,
  findResponseByRespondent,
  findResponseByResumeKey,
  hasAnonymousReceipt,
  insertAnonymousReceipt,
  insertAnonymousResponse,
  insertResponse,
  type Queryable,
  type SurveyRecord,
  updateOpenAnonymousResponse,
  updateOpenResponse,
} from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";

export interface StoredResponse {
  readonly id: string;
  readonly answers: Record<string, unknown>;
  readonly idempotencyKey: string | null;
  readonly completed: boolean;
  /** The split-ballot variant stored with it (null: none, or saved before variants were kept). */
  readonly variant: string | null;
}

/** Where a response is found: by the case's respondent (not anonymous), or by a resume key hash. */
export type ResponseLocator = { readonly respondentId: string } | { readonly resumeKeyHash: string };

/** The stored response, else undefined. */
export async function findStoredResponse(
  trx: Queryable,
  survey: Pick<SurveyRecord, "id" | "anonymity">,
  locator: ResponseLocator,
): Promise<StoredResponse | undefined> {
  if (survey.anonymity === "anonymous") {
    if (!("resumeKeyHash" in locator)) return undefined;
    const found = await findAnonymousResponseByResumeKey(trx, survey.id, locator.resumeKeyHash);
    return (
      found && {
        id: found.id,
        answers: found.answers,
        idempotencyKey: found.idempotencyKey,
        completed: found.completedOn !== null,
        variant: found.variant,
      }
    );
  }
  const found =
    "respondentId" in locator
      ? await findResponseByRespondent(trx, locator.respondentId)
      : await findResponseByResumeKey(trx, survey.id, locator.resumeKeyHash);
  return (
    found && {
      id: found.id,
      answers: found.answers,
      idempotencyKey: found.idempotencyKey,
      completed: found.completedAt !== null,
      variant: found.variant,
    }
  );
}

/** Whether a response of this survey was submitted with `idempotencyKey` (anonymous: held or released). */
export async function isSubmittedWith(
  trx: Queryable,
  survey: Pick<SurveyRecord, "id" | "anonymity">,
  idempotencyKey: string,
): Promise<boolean> {
  if (survey.anonymity === "anonymous") return hasAnonymousReceipt(trx, survey.id, idempotencyKey);
  return (await findResponseByIdempotencyKey(trx, survey.id, idempotencyKey)) !== undefined;
}

export interface ResponseWrite {
  readonly origin: "invitation" | "open-link";
  readonly respondentId: string | null;
  readonly resumeKeyHash: string | null;
  readonly answers: Record<string, unknown>;
  readonly progress: number | null;
  /** Set on submit. */
  readonly idempotencyKey: string | null;
  readonly at: Date;
  /** The respondent's split-ballot variant (respondent-variant.ts); null without a split ballot. */
  readonly variant: string | null;
}

/**
 * Inserts a response (submitted when `idempotencyKey` is set); false when that idempotency key was
 * already used (a concurrent retry stored it first).
 */
export async function insertStoredResponse(
  trx: Queryable,
  survey: SurveyRecord,
  write: ResponseWrite,
): Promise<boolean> {
  const common = {
    surveyId: survey.id,
    origin: write.origin,
    instrumentVersion: survey.liveVersion ?? 0,
    answers: write.answers,
    resumeKeyHash: write.resumeKeyHash,
    idempotencyKey: write.idempotencyKey,
    completed: write.idempotencyKey !== null,
    variant: write.variant,
  };
  if (survey.anonymity === "anonymous") {
    // The receipt first: a key used before (a concurrent retry stored it) inserts nothing.
    if (
      write.idempotencyKey !== null &&
      !(await insertAnonymousReceipt(trx, survey.id, write.idempotencyKey))
    )
      return false;
    const on = dayOf(write.at);
    return (await insertAnonymousResponse(trx, { ...common, idempotencyKey: null, on })) !== undefined;
  }
  const id = await insertResponse(trx, {
    ...common,
    progress: write.progress,
    respondentId: write.respondentId,
    at: write.at,
  });
  return id !== undefined;
}

/**
 * Updates an unsubmitted response (submitting it when `idempotencyKey` is set); false when it was
 * already submitted. Call in a transaction: an anonymous submit under a key another answer of the
 * survey was submitted with throws `conflict`, rolling the update back.
 */
export async function updateStoredResponse(
  trx: Queryable,
  survey: SurveyRecord,
  id: string,
  write: Pick<ResponseWrite, "answers" | "progress" | "idempotencyKey" | "at" | "variant">,
): Promise<boolean> {
  const key = write.idempotencyKey;
  if (survey.anonymity === "anonymous") {
    const on = dayOf(write.at);
    const change = { answers: write.answers, on, variant: write.variant, complete: key !== null };
    // The row first: a concurrent submit of the same response waits on it, then finds it submitted.
    if (!(await updateOpenAnonymousResponse(trx, id, change))) return false;
    if (key !== null && !(await insertAnonymousReceipt(trx, survey.id, key))) {
      throw new PlatformError("conflict", "This idempotency key was already used for another response");
    }
    return true;
  }
  return updateOpenResponse(trx, id, {
    answers: write.answers,
    progress: write.progress,
    at: write.at,
    variant: write.variant,
    ...(key === null ? {} : { complete: { idempotencyKey: key } }),
  });
}

/** The UTC day of `at`: "YYYY-MM-DD". */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** When respondent events are recorded: the exact time, or in anonymous mode midnight UTC of the day. */
export function respondentEventTime(survey: Pick<SurveyRecord, "anonymity">, at: Date): Date {
  return survey.anonymity === "anonymous" ? new Date(`${dayOf(at)}T00:00:00.000Z`) : at;
}
