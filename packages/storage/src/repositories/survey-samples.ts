// Samples drawn from a frame, and the cases (sampled units) they create. One sample per survey:
// drawing again before launch replaces it, and its cases with it.
import { sql } from "kysely";
import type { Queryable } from "../database.ts";

export interface SampleStratum {
  readonly stratum: string;
  /** N_h: units of the frame in the stratum. */
  readonly population: number;
  /** n_h: units drawn. */
  readonly sample: number;
}

export interface NewSample {
  readonly surveyId: string;
  readonly frameId: string;
  readonly design: string;
  readonly allocation: string | null;
  readonly seed: string;
  readonly requestedSize: number | null;
  readonly strata: readonly SampleStratum[];
  readonly createdAt: Date;
}

export interface SampleRecord extends NewSample {
  readonly id: string;
}

/** Rows per INSERT of cases. */
const batchSize = 1000;

/**
 * Replaces the survey's sample with a new one selecting `units` (frame unit id and stratum), in the
 * order given; returns the sample id. Call inside a transaction.
 */
export async function replaceSample(
  db: Queryable,
  sample: NewSample,
  units: readonly { readonly unitId: string; readonly stratum: string }[],
): Promise<string> {
  await db.deleteFrom("survey_samples").where("survey_id", "=", sample.surveyId).execute();
  const row = await db
    .insertInto("survey_samples")
    .values({
      survey_id: sample.surveyId,
      frame_id: sample.frameId,
      design: sample.design,
      allocation: sample.allocation,
      seed: sample.seed,
      requested_size: sample.requestedSize,
      strata: JSON.stringify(sample.strata),
      created_at: sample.createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (let start = 0; start < units.length; start += batchSize) {
    await db
      .insertInto("survey_cases")
      .values(
        units.slice(start, start + batchSize).map((u) => ({
          survey_id: sample.surveyId,
          sample_id: row.id,
          frame_unit_id: u.unitId,
          stratum: u.stratum,
          created_at: sample.createdAt,
        })),
      )
      .execute();
  }
  return row.id;
}

/** The survey's sample, else undefined. */
export async function findSample(db: Queryable, surveyId: string): Promise<SampleRecord | undefined> {
  const row = await db
    .selectFrom("survey_samples")
    .select([
      "id",
      "survey_id as surveyId",
      "frame_id as frameId",
      "design",
      "allocation",
      "seed",
      "requested_size as requestedSize",
      sql<SampleStratum[]>`strata`.as("strata"),
      "created_at as createdAt",
    ])
    .where("survey_id", "=", surveyId)
    .executeTakeFirst();
  return row;
}

export interface CaseRecord {
  readonly id: string;
  readonly surveyId: string;
  readonly stratum: string;
  readonly frameUnitId: string;
  readonly rowNumber: number;
  readonly organisationName: string;
  readonly email: string | null;
  readonly normalisedEmail: string | null;
  readonly eligibility: string;
}

const caseColumns = [
  "c.id",
  "c.survey_id as surveyId",
  "c.stratum",
  "c.frame_unit_id as frameUnitId",
  "u.row_number as rowNumber",
  "u.organisation_name as organisationName",
  "u.email",
  "u.normalised_email as normalisedEmail",
  "u.eligibility",
] as const;

/** The survey's cases with their frame unit's contact, in frame row order. */
export async function listCases(db: Queryable, surveyId: string): Promise<CaseRecord[]> {
  return db
    .selectFrom("survey_cases as c")
    .innerJoin("survey_frame_units as u", "u.id", "c.frame_unit_id")
    .select(caseColumns)
    .where("c.survey_id", "=", surveyId)
    .orderBy("u.row_number")
    .execute();
}

/** One case with its contact, locked FOR UPDATE until the transaction ends; else undefined. */
export async function lockCase(db: Queryable, caseId: string): Promise<CaseRecord | undefined> {
  return db
    .selectFrom("survey_cases as c")
    .innerJoin("survey_frame_units as u", "u.id", "c.frame_unit_id")
    .select(caseColumns)
    .where("c.id", "=", caseId)
    .forUpdate("c")
    .executeTakeFirst();
}
