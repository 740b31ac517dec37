// Responses of identified and confidential surveys, and the respondent identities kept apart from
// them (a response names a respondent id; only the identity row names the case or person). The
// anonymous table lives in survey-anonymous-responses.ts.
import { sql } from "kysely";
import type { Queryable } from "../database.ts";

export interface ResponseRecord {
  readonly id: string;
  readonly surveyId: string;
  readonly respondentId: string | null;
  readonly origin: string;
  readonly instrumentVersion: number;
  readonly answers: Record<string, unknown>;
  readonly progress: number | null;
  readonly idempotencyKey: string | null;
  readonly startedAt: Date;
  readonly updatedAt: Date;
  readonly completedAt: Date | null;
  /** The split-ballot variant the respondent was assigned; null without a split ballot. */
  readonly variant: string | null;
}

export interface NewResponse {
  readonly surveyId: string;
  readonly respondentId: string | null;
  readonly origin: "invitation" | "open-link";
  readonly instrumentVersion: number;
  readonly answers: Record<string, unknown>;
  readonly progress: number | null;
  readonly resumeKeyHash: string | null;
  readonly idempotencyKey: string | null;
  readonly at: Date;
  /** Set when the response is submitted in the same call that creates it. */
  readonly completed: boolean;
  /** The split-ballot variant; null (the default) without a split ballot. */
  readonly variant?: string | null;
}

const responseColumns = [
  "id",
  "survey_id as surveyId",
  "respondent_id as respondentId",
  "origin",
  "instrument_version as instrumentVersion",
  sql<Record<string, unknown>>`answers`.as("answers"),
  "progress",
  "idempotency_key as idempotencyKey",
  "started_at as startedAt",
  "updated_at as updatedAt",
  "completed_at as completedAt",
  "variant",
] as const;

/** The respondent id of a case, created on first use. */
export async function ensureCaseRespondent(
  db: Queryable,
  respondent: { readonly surveyId: string; readonly caseId: string; readonly at: Date },
): Promise<string> {
  await db
    .insertInto("survey_respondents")
    .values({ survey_id: respondent.surveyId, case_id: respondent.caseId, created_at: respondent.at })
    .onConflict((oc) => oc.column("case_id").doNothing())
    .execute();
  const row = await db
    .selectFrom("survey_respondents")
    .select("id")
    .where("case_id", "=", respondent.caseId)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A self-identified open-link respondent (no case); returns the id. */
export async function insertSelfIdentifiedRespondent(
  db: Queryable,
  respondent: { readonly surveyId: string; readonly name: string; readonly email: string; readonly at: Date },
): Promise<string> {
  const row = await db
    .insertInto("survey_respondents")
    .values({
      survey_id: respondent.surveyId,
      name: respondent.name,
      email: respondent.email,
      created_at: respondent.at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Stores a response; returns its id, or undefined when the idempotency key was already used. */
export async function insertResponse(db: Queryable, response: NewResponse): Promise<string | undefined> {
  const row = await db
    .insertInto("survey_responses")
    .values({
      survey_id: response.surveyId,
      respondent_id: response.respondentId,
      origin: response.origin,
      instrument_version: response.instrumentVersion,
      answers: JSON.stringify(response.answers),
      progress: response.progress,
      resume_key_hash: response.resumeKeyHash,
      idempotency_key: response.idempotencyKey,
      started_at: response.at,
      updated_at: response.at,
      completed_at: response.completed ? response.at : null,
      variant: response.variant ?? null,
    })
    .onConflict((oc) => oc.columns(["survey_id", "idempotency_key"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id;
}

/** The response of a respondent, else undefined. */
export async function findResponseByRespondent(
  db: Queryable,
  respondentId: string,
): Promise<ResponseRecord | undefined> {
  return db
    .selectFrom("survey_responses")
    .select(responseColumns)
    .where("respondent_id", "=", respondentId)
    .executeTakeFirst();
}

/** The open-link response resumed with the key hashing to `resumeKeyHash`, else undefined. */
export async function findResponseByResumeKey(
  db: Queryable,
  surveyId: string,
  resumeKeyHash: string,
): Promise<ResponseRecord | undefined> {
  return db
    .selectFrom("survey_responses")
    .select(responseColumns)
    .where("survey_id", "=", surveyId)
    .where("resume_key_hash", "=", resumeKeyHash)
    .executeTakeFirst();
}

/** The response submitted with `idempotencyKey`, else undefined. */
export async function findResponseByIdempotencyKey(
  db: Queryable,
  surveyId: string,
  idempotencyKey: string,
): Promise<ResponseRecord | undefined> {
  return db
    .selectFrom("survey_responses")
    .select(responseColumns)
    .where("survey_id", "=", surveyId)
    .where("idempotency_key", "=", idempotencyKey)
    .executeTakeFirst();
}

/**
 * Replaces the answers (and variant) of an unsubmitted response (a save, or the submit when
 * `complete`); false when it was already submitted (a concurrent submit won).
 */
export async function updateOpenResponse(
  db: Queryable,
  id: string,
  change: {
    readonly answers: Record<string, unknown>;
    readonly progress: number | null;
    readonly at: Date;
    /** Left as stored when not given. */
    readonly variant?: string | null;
    readonly complete?: { readonly idempotencyKey: string };
  },
): Promise<boolean> {
  const result = await db
    .updateTable("survey_responses")
    .set({
      answers: JSON.stringify(change.answers),
      progress: change.progress,
      updated_at: change.at,
      ...(change.variant === undefined ? {} : { variant: change.variant }),
      ...(change.complete
        ? { completed_at: change.at, idempotency_key: change.complete.idempotencyKey }
        : {}),
    })
    .where("id", "=", id)
    .where("completed_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The survey's responses (no identity: respondent ids only), oldest first. */
export async function listResponses(db: Queryable, surveyId: string): Promise<ResponseRecord[]> {
  return db
    .selectFrom("survey_responses")
    .select(responseColumns)
    .where("survey_id", "=", surveyId)
    .orderBy("started_at")
    .orderBy("id")
    .execute();
}

export interface RespondentIdentityRecord {
  readonly respondentId: string;
  readonly caseId: string | null;
  readonly organisationName: string | null;
  readonly name: string | null;
  readonly email: string | null;
}

/** Who each respondent is: the case's frame contact, or what a self-identified respondent gave. */
export async function listRespondentIdentities(
  db: Queryable,
  surveyId: string,
): Promise<RespondentIdentityRecord[]> {
  return db
    .selectFrom("survey_respondents as r")
    .leftJoin("survey_cases as c", "c.id", "r.case_id")
    .leftJoin("survey_frame_units as u", "u.id", "c.frame_unit_id")
    .select([
      "r.id as respondentId",
      "r.case_id as caseId",
      "u.organisation_name as organisationName",
      sql<string | null>`coalesce(r.name, null)`.as("name"),
      sql<string | null>`coalesce(r.email, u.email)`.as("email"),
    ])
    .where("r.survey_id", "=", surveyId)
    .orderBy("r.created_at")
    .orderBy("r.id")
    .execute();
}
