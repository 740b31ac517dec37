// Sampling frames (one import of organisations and contacts) and their units. Units are written in
// batches; the normalised email and name are stored beside the originals for duplicate checks.
import { sql } from "kysely";
import type { Queryable } from "../database.ts";

export interface NewFrameUnit {
  readonly rowNumber: number;
  readonly organisationName: string;
  readonly email: string | null;
  readonly sicCode: string | null;
  readonly sizeBand: string | null;
  readonly region: string | null;
  readonly postcode: string | null;
  readonly stratum: string;
  /** unknown | eligible | ceased */
  readonly eligibility: string;
  readonly extra: Record<string, unknown>;
  readonly normalisedEmail: string | null;
  readonly normalisedName: string;
}

export interface FrameUnitRecord extends NewFrameUnit {
  readonly id: string;
}

export interface FrameRecord {
  readonly id: string;
  readonly surveyId: string;
  readonly name: string;
  readonly unitCount: number;
  readonly createdAt: Date;
}

/** Rows per INSERT: 12 columns x 500 stays far below PostgreSQL's 65,535 parameters. */
const batchSize = 500;

/** Stores a frame and its units; returns the frame id. Call inside a transaction. */
export async function insertFrame(
  db: Queryable,
  frame: { readonly surveyId: string; readonly name: string; readonly createdAt: Date },
  units: readonly NewFrameUnit[],
): Promise<string> {
  const row = await db
    .insertInto("survey_frames")
    .values({
      survey_id: frame.surveyId,
      name: frame.name,
      unit_count: units.length,
      created_at: frame.createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (let start = 0; start < units.length; start += batchSize) {
    await db
      .insertInto("survey_frame_units")
      .values(
        units.slice(start, start + batchSize).map((u) => ({
          frame_id: row.id,
          row_number: u.rowNumber,
          organisation_name: u.organisationName,
          email: u.email,
          sic_code: u.sicCode,
          size_band: u.sizeBand,
          region: u.region,
          postcode: u.postcode,
          stratum: u.stratum,
          eligibility: u.eligibility,
          extra: JSON.stringify(u.extra),
          normalised_email: u.normalisedEmail,
          normalised_name: u.normalisedName,
        })),
      )
      .execute();
  }
  return row.id;
}

/** The frame `frameId` of survey `surveyId`, else undefined. */
export async function findFrame(
  db: Queryable,
  surveyId: string,
  frameId: string,
): Promise<FrameRecord | undefined> {
  return db
    .selectFrom("survey_frames")
    .select(["id", "survey_id as surveyId", "name", "unit_count as unitCount", "created_at as createdAt"])
    .where("id", "=", frameId)
    .where("survey_id", "=", surveyId)
    .executeTakeFirst();
}

/** Every unit of a frame in row order. */
export async function listFrameUnits(db: Queryable, frameId: string): Promise<FrameUnitRecord[]> {
  return db
    .selectFrom("survey_frame_units")
    .select([
      "id",
      "row_number as rowNumber",
      "organisation_name as organisationName",
      "email",
      "sic_code as sicCode",
      "size_band as sizeBand",
      "region",
      "postcode",
      "stratum",
      "eligibility",
      sql<Record<string, unknown>>`extra`.as("extra"),
      "normalised_email as normalisedEmail",
      "normalised_name as normalisedName",
    ])
    .where("frame_id", "=", frameId)
    .orderBy("row_number")
    .execute();
}

/** Units per stratum of a frame, by stratum name. */
export async function countFrameUnitsByStratum(
  db: Queryable,
  frameId: string,
): Promise<{ readonly stratum: string; readonly units: number }[]> {
  return db
    .selectFrom("survey_frame_units")
    .select(["stratum", sql<number>`count(*)::int`.as("units")])
    .where("frame_id", "=", frameId)
    .groupBy("stratum")
    .orderBy("stratum")
    .execute();
}
