// One workspace, for its members only.
import type { PlatformContext } from "../platform-context.ts";
import type { WorkspaceView } from "../views.ts";
import { memberWorkspace } from "./member-workspace.ts";

/**
 * The workspace `slug` with the caller's role; `not-found` when it does not exist or the caller is
 * not a member (one answer for both).
 */
export function getWorkspace(
  ctx: PlatformContext,
  props: { readonly userId: string; readonly slug: string },
): Promise<WorkspaceView> {
  return memberWorkspace(ctx.database.db, props.userId, props.slug);
}
