// Owners rename their workspace (the slug, part of every URL, stays).
import { workspaceNameSchema } from "@smartspec/domain";
import { renameWorkspace as storeWorkspaceName } from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";
import { parseField } from "../validate.ts";
import type { WorkspaceView } from "../views.ts";
import { memberWorkspace, requirePermission } from "./member-workspace.ts";

/**
 * Renames the workspace; returns it renamed. Throws `not-found` for non-members, `forbidden` for
 * analysts and viewers, `validation` for a bad name.
 */
export async function renameWorkspace(
  ctx: PlatformContext,
  props: { readonly userId: string; readonly slug: string; readonly name: string },
): Promise<WorkspaceView> {
  const workspace = await memberWorkspace(ctx.database.db, props.userId, props.slug);
  requirePermission(workspace, "edit-settings", "Only owners can rename the workspace");
  const name = parseField(workspaceNameSchema, props.name, "name");
  await storeWorkspaceName(ctx.database.db, workspace.id, name);
  return { ...workspace, name };
}
