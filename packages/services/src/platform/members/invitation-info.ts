// What the invitation page shows before accepting.
import { isRole, type Role } from "@smartspec/domain";
import { findUserByEmail } from "@smartspec/storage";
import type { PlatformContext } from "../platform-context.ts";
import { findOpenInvitation } from "./find-open-invitation.ts";

export interface InvitationInfo {
  readonly workspaceName: string;
  readonly email: string;
  readonly role: Role;
  /** True: the invitee signs in to accept; false: they choose a name and password. */
  readonly accountExists: boolean;
}

/**
 * The workspace, email and role of an open invitation, and whether its email has an account.
 * Throws `not-found` when the token is unknown, used or expired.
 */
export async function invitationInfo(
  ctx: PlatformContext,
  props: { readonly token: string },
): Promise<InvitationInfo> {
  const db = ctx.database.db;
  const invitation = await findOpenInvitation(db, props.token, ctx.now());
  const account = await findUserByEmail(db, invitation.email);
  return {
    workspaceName: invitation.workspaceName,
    email: invitation.email,
    role: isRole(invitation.role) ? invitation.role : "viewer",
    accountExists: account !== undefined,
  };
}
