// The pure helpers of the HTTP layer: static path checks, token masking in logs, validation
// messages and constant-time token comparison.

import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { ApiError } from "../src/http/api-error.ts";
import { clientAddress } from "../src/http/client-address.ts";
import { sameToken } from "../src/http/csrf.ts";
import { maskTokens } from "../src/http/logger.ts";
import { safeSegments } from "../src/http/static-files.ts";
import { validationMessage } from "../src/http/validation-hook.ts";

describe("safeSegments", () => {
  it("splits an ordinary path", () => {
    expect(safeSegments("/assets/index-abc.js")).toEqual(["assets", "index-abc.js"]);
    expect(safeSegments("/")).toEqual([]);
    expect(safeSegments("/w/north-east/members")).toEqual(["w", "north-east", "members"]);
  });

  it.each([
    "/../etc/passwd",
    "/assets/../../etc/passwd",
    "/%2e%2e/etc/passwd",
    "/%2E%2E%2Fetc%2Fpasswd",
    "/..%2f..%2fetc%2fpasswd",
    "/..%5c..%5cwindows",
    "/assets\\..\\x",
    "/index.html%00.js",
    "/.env",
    "/assets/.hidden",
    "/%",
  ])("refuses %s with 400 invalid-path", (path) => {
    let caught: unknown;
    try {
      safeSegments(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    expect(caught).toMatchObject({ status: 400, code: "invalid-path" });
  });
});

describe("maskTokens", () => {
  it("masks 43-character tokens but keeps words, slugs and UUIDs", () => {
    const token = "Yc0vQ2mR8sXzK1pLw9eT4uHbN7aJfD3gV6kS0iO5rMq";
    expect(token).toHaveLength(43);
    expect(maskTokens(`/api/invitations/${token}/accept`)).toBe("/api/invitations/:token/accept");
    expect(maskTokens(`/reset-password/${token}`)).toBe("/reset-password/:token");
    const id = "0b5a3e2c-9d41-4f6a-8e7b-1c2d3e4f5a6b";
    expect(maskTokens(`/api/workspaces/north-east-lep/members/${id}`)).toBe(
      `/api/workspaces/north-east-lep/members/${id}`,
    );
  });
});

describe("validationMessage", () => {
  it("names each field, the request part for whole-part problems, and unknown keys", () => {
    expect(
      validationMessage("json", [
        { path: ["email"], message: "Invalid email address" },
        { path: [], message: "Invalid input: expected object, received null" },
        { path: [], message: "Unrecognized keys", code: "unrecognized_keys", keys: ["isAdmin", "x"] },
        { path: ["role"], message: "Unrecognized key", code: "unrecognized_keys", keys: ["y"] },
      ]),
    ).toBe(
      'email: Invalid email address; body: Invalid input: expected object, received null; body: unknown fields "isAdmin", "x"; role: unknown field "y"',
    );
  });
});

describe("sameToken", () => {
  it("is true only for identical strings, whatever their lengths", () => {
    expect(sameToken("abc", "abc")).toBe(true);
    expect(sameToken("abc", "abd")).toBe(false);
    expect(sameToken("abc", "abcd")).toBe(false);
    expect(sameToken("", "")).toBe(true);
  });
});

describe("clientAddress", () => {
  it("takes the last X-Forwarded-For entry only when the proxy is trusted", async () => {
    const seen: (string | undefined)[] = [];
    for (const trust of [true, false]) {
      const app = new Hono().get("/", (c) => {
        seen.push(clientAddress(c, trust));
        return c.text("ok");
      });
      await app.request("/", { headers: { "x-forwarded-for": "203.0.113.9, 10.0.0.2" } });
    }
    // Untrusted: the socket's address, which app.request() does not have.
    expect(seen).toEqual(["10.0.0.2", undefined]);
  });
});
