// A workspace's members (every member may see them) and its pending invitations (owners only).
import { isRole, roleCan } from "@smartspec/domain";
import { listMembers as listMemberRows, listPendingInvitations } from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";
import type { MemberView, PendingInvitationView } from "../views.ts";
import { memberWorkspace } from "../workspaces/member-workspace.ts";

export interface MemberList {
  readonly members: MemberView[];
  /** Unaccepted, unexpired invitations, newest first; always empty for analysts and viewers. */
  readonly invitations: PendingInvitationView[];
}

/**
 * The members of `slug` by name, and for owners its pending invitations. `not-found` for non-members.
 * Example: `(await listMembers(ctx, { userId, slug: "north-east" })).members[0]` -> `{ userId, email, name, role }`.
 */
export async function listMembers(
  ctx: PlatformContext,
  props: { readonly userId: string; readonly slug: string },
): Promise<MemberList> {
  const db = ctx.database.db;
  const workspace = await memberWorkspace(db, props.userId, props.slug);
  const members = (await listMemberRows(db, workspace.id)).flatMap((m) =>
    isRole(m.role) ? [{ ...m, role: m.role }] : [],
  );
  if (!roleCan(workspace.role, "manage-members")) return { members, invitations: [] };
  const invitations = (await listPendingInvitations(db, workspace.id, ctx.now())).flatMap((i) =>
    isRole(i.role) ? [{ ...i, role: i.role }] : [],
  );
  return { members, invitations };
}
