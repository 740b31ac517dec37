// Anonymous answers released in shuffled batches (decision 0011). A submitted anonymous answer is
// held (`released` false) until a later transaction rewrites the survey's held answers together, in
// random order, stamped with the release day: so PostgreSQL's system columns (xmin, the writing
// transaction; ctid, the place on disk) no longer join an answer to the completion written with it.
// Idempotency outlives the answer's keys: `survey_anonymous_receipts` keeps the sha256 of every
// idempotency key an anonymous answer was submitted with, and nothing else - no answer id, no case,
// no date - so a retry is still told "already stored" after the release cleared the answer's keys.
//
// Answers stored before this migration were visible at once; they are released here, all in this
// one transaction (ids kept: open-text codes name them), with today's date and no keys.
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("survey_anonymous_receipts")
    .addColumn("survey_id", "uuid", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("key_hash", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("survey_anonymous_receipts_pk", ["survey_id", "key_hash"])
    .execute();
  await db.schema
    .alterTable("survey_anonymous_responses")
    .addColumn("released", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();
  // The held answers of a survey: counted after every anonymous submit.
  await db.schema
    .createIndex("survey_anonymous_responses_held")
    .on("survey_anonymous_responses")
    .column("survey_id")
    .where(sql<boolean>`completed_on is not null and not released`)
    .execute();

  await sql`
    insert into survey_anonymous_receipts (survey_id, key_hash)
    select survey_id, encode(sha256(convert_to(idempotency_key, 'UTF8')), 'hex')
    from survey_anonymous_responses where idempotency_key is not null
    on conflict do nothing`.execute(db);
  await sql`
    with done as (
      delete from survey_anonymous_responses where completed_on is not null
      returning id, survey_id, origin, instrument_version, answers, variant
    )
    insert into survey_anonymous_responses
      (id, survey_id, origin, instrument_version, answers, started_on, updated_on, completed_on, variant,
       released)
    select id, survey_id, origin, instrument_version, answers, current_date, current_date, current_date,
      variant, true
    from done order by random()`.execute(db);
}

// Released answers stay released (their keys are not brought back): a retry of a submit made
// before the downgrade may then be stored a second time.
// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("survey_anonymous_responses_held").execute();
  await db.schema.alterTable("survey_anonymous_responses").dropColumn("released").execute();
  await db.schema.dropTable("survey_anonymous_receipts").execute();
}
