// The first account of an instance: the instance admin, owner of a first workspace. Refused once an
// admin exists (no --force: a second admin would be a silent takeover; later admins are invited).
import {
  emailSchema,
  passwordSchema,
  personNameSchema,
  workspaceNameSchema,
  workspaceSlugSchema,
} from "@smartspec/domain";
import {
  countAdmins,
  insertMembership,
  insertUser,
  insertWorkspace,
  withTransaction,
} from "@smartspec/storage";
import { hashPassword } from "../passwords.ts";
import type { PlatformContext } from "../platform-context.ts";
import { PlatformError } from "../platform-error.ts";
import { parseField } from "../validate.ts";
import { toUserView, type UserView, type WorkspaceView } from "../views.ts";
import { slugFromName } from "../workspaces/slug-from-name.ts";

export interface CreateFirstOwnerProps {
  readonly email: string;
  readonly password: string;
  /** Default: the part of the email before "@". */
  readonly name?: string;
  /** Default: "My workspace". */
  readonly workspaceName?: string;
  /** Default: derived from the workspace name ("my-workspace"). */
  readonly workspaceSlug?: string;
}

/**
 * Creates the instance admin and their workspace (they own it). Throws `conflict` when an admin
 * already exists or the email is taken, `validation` for a bad field.
 * Example: `await createFirstOwner(ctx, { email: "ann@example.org", password: "correct horse battery" })`.
 */
export async function createFirstOwner(
  ctx: PlatformContext,
  props: CreateFirstOwnerProps,
): Promise<{ user: UserView; workspace: WorkspaceView }> {
  const email = parseField(emailSchema, props.email, "email");
  const password = parseField(passwordSchema, props.password, "password");
  const name = parseField(personNameSchema, props.name ?? email.split("@")[0], "name");
  const workspaceName = parseField(
    workspaceNameSchema,
    props.workspaceName ?? "My workspace",
    "workspaceName",
  );
  const slug = parseField(
    workspaceSlugSchema,
    props.workspaceSlug ?? slugFromName(workspaceName),
    "workspaceSlug",
  );
  const passwordHash = await hashPassword(password);
  return withTransaction(ctx.database, async (trx) => {
    if ((await countAdmins(trx)) > 0) {
      throw new PlatformError("conflict", "An admin already exists: this instance has its first owner");
    }
    const user = await insertUser(trx, { email, name, passwordHash, isAdmin: true });
    if (!user) throw new PlatformError("conflict", `An account with the email ${email} already exists`);
    const workspace = await insertWorkspace(trx, { slug, name: workspaceName });
    if (!workspace)
      throw new PlatformError("conflict", `The workspace slug "${slug}" is taken`, { field: "slug" });
    await insertMembership(trx, { workspaceId: workspace.id, userId: user.id, role: "owner" });
    return { user: toUserView(user), workspace: { ...workspace, role: "owner" } };
  });
}
