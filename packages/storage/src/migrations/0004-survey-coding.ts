// Open-text coding (survey-methods.md §9): a codebook per coded field of a survey (a text question,
// or the "other" text of a choice question, keyed as in the answers), its codes (two levels, each
// edit kept as a version), the two coders of a codebook (blind double coding), each coder's codes
// per answer, and the adjudicated final code set per answer.
// Frozen once released: check lists are written out here.
//
// Anonymity: a coding names the answer row only (`response_id`: a survey_responses id, or a
// survey_anonymous_responses id in an anonymous survey) - never a case, respondent, token or email.
// It has no foreign key to either answer table (which one holds the answer follows the survey's
// mode), so nothing here can be joined to the case that answered; codebooks cascade with the survey.
import { type Kysely, sql } from "kysely";

const uuidKey = sql`gen_random_uuid()`;
const now = sql`now()`;

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("survey_codebooks")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(uuidKey))
    .addColumn("survey_id", "uuid", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("revealed_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("survey_codebooks_field", ["survey_id", "field"])
    .execute();

  await db.schema
    .createTable("survey_codes")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(uuidKey))
    .addColumn("codebook_id", "uuid", (c) =>
      c.notNull().references("survey_codebooks.id").onDelete("cascade"),
    )
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("parent_id", "uuid", (c) => c.references("survey_codes.id"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1).check(sql`version >= 1`))
    // Codebook order (1, 2 ...): codes made in the same instant still list in the order made.
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint("survey_codes_label", ["codebook_id", "label"])
    .addUniqueConstraint("survey_codes_position", ["codebook_id", "position"])
    .addCheckConstraint("survey_codes_not_own_parent", sql`parent_id is null or parent_id <> id`)
    .execute();

  // Every version of every code (version 1 = as created): a rename keeps the code's id, so the
  // codings stay attached; the history says what each code was called when.
  await db.schema
    .createTable("survey_code_versions")
    .addColumn("code_id", "uuid", (c) => c.notNull().references("survey_codes.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull().check(sql`version >= 1`))
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("parent_id", "uuid")
    .addColumn("edited_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("edited_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("survey_code_versions_pk", ["code_id", "version"])
    .execute();

  // Double coding: slot 1 is the first member to code, slot 2 the second; nobody else codes.
  await db.schema
    .createTable("survey_coders")
    .addColumn("codebook_id", "uuid", (c) =>
      c.notNull().references("survey_codebooks.id").onDelete("cascade"),
    )
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("slot", "integer", (c) => c.notNull().check(sql`slot in (1, 2)`))
    .addColumn("finished_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint("survey_coders_pk", ["codebook_id", "user_id"])
    .addUniqueConstraint("survey_coders_slot", ["codebook_id", "slot"])
    .execute();

  await db.schema
    .createTable("survey_codings")
    .addColumn("codebook_id", "uuid", (c) =>
      c.notNull().references("survey_codebooks.id").onDelete("cascade"),
    )
    .addColumn("response_id", "uuid", (c) => c.notNull())
    .addColumn("coder_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("code_id", "uuid", (c) => c.notNull().references("survey_codes.id").onDelete("cascade"))
    .addColumn("coded_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("survey_codings_pk", ["codebook_id", "coder_id", "response_id", "code_id"])
    .execute();

  await db.schema
    .createTable("survey_final_codes")
    .addColumn("codebook_id", "uuid", (c) =>
      c.notNull().references("survey_codebooks.id").onDelete("cascade"),
    )
    .addColumn("response_id", "uuid", (c) => c.notNull())
    .addColumn("code_id", "uuid", (c) => c.notNull().references("survey_codes.id").onDelete("cascade"))
    .addColumn("adjudicated_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("adjudicated_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("survey_final_codes_pk", ["codebook_id", "response_id", "code_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "survey_final_codes",
    "survey_codings",
    "survey_coders",
    "survey_code_versions",
    "survey_codes",
    "survey_codebooks",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
