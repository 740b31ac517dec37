// Creates a login session: a fresh random token (never one the client chose, so no fixation),
// stored as its sha256, with its own CSRF token.
import { insertSession, type Queryable } from "@smartspec/storage";
import { hashToken, newToken } from "../tokens.ts";
import type { NewSession, UserView } from "../views.ts";

/** A session ends 14 days after login at the latest ... */
export const sessionMaxAgeMs = 14 * 24 * 60 * 60 * 1000;
/** ... or after 12 hours without a request. */
export const sessionIdleMs = 12 * 60 * 60 * 1000;

/** Stores a new session for `user` starting at `now`; returns the tokens for the cookie and header. */
export async function startSession(db: Queryable, user: UserView, now: Date): Promise<NewSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + sessionMaxAgeMs);
  await insertSession(db, {
    tokenHash: hashToken(token),
    userId: user.id,
    csrfToken,
    createdAt: now,
    expiresAt,
    lastSeenAt: now,
  });
  return { token, csrfToken, expiresAt, user };
}
