// The caller's workspaces, for the session and the workspace switcher.
import { isRole } from "@smartspec/domain";
import { listMemberWorkspaces } from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";
import type { WorkspaceView } from "../views.ts";

/**
 * Every workspace `userId` belongs to, with their role, by name. Empty for a user in none.
 * Example: `await listWorkspaces(ctx, { userId })` -> `[{ id, slug: "north-east", name: "North East", role: "owner" }]`.
 */
export async function listWorkspaces(
  ctx: PlatformContext,
  props: { readonly userId: string },
): Promise<WorkspaceView[]> {
  const rows = await listMemberWorkspaces(ctx.database.db, props.userId);
  return rows.flatMap((row) => (isRole(row.role) ? [{ ...row, role: row.role }] : []));
}
