// Workspace roles and what each may do, as data: the rules read one table, tests read the same.
import { z } from "zod";

/** Roles in a workspace, most powerful first. */
export const roles = ["owner", "analyst", "viewer"] as const;
export type Role = (typeof roles)[number];

export const roleSchema = z.enum(roles, "Role must be owner, analyst or viewer");

/** Things a member may be allowed to do in a workspace. */
export const permissions = [
  "manage-members",
  "edit-settings",
  "read-outbox",
  "read-data",
  "write-data",
] as const;
export type Permission = (typeof permissions)[number];

/**
 * Which role may do what. Owners run the workspace (members, settings, the mail outbox); analysts
 * work with its data; viewers only read it.
 */
export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  owner: ["manage-members", "edit-settings", "read-outbox", "read-data", "write-data"],
  analyst: ["read-data", "write-data"],
  viewer: ["read-data"],
};

/** Whether `role` includes `permission`. Example: `roleCan("analyst", "write-data")` is true. */
export function roleCan(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

/** Whether `value` names a role (for rows read back from storage). */
export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** Owners invite, re-role and remove members. Example: `canManageMembers("viewer")` is false. */
export const canManageMembers = (role: Role): boolean => roleCan(role, "manage-members");
/** Owners rename the workspace and change its settings. */
export const canEditSettings = (role: Role): boolean => roleCan(role, "edit-settings");
/** Owners read the workspace's mail outbox (it holds invitation and reset links). */
export const canReadOutbox = (role: Role): boolean => roleCan(role, "read-outbox");
/** Every member reads the workspace's data. */
export const canReadData = (role: Role): boolean => roleCan(role, "read-data");
/** Owners and analysts add and change the workspace's data. */
export const canWriteData = (role: Role): boolean => roleCan(role, "write-data");
