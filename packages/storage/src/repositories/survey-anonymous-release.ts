// Releasing held anonymous answers (decision 0011, migration 0006). A submit writes the answer and
// the completion record in one transaction, so the answer row's xmin names that transaction, and
// so the case. A release rewrites all the held answers of a survey in one later transaction: each
// deleted and inserted again with a new random id, in random order (so neither xmin nor the place
// on disk follows the order of arrival), every date the release day, no resume key or idempotency
// key. Afterwards every released row of the batch carries the batch's xmin, shared by the whole
// batch and by no completion, event, case, respondent or outbox row.
//
// Fewer held rows than the threshold: nothing is locked (the submit that makes k will release).
// Else the held rows are locked (FOR UPDATE, in id order: no deadlock between two releases) before
// they are counted again, so two releases never rewrite a row twice, and one that waited for another
// counts only what that one left: it releases nothing unless `minimum` rows remain. A survey that is
// no longer live releases whatever is held (its last batch may be smaller: decision 0011).
import { sql } from "kysely";
import type { Queryable } from "../database.ts";
import { runStatement, sqlStatement } from "./survey-sql-statement.ts";

const releaseStatement = sqlStatement<{ released: number }>(`
  with threshold as (
    select case when status = 'live' then :minimum::int else 1 end as n from surveys where id = :surveyId::uuid
  ),
  seen as (
    select count(*) as n from survey_anonymous_responses
    where survey_id = :surveyId::uuid and completed_on is not null and not released
  ),
  held as (
    select id from survey_anonymous_responses
    where survey_id = :surveyId::uuid and completed_on is not null and not released
      and (select n from seen) >= (select n from threshold)
    order by id
    for update
  ),
  batch as (
    select id from held where (select count(*) from held) >= (select n from threshold)
  ),
  taken as (
    delete from survey_anonymous_responses r using batch where r.id = batch.id
    returning r.survey_id, r.origin, r.instrument_version, r.answers, r.variant
  ),
  rewritten as (
    insert into survey_anonymous_responses
      (survey_id, origin, instrument_version, answers, started_on, updated_on, completed_on, variant, released)
    select survey_id, origin, instrument_version, answers, :on::date, :on::date, :on::date, variant, true
    from taken order by random()
    returning 1
  )
  select count(*)::int as released from rewritten`);

/**
 * Releases the held answers of `surveyId` when at least `minimum` are held (any number once the
 * survey is not live), dated `on` (YYYY-MM-DD); returns how many it released. Run it in a
 * transaction of its own, after the submit's has committed.
 */
export async function releaseAnonymousResponses(
  db: Queryable,
  release: { readonly surveyId: string; readonly on: string; readonly minimum: number },
): Promise<number> {
  const [row] = await runStatement(db, releaseStatement, release);
  return row?.released ?? 0;
}

/** How many submitted answers of `surveyId` are held, waiting for a release. */
export async function countHeldAnonymousResponses(db: Queryable, surveyId: string): Promise<number> {
  const row = await db
    .selectFrom("survey_anonymous_responses")
    .select((eb) => eb.fn.countAll<number>().as("held"))
    .where("survey_id", "=", surveyId)
    .where(sql<boolean>`completed_on is not null and not released`)
    .executeTakeFirst();
  return Number(row?.held ?? 0);
}

/**
 * Vacuums the anonymous answers table, so the dead versions a release left (still carrying the
 * submit's xmin) are removed from the table and its indexes. Not in a transaction (VACUUM refuses
 * one); it waits while another VACUUM of the table runs.
 */
export async function vacuumAnonymousResponses(db: Queryable): Promise<void> {
  await sql`vacuum survey_anonymous_responses`.execute(db);
}
