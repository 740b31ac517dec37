// Runs work in one transaction so use cases need not know Kysely.
import type { Database, Queryable } from "./database.ts";

/**
 * Runs `work` in a transaction on `database` and returns its result; commits when it resolves,
 * rolls back when it throws (and rethrows). On PGlite transactions run one at a time.
 * Example: `await withTransaction(database, (trx) => removeMembership(trx, workspaceId, userId))`.
 */
export function withTransaction<T>(database: Database, work: (trx: Queryable) => Promise<T>): Promise<T> {
  return database.db.transaction().execute(work);
}
