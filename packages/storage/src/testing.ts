// Test databases for every package's tests (imported as "@smartspec/storage/testing").
// PGlite's initdb takes 7-15 s, so one initialised, migrated data directory is built per set of
// migrations (shared by all test processes through a file in the OS temp folder, built under a
// lock file) and each test database loads that dump in about 1.5 s. On PostgreSQL each test
// database is its own schema, dropped on close, so parallel test files never collide.
import { createHash, randomBytes } from "node:crypto";
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PGliteDialect } from "kysely";
import pg from "pg";
import type { Database, DatabaseDialect } from "./database.ts";
import { migrateToLatest } from "./migrate.ts";
import { openDatabase } from "./open-database.ts";
import type { DatabaseSchema } from "./schema.ts";

/** The dialects tests must cover: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testDialects(): DatabaseDialect[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/** A test database, and a way to open a second handle on it (as a second server process would). */
export interface TestDatabase extends Database {
  /** PostgreSQL: a new pool on the same schema (close it before the first). PGlite: the same engine. */
  openAnother(): Promise<Database>;
}

/**
 * A new, migrated, empty database for one test file or suite. PGlite: in memory from the shared
 * template. PostgreSQL (TEST_DATABASE_URL): a fresh schema `t_<random>`, dropped by `close()`;
 * a connection failure throws (the run fails, never skips).
 * Example: `const database = await testDatabase("pglite"); ...; await database.close();`
 */
export async function testDatabase(dialect: DatabaseDialect = "pglite"): Promise<TestDatabase> {
  if (dialect === "pglite") {
    const database = await openDatabase({ memory: true, loadDataDir: await pgliteTemplate() });
    // One in-memory engine cannot be opened twice: the second handle is the same one, not closed by itself.
    return { ...database, openAnother: async () => ({ ...database, close: async () => {} }) };
  }
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error("TEST_DATABASE_URL is not set: no PostgreSQL server to test on");
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const database = await openDatabase({ databaseUrl, schema, maxConnections: 5 });
  await migrateToLatest(database);
  return {
    db: database.db,
    dialect: "postgres",
    schema,
    openAnother: () => openDatabase({ databaseUrl, schema, maxConnections: 5 }),
    close: async () => {
      await database.close();
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * Writes an initialised, migrated PGlite database into `<dataDir>/pglite` (the layout
 * `openDatabase({ dataDir })` uses), so a server started on `dataDir` skips initdb.
 */
export async function prepareTestDataDir(dataDir: string): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite({ dataDir: join(dataDir, "pglite"), loadDataDir: await pgliteTemplate() });
  await pglite.waitReady;
  await pglite.close();
}

let templateInProcess: Promise<Blob> | undefined;

/** The migrated template as a data-directory dump (uncompressed tar: loads fastest). */
export function pgliteTemplate(): Promise<Blob> {
  templateInProcess ??= loadOrBuildTemplate();
  return templateInProcess;
}

async function loadOrBuildTemplate(): Promise<Blob> {
  const folder = join(tmpdir(), "smartspec-test-templates");
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `pglite-${templateKey()}.tar`);
  const lock = `${file}.lock`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exists(file)) return new Blob([readFileSync(file)]);
    if (tryLock(lock)) break;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for the PGlite test template (${lock})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    if (exists(file)) return new Blob([readFileSync(file)]);
    const dump = await buildTemplate();
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
    renameSync(partial, file);
    return dump;
  } finally {
    rmSync(lock, { force: true });
  }
}

async function buildTemplate(): Promise<Blob> {
  const pglite = new PGlite();
  await pglite.waitReady;
  const db = new Kysely<DatabaseSchema>({ dialect: new PGliteDialect({ pglite }) });
  await migrateToLatest({ db, dialect: "pglite", schema: "public", close: () => db.destroy() });
  const dump = await pglite.dumpDataDir("none");
  await db.destroy();
  return dump;
}

/** Changes whenever a migration or the PGlite version changes, so a stale template is never used. */
function templateKey(): string {
  const hash = createHash("sha256");
  const migrations = new URL("./migrations/", import.meta.url);
  for (const name of readdirSync(migrations).sort())
    hash.update(name).update(readFileSync(new URL(name, migrations)));
  // The engine's entry module differs between PGlite versions (its package.json is not exported).
  hash.update(readFileSync(new URL(import.meta.resolve("@electric-sql/pglite"))));
  return hash.digest("hex").slice(0, 16);
}

/** Takes the lock file; a lock older than two minutes belongs to a crashed builder and is taken over. */
function tryLock(lock: string): boolean {
  try {
    closeSync(openSync(lock, "wx"));
    return true;
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { force: true });
    } catch {
      // The other builder just finished and removed it: the next loop finds the template.
    }
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
