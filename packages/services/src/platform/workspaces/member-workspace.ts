// The workspace as the caller sees it, and the permission checks every workspace use case starts with.
import { isRole, type Permission, roleCan } from "@smartspec/domain";
import { findMemberWorkspace, type Queryable } from "@smartspec/storage";
import { PlatformError } from "../platform-error.ts";
import type { WorkspaceView } from "../views.ts";

/**
 * The workspace `slug` with the caller's role. Not a member, or no such workspace: `not-found`
 * (the same answer for both, so existence does not leak).
 */
export async function memberWorkspace(db: Queryable, userId: string, slug: string): Promise<WorkspaceView> {
  const found = await findMemberWorkspace(db, slug, userId);
  if (!found || !isRole(found.role)) {
    throw new PlatformError("not-found", `No workspace "${slug}" among yours`);
  }
  return { id: found.id, slug: found.slug, name: found.name, role: found.role };
}

/** Throws `forbidden` with `message` unless the caller's role in `workspace` has `permission`. */
export function requirePermission(workspace: WorkspaceView, permission: Permission, message: string): void {
  if (!roleCan(workspace.role, permission)) throw new PlatformError("forbidden", message);
}
