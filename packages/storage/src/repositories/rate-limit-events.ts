// Failed-attempt events for rate limits. Kept in the database so every server process sees them.
import type { Queryable } from "../database.ts";

/** The times of events for `key` after `since`, oldest first. */
export async function recentRateLimitEvents(db: Queryable, key: string, since: Date): Promise<Date[]> {
  const rows = await db
    .selectFrom("rate_limit_events")
    .select("at")
    .where("key", "=", key)
    .where("at", ">", since)
    .orderBy("at")
    .execute();
  return rows.map((row) => row.at);
}

/** Records an event for `key` at `at`, and drops that key's events older than `forgetBefore`. */
export async function recordRateLimitEvent(
  db: Queryable,
  key: string,
  at: Date,
  forgetBefore: Date,
): Promise<void> {
  await db.deleteFrom("rate_limit_events").where("key", "=", key).where("at", "<=", forgetBefore).execute();
  await db.insertInto("rate_limit_events").values({ key, at }).execute();
}

/** Forgets every event for `key` (e.g. an email's failures after a successful login). */
export async function clearRateLimitEvents(db: Queryable, key: string): Promise<void> {
  await db.deleteFrom("rate_limit_events").where("key", "=", key).execute();
}
