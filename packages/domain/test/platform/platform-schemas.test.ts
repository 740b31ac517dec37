// The account and workspace field schemas: what they accept, how they normalise, what they say.
import { describe, expect, test } from "vitest";
import {
  emailSchema,
  emailTokenSchema,
  passwordSchema,
  personNameSchema,
  workspaceNameSchema,
  workspaceSlugSchema,
} from "../../src/platform/index.ts";

const firstMessage = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("emailSchema", () => {
  test("trims and lower-cases", () => {
    expect(emailSchema.parse("  Ann.Lee+Work@Example.ORG ")).toBe("ann.lee+work@example.org");
  });
  test("refuses text that is not an address, and injection attempts", () => {
    for (const bad of [
      "",
      "ann",
      "ann@",
      "@example.org",
      "ann@example",
      "a b@example.org",
      "'; DROP TABLE users;--",
      "<script>@x.org",
    ]) {
      expect(firstMessage(emailSchema.safeParse(bad))).toBe("Enter an email address like name@example.org");
    }
  });
  test("allows 254 characters and no more", () => {
    const domain = "@example.org"; // 12 characters
    expect(emailSchema.safeParse(`${"a".repeat(64)}.${"b".repeat(254 - 65 - 12)}${domain}`).success).toBe(
      true,
    );
    expect(
      firstMessage(emailSchema.safeParse(`${"a".repeat(64)}.${"b".repeat(255 - 65 - 12)}${domain}`)),
    ).toBe("Email must be at most 254 characters");
  });
});

describe("passwordSchema", () => {
  test("12 to 256 characters, kept exactly (spaces count)", () => {
    expect(passwordSchema.parse("  eleven c  ")).toBe("  eleven c  ");
    expect(firstMessage(passwordSchema.safeParse("11 chars ok"))).toBe(
      "Password must be at least 12 characters",
    );
    expect(passwordSchema.safeParse("x".repeat(256)).success).toBe(true);
    expect(firstMessage(passwordSchema.safeParse("x".repeat(257)))).toBe(
      "Password must be at most 256 characters",
    );
  });
});

describe("names", () => {
  test("trimmed, 1 to 100 characters", () => {
    expect(personNameSchema.parse("  Zoë O'Brien ")).toBe("Zoë O'Brien");
    expect(firstMessage(personNameSchema.safeParse("   "))).toBe("Name must not be empty");
    expect(workspaceNameSchema.safeParse("x".repeat(100)).success).toBe(true);
    expect(firstMessage(workspaceNameSchema.safeParse("x".repeat(101)))).toBe(
      "Workspace name must be at most 100 characters",
    );
  });
  test("control characters are refused; markup is just text", () => {
    for (const bad of ["Ann\u0000", "Ann\nBcc: x@y.org", "A\u007f", "A\u0085"]) {
      expect(firstMessage(personNameSchema.safeParse(bad))).toBe("Name must not contain control characters");
    }
    expect(workspaceNameSchema.parse("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
  });
});

describe("workspaceSlugSchema", () => {
  test("lower-case letters, digits and inner hyphens, 1 to 48 characters", () => {
    for (const good of ["a", "9", "north-east", "a-b-c", `a${"-".repeat(46)}b`]) {
      expect(workspaceSlugSchema.safeParse(good).success).toBe(true);
    }
    for (const bad of ["", "-a", "a-", "North", "a_b", "a b", "../etc", `a${"b".repeat(48)}`]) {
      expect(workspaceSlugSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe("emailTokenSchema", () => {
  test("exactly 43 base64url characters", () => {
    expect(emailTokenSchema.safeParse(`${"A".repeat(41)}-_`).success).toBe(true);
    for (const bad of ["A".repeat(42), "A".repeat(44), `${"A".repeat(42)}=`, `${"A".repeat(42)}/`]) {
      expect(firstMessage(emailTokenSchema.safeParse(bad))).toBe("The link is not valid");
    }
  });
});
