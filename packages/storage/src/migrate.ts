// Runs the migrations. Kysely's PostgreSQL adapter holds a session advisory lock
// (pg_advisory_lock) for the whole run, so several servers starting at once migrate one at a
// time and the later ones find nothing to do; PGlite has a single connection, so needs no lock.
import { Migrator } from "kysely/migration";
import type { Database } from "./database.ts";
import { migrations } from "./migrations/index.ts";

/**
 * Brings the schema up to the newest migration; returns the names it applied (empty when already
 * current). Throws the first failing migration's error (its transaction is rolled back).
 * Example: `await migrateToLatest(database)` -> `["0001-platform", "0002-workspace-datasets", "0003-surveys"]` on a new database.
 */
export async function migrateToLatest(database: Database): Promise<string[]> {
  const migrator = new Migrator({
    db: database.db,
    // Kysely looks for its own tables in every schema unless told which one: with test schemas side
    // by side (or another app's tables in "public"), it would find another schema's and skip creating
    // its own.
    migrationTableSchema: database.schema,
    provider: { getMigrations: async () => ({ ...migrations }) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(
      `Database migration ${failed ?? ""} failed: ${String((error as Error).message ?? error)}`,
      {
        cause: error,
      },
    );
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
