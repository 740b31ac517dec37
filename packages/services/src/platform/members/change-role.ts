// Owners change a member's role; a workspace always keeps at least one owner.
import { isRole, roleSchema } from "@smartspec/domain";
import {
  countOwners,
  findMemberRole,
  listMembers,
  lockWorkspace,
  updateMemberRole,
  withTransaction,
} from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";
import { PlatformError } from "../platform-error.ts";
import { isUuid, parseField } from "../validate.ts";
import type { MemberView } from "../views.ts";
import { memberWorkspace, requirePermission } from "../workspaces/member-workspace.ts";

export interface ChangeRoleProps {
  readonly userId: string;
  readonly slug: string;
  readonly memberId: string;
  readonly role: string;
}

/**
 * Sets `memberId`'s role in the workspace and returns the member. Throws `not-found` (caller or
 * member not in the workspace), `forbidden` (caller not an owner), `validation` (bad role),
 * `last-owner` (demoting the only owner). Runs with the workspace row locked, so two owners
 * demoting each other at once cannot leave none.
 */
export async function changeRole(ctx: PlatformContext, props: ChangeRoleProps): Promise<MemberView> {
  const role = parseField(roleSchema, props.role, "role");
  return withTransaction(ctx.database, async (trx) => {
    const workspace = await memberWorkspace(trx, props.userId, props.slug);
    requirePermission(workspace, "manage-members", "Only owners can change roles");
    await lockWorkspace(trx, workspace.id);
    const current = isUuid(props.memberId)
      ? await findMemberRole(trx, workspace.id, props.memberId)
      : undefined;
    if (current === undefined) throw new PlatformError("not-found", "No such member in this workspace");
    if (current === "owner" && role !== "owner" && (await countOwners(trx, workspace.id)) <= 1) {
      throw new PlatformError("last-owner", "A workspace needs an owner: make someone else owner first");
    }
    await updateMemberRole(trx, workspace.id, props.memberId, role);
    const member = (await listMembers(trx, workspace.id)).find((m) => m.userId === props.memberId);
    if (!member || !isRole(member.role))
      throw new PlatformError("not-found", "No such member in this workspace");
    return { ...member, role: member.role };
  });
}
