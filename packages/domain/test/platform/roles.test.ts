// Role rules: the permission table, written out here by hand from product.md's roles.
import { describe, expect, test } from "vitest";
import {
  canEditSettings,
  canManageMembers,
  canReadData,
  canReadOutbox,
  canWriteData,
  isRole,
  permissions,
  type Role,
  roleCan,
  roleSchema,
  roles,
} from "../../src/platform/index.ts";

describe("role rules", () => {
  test("owners may do everything, analysts read and write data, viewers only read", () => {
    const table = Object.fromEntries(
      roles.map((role) => [role, permissions.filter((p) => roleCan(role, p))]),
    );
    expect(table).toEqual({
      owner: ["manage-members", "edit-settings", "read-outbox", "read-data", "write-data"],
      analyst: ["read-data", "write-data"],
      viewer: ["read-data"],
    });
  });

  test("the named helpers agree with the table", () => {
    const row = (role: Role) =>
      [canManageMembers, canEditSettings, canReadOutbox, canReadData, canWriteData].map((can) => can(role));
    expect(row("owner")).toEqual([true, true, true, true, true]);
    expect(row("analyst")).toEqual([false, false, false, true, true]);
    expect(row("viewer")).toEqual([false, false, false, true, false]);
  });

  test("only the three role names are roles", () => {
    expect(roles.filter(isRole)).toEqual(["owner", "analyst", "viewer"]);
    for (const bad of ["admin", "Owner", "", "owner "]) {
      expect(isRole(bad)).toBe(false);
      expect(roleSchema.safeParse(bad).error?.issues[0]?.message).toBe(
        "Role must be owner, analyst or viewer",
      );
    }
  });
});
