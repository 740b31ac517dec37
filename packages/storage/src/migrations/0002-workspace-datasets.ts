// Workspace data sets (uploads): the catalogue row stays in `datasets` (workspace_id set); the
// normalised long CSV the importer wrote is kept here, with its sha256 so analyses can be cached
// under a key naming their input.
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("dataset_contents")
    .addColumn("dataset_id", "text", (c) => c.primaryKey().references("datasets.id").onDelete("cascade"))
    .addColumn("checksum", "text", (c) => c.notNull())
    .addColumn("bytes", "bytea", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("datasets_workspace").on("datasets").column("workspace_id").execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("datasets_workspace").execute();
  await db.schema.dropTable("dataset_contents").execute();
}
