// Housekeeping: deletes sessions nobody can use any more (a session found stale on use is deleted
// then; this catches the ones never used again).
import { deleteStaleSessions } from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";
import { sessionIdleMs } from "./start-session.ts";

/**
 * Deletes sessions past their 14-day end or idle for 12 hours at `ctx.now()`; returns how many.
 * Safe to run from several processes at once. Example: `await pruneSessions(ctx)` -> 3.
 */
export async function pruneSessions(ctx: PlatformContext): Promise<number> {
  const now = ctx.now();
  return deleteStaleSessions(ctx.database.db, now, new Date(now.getTime() - sessionIdleMs));
}
