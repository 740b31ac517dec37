// Workspaces (a regional body or a facility), looked up through the caller's membership.
import type { Queryable } from "../database.ts";

export interface WorkspaceRecord {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
}

/** A workspace as one member sees it: with that member's role. */
export interface MemberWorkspace extends WorkspaceRecord {
  readonly role: string;
}

/** Inserts a workspace; returns it, or undefined when the slug is taken. */
export async function insertWorkspace(
  db: Queryable,
  workspace: { readonly slug: string; readonly name: string },
): Promise<WorkspaceRecord | undefined> {
  return db
    .insertInto("workspaces")
    .values(workspace)
    .onConflict((oc) => oc.column("slug").doNothing())
    .returning(["id", "slug", "name"])
    .executeTakeFirst();
}

/** The workspace with this slug if `userId` is a member (with their role), else undefined. */
export async function findMemberWorkspace(
  db: Queryable,
  slug: string,
  userId: string,
): Promise<MemberWorkspace | undefined> {
  return db
    .selectFrom("workspaces as w")
    .innerJoin("memberships as m", "m.workspace_id", "w.id")
    .select(["w.id", "w.slug", "w.name", "m.role"])
    .where("w.slug", "=", slug)
    .where("m.user_id", "=", userId)
    .executeTakeFirst();
}

/** Every workspace `userId` belongs to, by name then slug. */
export async function listMemberWorkspaces(db: Queryable, userId: string): Promise<MemberWorkspace[]> {
  return db
    .selectFrom("workspaces as w")
    .innerJoin("memberships as m", "m.workspace_id", "w.id")
    .select(["w.id", "w.slug", "w.name", "m.role"])
    .where("m.user_id", "=", userId)
    .orderBy("w.name")
    .orderBy("w.slug")
    .execute();
}

/** Renames a workspace. */
export async function renameWorkspace(db: Queryable, id: string, name: string): Promise<void> {
  await db.updateTable("workspaces").set({ name }).where("id", "=", id).execute();
}

/**
 * Locks the workspace row until the transaction ends (`select ... for update`), so membership
 * changes that must keep an owner run one after another. Call inside `withTransaction`.
 */
export async function lockWorkspace(db: Queryable, id: string): Promise<void> {
  await db.selectFrom("workspaces").select("id").where("id", "=", id).forUpdate().execute();
}
