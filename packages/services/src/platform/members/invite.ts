// Owners invite someone by email into their workspace with a role; the link goes out by mail.
import { emailSchema, roleSchema } from "@smartspec/domain";
import {
  enqueueMail,
  findUserById,
  isMemberEmail,
  replaceInvitation,
  withTransaction,
} from "@smartspec/storage";
import { invitationMail } from "../mail-texts.ts";
import type { PlatformContext } from "../platform-context.ts";
import { PlatformError } from "../platform-error.ts";
import { hashToken, newToken } from "../tokens.ts";
import { parseField } from "../validate.ts";
import type { PendingInvitationView } from "../views.ts";
import { memberWorkspace, requirePermission } from "../workspaces/member-workspace.ts";

export const invitationValidityMs = 7 * 24 * 60 * 60 * 1000;

export interface InviteProps {
  readonly userId: string;
  readonly slug: string;
  readonly email: string;
  readonly role: string;
}

/**
 * Stores an invitation (replacing an earlier pending one for the same email) and queues the mail
 * with `${publicUrl}/invitations/${token}`, valid 7 days. Throws `not-found` for non-members,
 * `forbidden` for analysts and viewers, `validation` for a bad email or role, `conflict` when the
 * email already belongs to a member.
 * Example: `await invite(ctx, { userId, slug: "north-east", email: "bo@example.org", role: "analyst" })`.
 */
export async function invite(ctx: PlatformContext, props: InviteProps): Promise<PendingInvitationView> {
  const email = parseField(emailSchema, props.email, "email");
  const role = parseField(roleSchema, props.role, "role");
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + invitationValidityMs);
  return withTransaction(ctx.database, async (trx) => {
    const workspace = await memberWorkspace(trx, props.userId, props.slug);
    requirePermission(workspace, "manage-members", "Only owners can invite members");
    if (await isMemberEmail(trx, workspace.id, email)) {
      throw new PlatformError("conflict", `${email} is already a member of this workspace`, {
        field: "email",
      });
    }
    const token = newToken();
    const id = await replaceInvitation(trx, {
      workspaceId: workspace.id,
      email,
      role,
      tokenHash: hashToken(token),
      invitedBy: props.userId,
      createdAt: now,
      expiresAt,
    });
    const inviter = await findUserById(trx, props.userId);
    const mail = invitationMail({
      link: `${ctx.publicUrl}/invitations/${token}`,
      workspaceName: workspace.name,
      inviterName: inviter?.name ?? "A workspace owner",
      role,
    });
    await enqueueMail(trx, {
      to: email,
      ...mail,
      workspaceId: workspace.id,
      status: ctx.mailDelivery === "smtp" ? "queued" : "kept",
      createdAt: now,
    });
    return { id, email, role, createdAt: now, expiresAt };
  });
}
