// Invitations into a workspace, found by the hash of the emailed token.
import { sql } from "kysely";
import type { Queryable } from "../database.ts";

export interface InvitationRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly workspaceSlug: string;
  readonly workspaceName: string;
  readonly email: string;
  readonly role: string;
  readonly expiresAt: Date;
  readonly acceptedAt: Date | null;
}

export interface PendingInvitationRecord {
  readonly id: string;
  readonly email: string;
  readonly role: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

export interface NewInvitation {
  readonly workspaceId: string;
  readonly email: string;
  readonly role: string;
  readonly tokenHash: string;
  readonly invitedBy: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/** Stores an invitation; earlier unaccepted ones for the same email and workspace are dropped. */
export async function replaceInvitation(db: Queryable, invitation: NewInvitation): Promise<string> {
  await db
    .deleteFrom("invitations")
    .where("workspace_id", "=", invitation.workspaceId)
    .where(sql<string>`lower(email)`, "=", invitation.email.toLowerCase())
    .where("accepted_at", "is", null)
    .execute();
  const row = await db
    .insertInto("invitations")
    .values({
      workspace_id: invitation.workspaceId,
      email: invitation.email,
      role: invitation.role,
      token_hash: invitation.tokenHash,
      invited_by: invitation.invitedBy,
      created_at: invitation.createdAt,
      expires_at: invitation.expiresAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The invitation whose token hashes to `tokenHash` (accepted or expired ones too), or undefined. */
export async function findInvitationByTokenHash(
  db: Queryable,
  tokenHash: string,
): Promise<InvitationRecord | undefined> {
  return db
    .selectFrom("invitations as i")
    .innerJoin("workspaces as w", "w.id", "i.workspace_id")
    .select([
      "i.id",
      "i.workspace_id as workspaceId",
      "w.slug as workspaceSlug",
      "w.name as workspaceName",
      "i.email",
      "i.role",
      "i.expires_at as expiresAt",
      "i.accepted_at as acceptedAt",
    ])
    .where("i.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** Marks an invitation accepted; false when it already was (so only one acceptance wins). */
export async function markInvitationAccepted(db: Queryable, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable("invitations")
    .set({ accepted_at: at })
    .where("id", "=", id)
    .where("accepted_at", "is", null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Unaccepted, unexpired invitations of a workspace, newest first. */
export async function listPendingInvitations(
  db: Queryable,
  workspaceId: string,
  now: Date,
): Promise<PendingInvitationRecord[]> {
  return db
    .selectFrom("invitations")
    .select(["id", "email", "role", "created_at as createdAt", "expires_at as expiresAt"])
    .where("workspace_id", "=", workspaceId)
    .where("accepted_at", "is", null)
    .where("expires_at", ">", now)
    .orderBy("created_at", "desc")
    .orderBy("email")
    .execute();
}
