// Login rate limits: at most `limit` failures per key in a sliding window. Only failures are
// recorded, and none while a key is blocked, so a key never holds more than `limit` events.
import { type Queryable, recentRateLimitEvents, recordRateLimitEvent } from "@smartspec/storage";

export interface RateLimit {
  readonly key: string;
  readonly limit: number;
  readonly windowMs: number;
}

/** 15 minutes: the window of both login limits. */
export const loginWindowMs = 15 * 60 * 1000;

/** Login failures allowed per email and per client address in the window. */
export const loginLimits = { perEmail: 5, perAddress: 20 } as const;

/**
 * Seconds until `rule` admits another attempt at `now`, or 0 when it admits one now. With `limit`
 * failures in the window, the next is admitted when the oldest of the last `limit` leaves it.
 * Example: limit 5, failures at t = 0..4 s, window 900 s, now t = 10 s -> 890.
 */
export async function secondsUntilAllowed(db: Queryable, rule: RateLimit, now: Date): Promise<number> {
  const since = new Date(now.getTime() - rule.windowMs);
  const events = await recentRateLimitEvents(db, rule.key, since);
  if (events.length < rule.limit) return 0;
  const oldestCounted = events[events.length - rule.limit];
  if (!oldestCounted) return 0;
  const freeAt = oldestCounted.getTime() + rule.windowMs;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
}

/** Records one failure for `rule` at `now` (and forgets that key's events older than the window). */
export async function recordFailure(db: Queryable, rule: RateLimit, now: Date): Promise<void> {
  await recordRateLimitEvent(db, rule.key, now, new Date(now.getTime() - rule.windowMs));
}
