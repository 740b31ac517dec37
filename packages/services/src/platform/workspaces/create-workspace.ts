// A new workspace, owned by whoever creates it.
import { workspaceNameSchema, workspaceSlugSchema } from "@smartspec/domain";
import { insertMembership, insertWorkspace, withTransaction } from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";
import { PlatformError } from "../platform-error.ts";
import { parseField } from "../validate.ts";
import type { WorkspaceView } from "../views.ts";

export interface CreateWorkspaceProps {
  readonly userId: string;
  readonly name: string;
  readonly slug: string;
}

/**
 * Creates the workspace with the caller as its owner. Throws `validation` for a bad name or slug,
 * `conflict` when the slug is taken.
 * Example: `await createWorkspace(ctx, { userId, name: "North East", slug: "north-east" })`.
 */
export async function createWorkspace(
  ctx: PlatformContext,
  props: CreateWorkspaceProps,
): Promise<WorkspaceView> {
  const name = parseField(workspaceNameSchema, props.name, "name");
  const slug = parseField(workspaceSlugSchema, props.slug, "slug");
  return withTransaction(ctx.database, async (trx) => {
    const workspace = await insertWorkspace(trx, { slug, name });
    if (!workspace)
      throw new PlatformError("conflict", `The workspace slug "${slug}" is taken`, { field: "slug" });
    await insertMembership(trx, { workspaceId: workspace.id, userId: props.userId, role: "owner" });
    return { ...workspace, role: "owner" };
  });
}
