// Pure navigation rules: where a person lands, which pages their role opens, where a login returns
// to. The router and the shell call these; they hold no React and no browser APIs, so they are
// tested directly (test/guards.test.ts).
import { type Permission, type Role, roleCan } from "@smartspec/domain";
import type { Session } from "../api/types.ts";

/** The sections of a workspace, in navigation order. */
export const workspaceSections = [
  "evidence",
  "surveys",
  "directory",
  "members",
  "settings",
  "outbox",
] as const;
export type WorkspaceSection = (typeof workspaceSections)[number];

/**
 * The permission (packages/domain role rules, the same table the server enforces) each section
 * needs; a member without it sees "Not allowed" there and no link to it.
 */
const sectionPermission: Readonly<Record<WorkspaceSection, Permission>> = {
  evidence: "read-data",
  surveys: "read-data",
  directory: "read-data",
  members: "read-data",
  settings: "edit-settings",
  outbox: "read-outbox",
};

export const sectionLabels: Readonly<Record<WorkspaceSection, string>> = {
  evidence: "Evidence",
  surveys: "Surveys",
  directory: "Directory",
  members: "Members",
  settings: "Settings",
  outbox: "Outbox",
};

/** True when `role` may open `section`. Example: `canOpenSection("viewer", "outbox")` is false. */
export function canOpenSection(role: Role, section: WorkspaceSection): boolean {
  return roleCan(role, sectionPermission[section]);
}

/** The sections to link in the navigation for `role`, in order. */
export function sectionsFor(role: Role): WorkspaceSection[] {
  return workspaceSections.filter((section) => canOpenSection(role, section));
}

/**
 * Where `/` sends a person: their first workspace's Evidence page; else the open data catalogue when
 * they are signed in or the instance publishes it; else the sign-in page.
 */
export function homePath(session: Session, publicOpenData: boolean): string {
  const first = session.workspaces[0];
  if (session.user !== null && first !== undefined) return `/w/${encodeURIComponent(first.slug)}/evidence`;
  if (session.user !== null || publicOpenData) return "/explore";
  return "/login";
}

/**
 * `value` when it is a path on this site, else undefined: the `redirect` query of /login must not
 * send a person to another origin after signing in. Rejects absolute URLs, protocol-relative
 * `//host`, backslash tricks (`/\host`, which browsers read as `//host`) and control characters.
 * Example: `safeRedirectPath("/w/acme/members")` is "/w/acme/members"; `safeRedirectPath("//evil.test")` undefined.
 */
export function safeRedirectPath(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.startsWith("/")) return undefined;
  if (value.startsWith("//") || value.includes("\\")) return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to reject control characters.
  if (/[\u0000-\u001f\u007f]/.test(value)) return undefined;
  if (value === "/login" || value.startsWith("/login?")) return undefined;
  return value;
}

/**
 * The same section in another workspace, for the switcher: `/w/a/members` -> `/w/b/members`;
 * any other path (or a section the role cannot open there) -> that workspace's Evidence page.
 */
export function switchWorkspacePath(currentPath: string, targetSlug: string, targetRole: Role): string {
  const match = /^\/w\/[^/]+\/([a-z]+)/.exec(currentPath);
  const section = workspaceSections.find((name) => name === match?.[1]) ?? "evidence";
  const allowed = canOpenSection(targetRole, section) ? section : "evidence";
  return `/w/${encodeURIComponent(targetSlug)}/${allowed}`;
}
