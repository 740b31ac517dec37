import { describe, expect, it } from "vitest";
import type { Session } from "../src/api/types.ts";
import {
  canOpenSection,
  homePath,
  safeRedirectPath,
  sectionsFor,
  switchWorkspacePath,
} from "../src/auth/guards.ts";

const user = { id: "u1", email: "ann@example.org", name: "Ann", isAdmin: false };
const session = (signedIn: boolean, slugs: string[]): Session => ({
  user: signedIn ? user : null,
  workspaces: slugs.map((slug, index) => ({ id: `w${index}`, slug, name: slug, role: "viewer" })),
  csrfToken: "t",
});

describe("safeRedirectPath", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeRedirectPath("/w/acme/members")).toBe("/w/acme/members");
    expect(safeRedirectPath("/invitations/abc?x=1#y")).toBe("/invitations/abc?x=1#y");
  });

  it.each([
    ["an absolute URL", "https://evil.test/"],
    ["a protocol-relative URL", "//evil.test"],
    ["a backslash that browsers read as a slash", "/\\evil.test"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "w/acme"],
    ["a tab inside the path", "/\t/evil.test"],
    ["the login page itself (a loop)", "/login?redirect=/"],
    ["a non-string", 42],
  ])("refuses %s", (_, value) => {
    expect(safeRedirectPath(value)).toBeUndefined();
  });
});

describe("homePath", () => {
  it("sends a member to their first workspace's Evidence page", () => {
    expect(homePath(session(true, ["north-east", "south-west"]), false)).toBe("/w/north-east/evidence");
  });

  it("sends a signed-in person without workspaces to the open data", () => {
    expect(homePath(session(true, []), false)).toBe("/explore");
  });

  it("sends an anonymous visitor to the open data only when it is public", () => {
    expect(homePath(session(false, []), true)).toBe("/explore");
    expect(homePath(session(false, []), false)).toBe("/login");
  });
});

describe("role rules", () => {
  it("opens Settings and Outbox to owners only", () => {
    expect(sectionsFor("owner")).toEqual([
      "evidence",
      "surveys",
      "directory",
      "members",
      "settings",
      "outbox",
    ]);
    expect(sectionsFor("analyst")).toEqual(["evidence", "surveys", "directory", "members"]);
    expect(sectionsFor("viewer")).toEqual(["evidence", "surveys", "directory", "members"]);
    expect(canOpenSection("viewer", "outbox")).toBe(false);
    expect(canOpenSection("analyst", "settings")).toBe(false);
  });
});

describe("switchWorkspacePath", () => {
  it("keeps the section when the target role opens it", () => {
    expect(switchWorkspacePath("/w/a/members", "b", "viewer")).toBe("/w/b/members");
    expect(switchWorkspacePath("/w/a/outbox", "b", "owner")).toBe("/w/b/outbox");
  });

  it("falls back to Evidence for an owner-only section or a page outside workspaces", () => {
    expect(switchWorkspacePath("/w/a/outbox", "b", "analyst")).toBe("/w/b/evidence");
    expect(switchWorkspacePath("/explore", "b", "owner")).toBe("/w/b/evidence");
  });

  it("encodes the slug", () => {
    expect(switchWorkspacePath("/w/a/surveys", "b c", "owner")).toBe("/w/b%20c/surveys");
  });
});
