// Reads and writes a response in the right table for the survey's anonymity mode: anonymous
// surveys use the anonymous table (dates only, no case, no respondent); the others use the
// responses table with a respondent id whose identity row is kept apart.
import {
  findAnonymousResponseByIdempotencyKey,
  findAnonymousResponseByResumeKey,
  findResponseByIdempotencyKey,
  findResponseByRespondent,
  findResponseByResumeKey,
  insertAnonymousResponse,
  insertResponse,
  type Queryable,
  type SurveyRecord,
  updateOpenAnonymousResponse,
  updateOpenResponse,
} from "@smartspec/storage";

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

/** Whether a response of this survey was submitted with `idempotencyKey`. */
export async function isSubmittedWith(
  trx: Queryable,
  survey: Pick<SurveyRecord, "id" | "anonymity">,
  idempotencyKey: string,
): Promise<boolean> {
  const found =
    survey.anonymity === "anonymous"
      ? await findAnonymousResponseByIdempotencyKey(trx, survey.id, idempotencyKey)
      : await findResponseByIdempotencyKey(trx, survey.id, idempotencyKey);
  return found !== undefined;
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
  const id =
    survey.anonymity === "anonymous"
      ? await insertAnonymousResponse(trx, { ...common, on: dayOf(write.at) })
      : await insertResponse(trx, {
          ...common,
          progress: write.progress,
          respondentId: write.respondentId,
          at: write.at,
        });
  return id !== undefined;
}

/** Updates an unsubmitted response (submitting it when `idempotencyKey` is set); false when it was already submitted. */
export async function updateStoredResponse(
  trx: Queryable,
  survey: SurveyRecord,
  id: string,
  write: Pick<ResponseWrite, "answers" | "progress" | "idempotencyKey" | "at" | "variant">,
): Promise<boolean> {
  const complete =
    write.idempotencyKey === null ? {} : { complete: { idempotencyKey: write.idempotencyKey } };
  return survey.anonymity === "anonymous"
    ? updateOpenAnonymousResponse(trx, id, {
        answers: write.answers,
        on: dayOf(write.at),
        variant: write.variant,
        ...complete,
      })
    : updateOpenResponse(trx, id, {
        answers: write.answers,
        progress: write.progress,
        at: write.at,
        variant: write.variant,
        ...complete,
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
