// The JSON shapes of the smartspec HTTP API (issue 4, "HTTP API"), as the browser sees them.
// Kept as plain types: the server validates, the UI only reads.

import type { Role } from "@smartspec/domain";

export type { Role };

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  /** Instance administrator: may change instance settings. */
  readonly isAdmin: boolean;
}

/** A workspace as listed for the caller, with the caller's role in it. */
export interface WorkspaceSummary {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly role: Role;
}

/** GET /api/session: `user` is null before login; `csrfToken` goes on every state-changing request. */
export interface Session {
  readonly user: SessionUser | null;
  readonly workspaces: readonly WorkspaceSummary[];
  readonly csrfToken: string;
}

export interface Member {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
}

/** An invitation not yet accepted; only owners see these. */
export interface PendingInvitation {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export interface MemberList {
  readonly members: readonly Member[];
  readonly invitations: readonly PendingInvitation[];
}

/** GET /api/invitations/:token */
export interface InvitationPreview {
  readonly workspaceName: string;
  readonly email: string;
  readonly role: Role;
  /** True when the invited email already has an account (then it signs in instead of registering). */
  readonly accountExists: boolean;
}

/** One mail in a workspace's durable outbox. Dates are ISO 8601 strings. */
export interface OutboxMail {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly createdAt: string;
  readonly sentAt: string | null;
  readonly status: string;
}

export interface InstanceSettings {
  /** Anyone may browse the bundled open data without signing in. */
  readonly publicOpenData: boolean;
  /** How mail leaves: through the configured SMTP server, or kept in the outbox for owners. */
  readonly mailDelivery: "smtp" | "outbox";
}

/** A level of a data set's classification; the API may send ids only. */
export type DatasetLevel = string | { readonly id: string; readonly title: string };

/** One bundled open data set in GET /api/datasets. */
export interface DatasetSummary {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly geography: string;
  readonly classification: string;
  readonly levels: readonly DatasetLevel[];
  readonly years: readonly number[];
  readonly licence: string;
  readonly attribution: string;
}
