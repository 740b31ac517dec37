// Split-ballot variants (issue 6): the variant a respondent was assigned, kept with their response
// so a resumed form and the submit use the same one, and results and the data pack can name it.
// The variant is a label of the instrument's split ballot ("A", "B" ...), null when the instrument
// has none. In anonymous surveys it is assigned from the random resume key, never from the case, so
// the anonymous table still holds nothing that can be joined to a case or person.
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("survey_responses").addColumn("variant", "text").execute();
  await db.schema.alterTable("survey_anonymous_responses").addColumn("variant", "text").execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("survey_anonymous_responses").dropColumn("variant").execute();
  await db.schema.alterTable("survey_responses").dropColumn("variant").execute();
}
