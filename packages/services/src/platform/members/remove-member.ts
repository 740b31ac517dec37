// Owners remove members (themselves included); a workspace always keeps at least one owner.
import {
  countOwners,
  deleteMembership,
  findMemberRole,
  lockWorkspace,
  withTransaction,
} from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";
import { PlatformError } from "../platform-error.ts";
import { isUuid } from "../validate.ts";
import { memberWorkspace, requirePermission } from "../workspaces/member-workspace.ts";

/**
 * Removes `memberId` from the workspace. Throws `not-found` (caller or member not in it),
 * `forbidden` (caller not an owner), `last-owner` (removing the only owner). The account stays.
 */
export async function removeMember(
  ctx: PlatformContext,
  props: { readonly userId: string; readonly slug: string; readonly memberId: string },
): Promise<void> {
  await withTransaction(ctx.database, async (trx) => {
    const workspace = await memberWorkspace(trx, props.userId, props.slug);
    requirePermission(workspace, "manage-members", "Only owners can remove members");
    await lockWorkspace(trx, workspace.id);
    const current = isUuid(props.memberId)
      ? await findMemberRole(trx, workspace.id, props.memberId)
      : undefined;
    if (current === undefined) throw new PlatformError("not-found", "No such member in this workspace");
    if (current === "owner" && (await countOwners(trx, workspace.id)) <= 1) {
      throw new PlatformError("last-owner", "A workspace needs an owner: make someone else owner first");
    }
    await deleteMembership(trx, workspace.id, props.memberId);
  });
}
