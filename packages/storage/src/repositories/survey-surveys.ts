// Surveys and their instrument versions. A version is written once and never updated; the survey
// row records which version is live. Use cases lock the survey row (`lockSurvey`) before changing
// its status or adding a version, so launch and a concurrent save cannot interleave.
import { sql } from "kysely";
import type { Queryable } from "../database.ts";

export interface SurveyRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly title: string;
  readonly status: string;
  readonly anonymity: string;
  readonly openLink: string;
  readonly openLinkKey: string | null;
  readonly partialThreshold: number;
  readonly invitationValidityDays: number;
  readonly liveVersion: number | null;
  readonly createdAt: Date;
  readonly launchedAt: Date | null;
  readonly closedAt: Date | null;
}

export interface NewSurvey {
  readonly workspaceId: string;
  readonly title: string;
  readonly anonymity: string;
  readonly openLink: string;
  readonly openLinkKey: string | null;
  readonly partialThreshold: number;
  readonly invitationValidityDays: number;
  readonly createdBy: string | null;
  readonly createdAt: Date;
}

export interface InstrumentVersionRecord {
  readonly surveyId: string;
  readonly version: number;
  readonly hash: string;
  readonly instrument: unknown;
  readonly createdAt: Date;
}

const surveyColumns = [
  "surveys.id",
  "surveys.workspace_id as workspaceId",
  "surveys.title",
  "surveys.status",
  "surveys.anonymity",
  "surveys.open_link as openLink",
  "surveys.open_link_key as openLinkKey",
  "surveys.partial_threshold as partialThreshold",
  "surveys.invitation_validity_days as invitationValidityDays",
  "surveys.live_version as liveVersion",
  "surveys.created_at as createdAt",
  "surveys.launched_at as launchedAt",
  "surveys.closed_at as closedAt",
] as const;

/** Inserts a draft survey; returns it. */
export async function insertSurvey(db: Queryable, survey: NewSurvey): Promise<SurveyRecord> {
  return db
    .insertInto("surveys")
    .values({
      workspace_id: survey.workspaceId,
      title: survey.title,
      anonymity: survey.anonymity,
      open_link: survey.openLink,
      open_link_key: survey.openLinkKey,
      partial_threshold: survey.partialThreshold,
      invitation_validity_days: survey.invitationValidityDays,
      created_by: survey.createdBy,
      created_at: survey.createdAt,
    })
    .returning(surveyColumns)
    .executeTakeFirstOrThrow();
}

/** The survey `surveyId` if it belongs to `workspaceId`, else undefined. */
export async function findSurvey(
  db: Queryable,
  workspaceId: string,
  surveyId: string,
): Promise<SurveyRecord | undefined> {
  return db
    .selectFrom("surveys")
    .select(surveyColumns)
    .where("id", "=", surveyId)
    .where("workspace_id", "=", workspaceId)
    .executeTakeFirst();
}

/** The survey by id alone (respondent paths, which reach it through a token), else undefined. */
export async function findSurveyById(db: Queryable, surveyId: string): Promise<SurveyRecord | undefined> {
  return db.selectFrom("surveys").select(surveyColumns).where("id", "=", surveyId).executeTakeFirst();
}

/** The survey row locked FOR UPDATE until the transaction ends (call inside one), else undefined. */
export async function lockSurvey(db: Queryable, surveyId: string): Promise<SurveyRecord | undefined> {
  return db
    .selectFrom("surveys")
    .select(surveyColumns)
    .where("id", "=", surveyId)
    .forUpdate()
    .executeTakeFirst();
}

/** The survey whose open link carries `key`, else undefined. */
export async function findSurveyByOpenLinkKey(db: Queryable, key: string): Promise<SurveyRecord | undefined> {
  return db.selectFrom("surveys").select(surveyColumns).where("open_link_key", "=", key).executeTakeFirst();
}

/** The workspace's surveys, newest first. */
export async function listSurveys(db: Queryable, workspaceId: string): Promise<SurveyRecord[]> {
  return db
    .selectFrom("surveys")
    .select(surveyColumns)
    .where("workspace_id", "=", workspaceId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .execute();
}

/** draft -> live with `version` frozen; false when the survey was not a draft. */
export async function markSurveyLive(
  db: Queryable,
  surveyId: string,
  version: number,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("surveys")
    .set({ status: "live", live_version: version, launched_at: at })
    .where("id", "=", surveyId)
    .where("status", "=", "draft")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** live -> closed; false when the survey was not live. */
export async function markSurveyClosed(db: Queryable, surveyId: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable("surveys")
    .set({ status: "closed", closed_at: at })
    .where("id", "=", surveyId)
    .where("status", "=", "live")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Stores `instrument` as the next version, or returns the existing version with the same hash
 * (`created: false`). Lock the survey first: the next number is max + 1.
 */
export async function insertInstrumentVersion(
  db: Queryable,
  version: {
    readonly surveyId: string;
    readonly hash: string;
    readonly instrument: unknown;
    readonly createdAt: Date;
  },
): Promise<{ readonly version: number; readonly created: boolean }> {
  const existing = await db
    .selectFrom("survey_instrument_versions")
    .select("version")
    .where("survey_id", "=", version.surveyId)
    .where("hash", "=", version.hash)
    .executeTakeFirst();
  if (existing) return { version: existing.version, created: false };
  const latest = await db
    .selectFrom("survey_instrument_versions")
    .select(sql<number>`coalesce(max(version), 0)::int`.as("latest"))
    .where("survey_id", "=", version.surveyId)
    .executeTakeFirstOrThrow();
  const next = latest.latest + 1;
  await db
    .insertInto("survey_instrument_versions")
    .values({
      survey_id: version.surveyId,
      version: next,
      hash: version.hash,
      instrument: JSON.stringify(version.instrument),
      created_at: version.createdAt,
    })
    .execute();
  return { version: next, created: true };
}

/** Version `version` of the survey's instrument, or the newest when `version` is omitted. */
export async function findInstrumentVersion(
  db: Queryable,
  surveyId: string,
  version?: number,
): Promise<InstrumentVersionRecord | undefined> {
  let query = db
    .selectFrom("survey_instrument_versions")
    .select(["survey_id as surveyId", "version", "hash", "instrument", "created_at as createdAt"])
    .where("survey_id", "=", surveyId);
  query =
    version === undefined ? query.orderBy("version", "desc").limit(1) : query.where("version", "=", version);
  return query.executeTakeFirst();
}
