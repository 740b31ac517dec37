// Platform use cases: accounts, sessions, workspaces, members, mail, settings, the data catalogue.
// No HTTP here; the server maps PlatformError codes to statuses. API described in README.md.

export type { Database } from "@smartspec/storage";
export * from "./accounts/confirm-password-reset.ts";
export * from "./accounts/create-first-owner.ts";
export * from "./accounts/log-in.ts";
export * from "./accounts/log-out.ts";
export * from "./accounts/prune-sessions.ts";
export * from "./accounts/request-password-reset.ts";
export * from "./accounts/session-from-token.ts";
export { sessionIdleMs, sessionMaxAgeMs } from "./accounts/start-session.ts";
export * from "./datasets/list-datasets.ts";
export * from "./datasets/load-bundled-data.ts";
export * from "./members/accept-invitation.ts";
export * from "./members/change-role.ts";
export * from "./members/invitation-info.ts";
export * from "./members/invite.ts";
export * from "./members/list-members.ts";
export * from "./members/remove-member.ts";
export * from "./outbox/deliver-outbox.ts";
export * from "./outbox/outbox-delivery-loop.ts";
export * from "./outbox/read-outbox.ts";
export * from "./platform-context.ts";
export * from "./platform-error.ts";
export * from "./settings/get-settings.ts";
export * from "./settings/update-settings.ts";
export type * from "./views.ts";
export * from "./workspaces/create-workspace.ts";
export * from "./workspaces/get-workspace.ts";
export * from "./workspaces/list-workspaces.ts";
export * from "./workspaces/rename-workspace.ts";
export { slugFromName } from "./workspaces/slug-from-name.ts";
