// Password reset, step 2: the emailed token sets a new password once, and ends every session.
import { emailTokenSchema, passwordSchema } from "@smartspec/domain";
import {
  deleteSessionsOfUser,
  updatePasswordHash,
  usePasswordReset,
  withTransaction,
} from "@smartspec/storage";
import { hashPassword } from "../passwords.ts";
import type { PlatformContext } from "../platform-context.ts";
import { PlatformError } from "../platform-error.ts";
import { hashToken } from "../tokens.ts";
import { parseField } from "../validate.ts";

export const invalidResetTokenMessage =
  "This password reset link is not valid: it may have expired or been used";

/**
 * Sets the password of the token's user and ends all their sessions. Throws `validation` for a bad
 * password (the token stays usable) and `invalid-token` when the token is malformed, unknown,
 * used, or more than an hour old.
 * Example: `await confirmPasswordReset(ctx, { token, password: "a new long passphrase" })`.
 */
export async function confirmPasswordReset(
  ctx: PlatformContext,
  props: { readonly token: string; readonly password: string },
): Promise<void> {
  const password = parseField(passwordSchema, props.password, "password");
  if (!emailTokenSchema.safeParse(props.token).success) {
    throw new PlatformError("invalid-token", invalidResetTokenMessage);
  }
  // Hashed before the transaction: argon2 takes tens of milliseconds and holds no lock.
  const passwordHash = await hashPassword(password);
  const now = ctx.now();
  await withTransaction(ctx.database, async (trx) => {
    const userId = await usePasswordReset(trx, hashToken(props.token), now);
    if (!userId) throw new PlatformError("invalid-token", invalidResetTokenMessage);
    await updatePasswordHash(trx, userId, passwordHash);
    await deleteSessionsOfUser(trx, userId);
  });
}
