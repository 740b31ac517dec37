// Opens PostgreSQL (pg Pool) or embedded PGlite (a data directory or memory) behind one Kysely type.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Kysely, PGliteDialect, PostgresDialect } from "kysely";
import type { PoolClient } from "pg";
import type { Database } from "./database.ts";
import { preparedStatementName } from "./repositories/survey-sql-statement.ts";
import type { DatabaseSchema } from "./schema.ts";

export interface OpenDatabaseOptions {
  /** `postgres://...`: use that PostgreSQL server (several processes may share it). */
  readonly databaseUrl?: string;
  /** PostgreSQL only: work in this schema (created when missing), e.g. one per test run. */
  readonly schema?: string;
  /** PGlite: keep the database in `<dataDir>/pglite` (created when missing). */
  readonly dataDir?: string;
  /** PGlite: keep the database in memory (lost on close). */
  readonly memory?: boolean;
  /** PGlite: start from this data-directory dump (a tar from `dumpDataDir`), e.g. a test template. */
  readonly loadDataDir?: Blob;
  /**
   * PostgreSQL pool size; default 20. With 200 concurrent survey respondents and 10 connections the
   * server sat idle a fifth of the time waiting for one (docs/benchmarks.md, survey submissions).
   */
  readonly maxConnections?: number;
}

const defaultPoolSize = 20;

const schemaNamePattern = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens the database the options name: PostgreSQL when `databaseUrl` is given, else PGlite in
 * `dataDir` or in memory. Nothing is migrated here: call `migrateToLatest` next.
 * Throws when no target is given, or the schema name is not a plain lower-case identifier.
 * Example: `const database = await openDatabase({ dataDir: "./.smartspec" })`.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  if (!options.dataDir && !options.memory) {
    throw new Error("openDatabase needs a databaseUrl, a dataDir, or memory: true");
  }
  let dataDir: string | undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    dataDir = join(options.dataDir, "pglite");
  }
  // The engines are loaded when a database is opened, not when the package is imported: every CLI
  // command imports services, and most never open a database.
  const { PGlite } = await import("@electric-sql/pglite");
  const pglite = new PGlite({
    ...(dataDir ? { dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  await pglite.waitReady;
  const db = new Kysely<DatabaseSchema>({ dialect: new PGliteDialect({ pglite }) });
  return { db, dialect: "pglite", schema: "public", close: () => db.destroy() };
}

async function openPostgres(databaseUrl: string, options: OpenDatabaseOptions): Promise<Database> {
  const { default: pg } = await import("pg");
  const schema = options.schema;
  if (schema !== undefined && !schemaNamePattern.test(schema)) {
    throw new Error(`Schema name "${schema}" must be a lower-case identifier (a-z, 0-9, _)`);
  }
  if (schema) {
    // Created on a throw-away client so the pool's connections all start with the search path set.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      // "if not exists" still races when servers start together (a unique violation in the
      // catalogue), so creation is serialised by a transaction-scoped advisory lock.
      await client.query("begin");
      await client.query("select pg_advisory_xact_lock(hashtext('smartspec:create-schema'))");
      await client.query(`create schema if not exists ${schema}`);
      await client.query("commit");
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.maxConnections ?? defaultPoolSize,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on("connect", preparingHotStatements);
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  // Fail now, with the server's message, rather than on the first query.
  const client = await pool.connect();
  client.release();
  return { db, dialect: "postgres", schema: schema ?? "public", close: () => db.destroy() };
}

/**
 * Sends the hot survey statements (survey-sql-statement.ts) as named statements, so each
 * connection parses and plans them once; every other query goes as it came.
 */
function preparingHotStatements(client: PoolClient): void {
  const query = client.query.bind(client) as (config: unknown, values?: unknown) => Promise<unknown>;
  const prepared = (config: unknown, values?: unknown) => {
    const name = typeof config === "string" ? preparedStatementName(config) : undefined;
    return name === undefined ? query(config, values) : query({ name, text: config, values });
  };
  Object.assign(client, { query: prepared });
}
