// Who belongs to which workspace, in which role.
import { sql } from "kysely";
import type { Queryable } from "../database.ts";

export interface MemberRecord {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly role: string;
}

/** Adds `userId` to a workspace; returns false when they already belong to it. */
export async function insertMembership(
  db: Queryable,
  membership: { readonly workspaceId: string; readonly userId: string; readonly role: string },
): Promise<boolean> {
  const row = await db
    .insertInto("memberships")
    .values({ workspace_id: membership.workspaceId, user_id: membership.userId, role: membership.role })
    .onConflict((oc) => oc.columns(["workspace_id", "user_id"]).doNothing())
    .returning("user_id")
    .executeTakeFirst();
  return row !== undefined;
}

/** The members of a workspace, by name then email. */
export async function listMembers(db: Queryable, workspaceId: string): Promise<MemberRecord[]> {
  return db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select(["m.user_id as userId", "u.email", "u.name", "m.role"])
    .where("m.workspace_id", "=", workspaceId)
    .orderBy("u.name")
    .orderBy("u.email")
    .execute();
}

/** The role of `userId` in the workspace, or undefined when not a member. */
export async function findMemberRole(
  db: Queryable,
  workspaceId: string,
  userId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("memberships")
    .select("role")
    .where("workspace_id", "=", workspaceId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.role;
}

/** Whether someone with this email (ignoring case) belongs to the workspace. */
export async function isMemberEmail(db: Queryable, workspaceId: string, email: string): Promise<boolean> {
  const row = await db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select("m.user_id")
    .where("m.workspace_id", "=", workspaceId)
    .where(sql<string>`lower(u.email)`, "=", email.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

/** How many owners the workspace has. */
export async function countOwners(db: Queryable, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom("memberships")
    .select(sql<number>`cast(count(*) as integer)`.as("n"))
    .where("workspace_id", "=", workspaceId)
    .where("role", "=", "owner")
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Sets a member's role; returns false when `userId` is not a member. */
export async function updateMemberRole(
  db: Queryable,
  workspaceId: string,
  userId: string,
  role: string,
): Promise<boolean> {
  const result = await db
    .updateTable("memberships")
    .set({ role })
    .where("workspace_id", "=", workspaceId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Removes a member; returns false when `userId` was not a member. */
export async function deleteMembership(db: Queryable, workspaceId: string, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom("memberships")
    .where("workspace_id", "=", workspaceId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
