// The shapes use cases return: plain data, no hashes, ready to serialise.
import type { Role } from "@smartspec/domain";

export interface UserView {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly isAdmin: boolean;
}

export interface WorkspaceView {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  /** The caller's role in it. */
  readonly role: Role;
}

export interface MemberView {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
}

export interface PendingInvitationView {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/** A new login: the cookie token (shown once, stored hashed) and the CSRF token bound to it. */
export interface NewSession {
  readonly token: string;
  readonly csrfToken: string;
  /** The absolute end; the idle limit may end it sooner. */
  readonly expiresAt: Date;
  readonly user: UserView;
}

export function toUserView(user: {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly isAdmin: boolean;
}): UserView {
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin };
}
