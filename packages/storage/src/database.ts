// The handle every repository takes: a Kysely instance over one of the two dialects.
import type { Kysely } from "kysely";
import type { DatabaseSchema } from "./schema.ts";

/** The two supported engines: embedded PGlite (default) and a PostgreSQL server. */
export const databaseDialects = ["pglite", "postgres"] as const;
export type DatabaseDialect = (typeof databaseDialects)[number];

/** A query handle: the whole database or an open transaction (both are Kysely instances). */
export type Queryable = Kysely<DatabaseSchema>;

/** An open database. `close()` ends the pool or the embedded engine; call it once. */
export interface Database {
  readonly db: Kysely<DatabaseSchema>;
  readonly dialect: DatabaseDialect;
  /** The schema its tables live in ("public" unless opened with `schema`). */
  readonly schema: string;
  close(): Promise<void>;
}
