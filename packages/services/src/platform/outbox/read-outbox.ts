// Owners read the mail their workspace sent or kept (no SMTP configured: this is how links reach people).
import { listWorkspaceMail, type OutboxStatus } from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";
import { memberWorkspace, requirePermission } from "../workspaces/member-workspace.ts";

export interface OutboxMailView {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly createdAt: Date;
  readonly sentAt: Date | null;
  /** queued, sending, sent, failed, or kept (no SMTP: only readable here). */
  readonly status: OutboxStatus;
}

/**
 * The workspace's mail (invitations) and password-reset mail addressed to its members, newest
 * first, at most 200. Throws `not-found` for non-members and `forbidden` for analysts and viewers.
 */
export async function readOutbox(
  ctx: PlatformContext,
  props: { readonly userId: string; readonly slug: string },
): Promise<OutboxMailView[]> {
  const workspace = await memberWorkspace(ctx.database.db, props.userId, props.slug);
  requirePermission(workspace, "read-outbox", "Only owners can read the outbox");
  const mails = await listWorkspaceMail(ctx.database.db, workspace.id);
  return mails.map((m) => ({
    id: m.id,
    to: m.to,
    subject: m.subject,
    text: m.text,
    createdAt: m.createdAt,
    sentAt: m.sentAt,
    status: m.status,
  }));
}
