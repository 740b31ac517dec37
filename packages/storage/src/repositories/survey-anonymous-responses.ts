// Responses of anonymous surveys: no case, no respondent, no token, no progress share, and dates
// only (YYYY-MM-DD), so nothing stored joins one to a person. A respondent resumes with a key their browser keeps
// (only its sha256 is stored here, and nowhere else). A submitted answer is held until it is
// released in a shuffled batch (survey-anonymous-release.ts); members' reads see released answers only.
import { sql } from "kysely";
import type { Queryable } from "../database.ts";

export interface AnonymousResponseRecord {
  readonly id: string;
  readonly surveyId: string;
  readonly origin: string;
  readonly instrumentVersion: number;
  readonly answers: Record<string, unknown>;
  readonly idempotencyKey: string | null;
  /** YYYY-MM-DD */
  readonly startedOn: string;
  readonly updatedOn: string;
  readonly completedOn: string | null;
  /** The split-ballot variant (assigned from the resume key); null without a split ballot. */
  readonly variant: string | null;
}

export interface NewAnonymousResponse {
  readonly surveyId: string;
  readonly origin: "invitation" | "open-link";
  readonly instrumentVersion: number;
  readonly answers: Record<string, unknown>;
  readonly resumeKeyHash: string | null;
  readonly idempotencyKey: string | null;
  /** YYYY-MM-DD */
  readonly on: string;
  readonly completed: boolean;
  /** The split-ballot variant (from the resume key); null (the default) without a split ballot. */
  readonly variant?: string | null;
}

const anonymousColumns = [
  "id",
  "survey_id as surveyId",
  "origin",
  "instrument_version as instrumentVersion",
  sql<Record<string, unknown>>`answers`.as("answers"),
  "idempotency_key as idempotencyKey",
  sql<string>`started_on::text`.as("startedOn"),
  sql<string>`updated_on::text`.as("updatedOn"),
  sql<string | null>`completed_on::text`.as("completedOn"),
  "variant",
] as const;

/** Stores an anonymous response; returns its id, or undefined when the idempotency key was used. */
export async function insertAnonymousResponse(
  db: Queryable,
  response: NewAnonymousResponse,
): Promise<string | undefined> {
  const row = await db
    .insertInto("survey_anonymous_responses")
    .values({
      survey_id: response.surveyId,
      origin: response.origin,
      instrument_version: response.instrumentVersion,
      answers: JSON.stringify(response.answers),
      resume_key_hash: response.resumeKeyHash,
      idempotency_key: response.idempotencyKey,
      started_on: response.on,
      updated_on: response.on,
      completed_on: response.completed ? response.on : null,
      variant: response.variant ?? null,
    })
    .onConflict((oc) => oc.columns(["survey_id", "idempotency_key"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id;
}

/** The anonymous response resumed with the key hashing to `resumeKeyHash`, else undefined. */
export async function findAnonymousResponseByResumeKey(
  db: Queryable,
  surveyId: string,
  resumeKeyHash: string,
): Promise<AnonymousResponseRecord | undefined> {
  return db
    .selectFrom("survey_anonymous_responses")
    .select(anonymousColumns)
    .where("survey_id", "=", surveyId)
    .where("resume_key_hash", "=", resumeKeyHash)
    .executeTakeFirst();
}

/**
 * Replaces the answers (and variant) of an unsubmitted anonymous response, submitting it when
 * `complete` (its idempotency key goes to the receipts, not to the row); false when it was already submitted.
 */
export async function updateOpenAnonymousResponse(
  db: Queryable,
  id: string,
  change: {
    readonly answers: Record<string, unknown>;
    readonly on: string;
    /** Left as stored when not given. */
    readonly variant?: string | null;
    readonly complete?: boolean;
  },
): Promise<boolean> {
  const result = await db
    .updateTable("survey_anonymous_responses")
    .set({
      answers: JSON.stringify(change.answers),
      updated_on: change.on,
      ...(change.variant === undefined ? {} : { variant: change.variant }),
      ...(change.complete ? { completed_on: change.on } : {}),
    })
    .where("id", "=", id)
    .where("completed_on", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * The survey's released anonymous responses (all submitted) in random-id order (no order of arrival
 * is kept). Held and unsubmitted answers are never listed: a member reading after each completion
 * could otherwise tell which answer came with it.
 */
export async function listAnonymousResponses(
  db: Queryable,
  surveyId: string,
): Promise<AnonymousResponseRecord[]> {
  return db
    .selectFrom("survey_anonymous_responses")
    .select(anonymousColumns)
    .where("survey_id", "=", surveyId)
    .where("released", "=", true)
    .orderBy("id")
    .execute();
}
