// Password-reset tokens (stored as sha256), each usable once before it expires.
import type { Queryable } from "../database.ts";

/** Stores a reset token hash for `userId`, valid until `expiresAt`. */
export async function insertPasswordReset(
  db: Queryable,
  reset: {
    readonly tokenHash: string;
    readonly userId: string;
    readonly createdAt: Date;
    readonly expiresAt: Date;
  },
): Promise<void> {
  await db
    .insertInto("password_resets")
    .values({
      token_hash: reset.tokenHash,
      user_id: reset.userId,
      created_at: reset.createdAt,
      expires_at: reset.expiresAt,
    })
    .execute();
}

/**
 * Marks the reset used at `now` and returns its user id, in one statement, so two concurrent
 * uses cannot both succeed. Undefined when unknown, already used, or expired (expires_at <= now).
 */
export async function usePasswordReset(
  db: Queryable,
  tokenHash: string,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .updateTable("password_resets")
    .set({ used_at: now })
    .where("token_hash", "=", tokenHash)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .returning("user_id")
    .executeTakeFirst();
  return row?.user_id;
}
