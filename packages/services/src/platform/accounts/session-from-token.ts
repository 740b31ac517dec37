// Resolves a session cookie to its user, enforcing the absolute and idle limits (sliding expiry).
import { deleteSession, findSession, findUserById, touchSession } from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";
import { hashToken } from "../tokens.ts";
import { toUserView, type UserView } from "../views.ts";
import { sessionIdleMs } from "./start-session.ts";

export interface CurrentSession {
  readonly user: UserView;
  readonly csrfToken: string;
  /** The absolute end (login + 14 days). */
  readonly expiresAt: Date;
  /** When the idle limit ends it unless another request comes first. */
  readonly idleExpiresAt: Date;
}

/** Activity is written at most once a minute per session, so reads stay reads. */
const touchEveryMs = 60 * 1000;
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * The session for a cookie token, or null when the token is malformed, unknown, past its 14-day end,
 * or idle for 12 hours (an ended session's row is deleted). Records activity (sliding idle expiry).
 * Example: `const session = await sessionFromToken(ctx, { token: cookie })` -> `{ user, csrfToken, ... }`.
 */
export async function sessionFromToken(
  ctx: PlatformContext,
  props: { readonly token: string },
): Promise<CurrentSession | null> {
  if (!tokenPattern.test(props.token)) return null;
  const db = ctx.database.db;
  const now = ctx.now();
  const tokenHash = hashToken(props.token);
  const session = await findSession(db, tokenHash);
  if (!session) return null;
  const idleEnd = session.lastSeenAt.getTime() + sessionIdleMs;
  if (now >= session.expiresAt || now.getTime() >= idleEnd) {
    await deleteSession(db, tokenHash);
    return null;
  }
  const user = await findUserById(db, session.userId);
  if (!user) return null;
  let lastSeen = session.lastSeenAt;
  if (now.getTime() - lastSeen.getTime() >= touchEveryMs) {
    await touchSession(db, tokenHash, now);
    lastSeen = now;
  }
  return {
    user: toUserView(user),
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    idleExpiresAt: new Date(Math.min(lastSeen.getTime() + sessionIdleMs, session.expiresAt.getTime())),
  };
}
