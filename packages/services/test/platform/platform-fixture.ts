// A platform context on a fresh test database with a clock the test moves by hand.
import type { DatabaseDialect } from "@smartspec/storage";
import { testDatabase } from "@smartspec/storage/testing";
import { createPlatformContext, type PlatformContext } from "../../src/platform/index.ts";

export interface ManualClock {
  readonly now: () => Date;
  /** Moves the clock forward by `ms`. */
  advance(ms: number): void;
  /** Sets the clock to `date`. */
  set(date: Date): void;
}

export const t0 = new Date("2026-03-01T09:00:00.000Z");

export function manualClock(start: Date = t0): ManualClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (date) => {
      current = date.getTime();
    },
  };
}

export interface PlatformFixture {
  readonly ctx: PlatformContext;
  readonly clock: ManualClock;
  close(): Promise<void>;
}

/** A context with public URL `https://smartspec.test` and mail kept in the outbox unless told. */
export async function platformFixture(
  dialect: DatabaseDialect,
  options: { mailDelivery?: "smtp" | "outbox" } = {},
): Promise<PlatformFixture> {
  const database = await testDatabase(dialect);
  const clock = manualClock();
  const ctx = createPlatformContext(database, {
    publicUrl: "https://smartspec.test/",
    mailDelivery: options.mailDelivery ?? "outbox",
    now: clock.now,
  });
  return { ctx, clock, close: () => database.close() };
}

/** The token at the end of the first link to `path` in a mail text (`/reset-password/<token>`). */
export function tokenFromMail(text: string, path: string): string {
  const match = text.match(new RegExp(`^https://smartspec\\.test${path}/([A-Za-z0-9_-]{43})$`, "m"));
  if (!match?.[1]) throw new Error(`No ${path} link on its own line in:\n${text}`);
  return match[1];
}

/** A 16-character password that passes the domain's 12-character minimum. */
export const goodPassword = "correct horse 42";
