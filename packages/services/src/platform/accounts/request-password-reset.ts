// Password reset, step 1: mail a single-use link valid one hour. Outwardly the same whether or not
// the email has an account, so it cannot be used to find out who has one.
import { emailSchema } from "@smartspec/domain";
import { enqueueMail, findUserByEmail, insertPasswordReset, withTransaction } from "@smartspec/storage";
import { passwordResetMail } from "../mail-texts.ts";
import type { PlatformContext } from "../platform-context.ts";
import { hashToken, newToken } from "../tokens.ts";

export const passwordResetValidityMs = 60 * 60 * 1000;

/**
 * When `email` has an account: stores a reset token (hashed) and queues the mail with the link
 * `${publicUrl}/reset-password/${token}`. Resolves the same way when it has none, or the email is
 * malformed (nothing to do).
 * Example: `await requestPasswordReset(ctx, { email: "ann@example.org" })`.
 */
export async function requestPasswordReset(
  ctx: PlatformContext,
  props: { readonly email: string },
): Promise<void> {
  const parsed = emailSchema.safeParse(props.email);
  if (!parsed.success) return;
  const now = ctx.now();
  await withTransaction(ctx.database, async (trx) => {
    const user = await findUserByEmail(trx, parsed.data);
    if (!user) return;
    const token = newToken();
    await insertPasswordReset(trx, {
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + passwordResetValidityMs),
    });
    const mail = passwordResetMail(`${ctx.publicUrl}/reset-password/${token}`);
    await enqueueMail(trx, {
      to: user.email,
      ...mail,
      workspaceId: null,
      status: ctx.mailDelivery === "smtp" ? "queued" : "kept",
      createdAt: now,
    });
  });
}
