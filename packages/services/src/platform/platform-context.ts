// What every platform use case needs: the database, a clock, the public URL for links in mail,
// and whether mail will be sent by SMTP or kept in the outbox for owners to read.
import { type Database, migrateToLatest, openDatabase } from "@smartspec/storage";

export interface PlatformContext {
  readonly database: Database;
  /** The clock; tests inject a fixed or advancing one. */
  readonly now: () => Date;
  /** Base of links in mail, without a trailing slash (`http://localhost:3000`). */
  readonly publicUrl: string;
  /** smtp: new mail is queued for `deliverOutbox`; outbox: new mail is kept for owners to read. */
  readonly mailDelivery: "smtp" | "outbox";
}

export interface PlatformOptions {
  readonly publicUrl: string;
  readonly mailDelivery?: "smtp" | "outbox";
  readonly now?: () => Date;
}

/** A context over an already open, migrated database (tests, the server's composition root). */
export function createPlatformContext(database: Database, options: PlatformOptions): PlatformContext {
  return {
    database,
    now: options.now ?? (() => new Date()),
    publicUrl: options.publicUrl.replace(/\/+$/, ""),
    mailDelivery: options.mailDelivery ?? "outbox",
  };
}

export interface OpenPlatformOptions extends PlatformOptions {
  /** PostgreSQL server; else PGlite in `dataDir`. */
  readonly databaseUrl?: string;
  readonly dataDir?: string;
  /** PostgreSQL schema to work in (created when missing). */
  readonly schema?: string;
}

/** An open platform: a context plus `close()` for the database. */
export interface Platform extends PlatformContext {
  close(): Promise<void>;
  /** Migrations this start applied (empty when the schema was current). */
  readonly appliedMigrations: readonly string[];
}

/**
 * Opens the database (PostgreSQL when `databaseUrl`, else PGlite in `dataDir`) and migrates it.
 * For callers that must not import storage (the CLI). Throws the engine's error when it cannot open.
 * Example: `const platform = await openPlatform({ dataDir: ".smartspec", publicUrl: "http://localhost:3000" })`.
 */
export async function openPlatform(options: OpenPlatformOptions): Promise<Platform> {
  const database = await openDatabase({
    ...(options.databaseUrl
      ? { databaseUrl: options.databaseUrl }
      : { dataDir: options.dataDir ?? ".smartspec" }),
    ...(options.schema ? { schema: options.schema } : {}),
  });
  try {
    const appliedMigrations = await migrateToLatest(database);
    return { ...createPlatformContext(database, options), appliedMigrations, close: () => database.close() };
  } catch (error) {
    await database.close();
    throw error;
  }
}
