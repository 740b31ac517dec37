// Accepting an invitation: joins the workspace, creating the account first when the email has none.
import { isRole, passwordSchema, personNameSchema, type Role } from "@smartspec/domain";
import {
  findMemberWorkspace,
  findUserByEmail,
  insertMembership,
  insertUser,
  markInvitationAccepted,
  type Queryable,
  withTransaction,
} from "@smartspec/storage";
import { startSession } from "../accounts/start-session.ts";
import { hashPassword } from "../passwords.ts";
import type { PlatformContext } from "../platform-context.ts";
import { PlatformError } from "../platform-error.ts";
import { parseField } from "../validate.ts";
import { type NewSession, toUserView, type UserView, type WorkspaceView } from "../views.ts";
import { findOpenInvitation, invalidInvitationMessage } from "./find-open-invitation.ts";

export interface AcceptInvitationProps {
  readonly token: string;
  /** The signed-in user, or null. Needed (and must match the email) when the account exists. */
  readonly userId: string | null;
  /** Needed when the email has no account yet. */
  readonly name?: string;
  readonly password?: string;
}

export interface AcceptedInvitation {
  readonly user: UserView;
  readonly workspace: WorkspaceView;
  /** A new login for a new account (the caller sets its cookie); null when the user was signed in. */
  readonly session: NewSession | null;
}

/**
 * Accepts an open invitation (once: a second acceptance gets `not-found`).
 * - Email with an account: the caller must be signed in as it (`unauthenticated` when not signed
 *   in, `forbidden` when signed in as someone else); they join with the invited role (a member
 *   keeps their current role).
 * - Email without an account: `name` and `password` are required (`validation`); the account is
 *   created, joins, and is signed in (`session`).
 */
export async function acceptInvitation(
  ctx: PlatformContext,
  props: AcceptInvitationProps,
): Promise<AcceptedInvitation> {
  const now = ctx.now();
  const db = ctx.database.db;
  const invitation = await findOpenInvitation(db, props.token, now);
  const role: Role = isRole(invitation.role) ? invitation.role : "viewer";
  const existing = await findUserByEmail(db, invitation.email);
  if (existing) {
    if (props.userId === null) {
      throw new PlatformError("unauthenticated", `Sign in as ${invitation.email} to accept this invitation`);
    }
    if (props.userId !== existing.id) {
      throw new PlatformError(
        "forbidden",
        `This invitation is for ${invitation.email}: sign in with that account`,
      );
    }
  }
  const newAccount = existing
    ? undefined
    : {
        name: parseField(personNameSchema, props.name, "name"),
        passwordHash: await hashPassword(parseField(passwordSchema, props.password, "password")),
      };
  return withTransaction(ctx.database, async (trx) => {
    if (!(await markInvitationAccepted(trx, invitation.id, now))) {
      throw new PlatformError("not-found", invalidInvitationMessage);
    }
    const user =
      existing ??
      (await insertUser(trx, { email: invitation.email, isAdmin: false, ...newAccount! })) ??
      raceLost(invitation.email);
    const joined = await insertMembership(trx, {
      workspaceId: invitation.workspaceId,
      userId: user.id,
      role,
    });
    const workspace: WorkspaceView = {
      id: invitation.workspaceId,
      slug: invitation.workspaceSlug,
      name: invitation.workspaceName,
      role: joined ? role : await currentRole(trx, invitation.workspaceSlug, user.id, role),
    };
    const view = toUserView(user);
    return { user: view, workspace, session: existing ? null : await startSession(trx, view, now) };
  });
}

function raceLost(email: string): never {
  throw new PlatformError(
    "conflict",
    `An account with the email ${email} was created meanwhile: sign in to accept`,
  );
}

async function currentRole(db: Queryable, slug: string, userId: string, fallback: Role): Promise<Role> {
  const found = await findMemberWorkspace(db, slug, userId);
  return found && isRole(found.role) ? found.role : fallback;
}
