// Login sessions, keyed by the sha256 of the cookie token (a leaked table gives no usable cookie).
import type { Queryable } from "../database.ts";

export interface SessionRecord {
  readonly tokenHash: string;
  readonly userId: string;
  readonly csrfToken: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly lastSeenAt: Date;
}

/** Stores a new session. */
export async function insertSession(db: Queryable, session: SessionRecord): Promise<void> {
  await db
    .insertInto("sessions")
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
      last_seen_at: session.lastSeenAt,
    })
    .execute();
}

/** The session with this token hash, or undefined (expiry is the caller's rule). */
export async function findSession(db: Queryable, tokenHash: string): Promise<SessionRecord | undefined> {
  return db
    .selectFrom("sessions")
    .select([
      "token_hash as tokenHash",
      "user_id as userId",
      "csrf_token as csrfToken",
      "created_at as createdAt",
      "expires_at as expiresAt",
      "last_seen_at as lastSeenAt",
    ])
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** Records activity on a session (the idle limit counts from here). */
export async function touchSession(db: Queryable, tokenHash: string, at: Date): Promise<void> {
  await db.updateTable("sessions").set({ last_seen_at: at }).where("token_hash", "=", tokenHash).execute();
}

/** Ends one session. */
export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}

/** Ends every session of a user (after a password reset); returns how many there were. */
export async function deleteSessionsOfUser(db: Queryable, userId: string): Promise<number> {
  const result = await db.deleteFrom("sessions").where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes sessions past their absolute end or idle since before `idleSince`. */
export async function deleteStaleSessions(db: Queryable, now: Date, idleSince: Date): Promise<number> {
  const result = await db
    .deleteFrom("sessions")
    .where((eb) => eb.or([eb("expires_at", "<=", now), eb("last_seen_at", "<=", idleSince)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
