// Request hardening: the 1 MiB body limit (declared or streamed), strict schemas, JSON only,
// security headers on every response, no secrets in the log, and no stack trace in a 500.
import { createFirstOwner, requestPasswordReset } from "@smartspec/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../src/http/security-headers.ts";
import { Browser } from "./support/browser.ts";
import { password } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";

const mib = 1024 * 1024;
const tooLarge = { error: { code: "payload-too-large", message: "The request body is larger than 1 MiB." } };

/** A JSON body of exactly `bytes` bytes: {"name":"aaa..."}. */
const jsonOfSize = (bytes: number) => `{"name":"${"a".repeat(bytes - 11)}"}`;

describe("request hardening", () => {
  let t: TestApp;
  let owner: Browser;

  beforeAll(async () => {
    t = await testApp();
    await createFirstOwner(t.platform, { email: "owner@example.org", password });
    owner = new Browser(t.app);
    await owner.signIn("owner@example.org", password);
  });
  afterAll(() => t.close());

  it("refuses a body over 1 MiB with 413, and takes one of exactly 1 MiB to validation", async () => {
    expect(jsonOfSize(mib)).toHaveLength(mib);
    const over = await owner.request("PATCH", "/api/workspaces/my-workspace", jsonOfSize(mib + 1));
    expect([over.status, over.body]).toEqual([413, tooLarge]);
    const at = await owner.request("PATCH", "/api/workspaces/my-workspace", jsonOfSize(mib));
    expect([at.status, at.body.error.code]).toEqual([400, "validation"]);
  });

  it("counts a streamed body without Content-Length, on any path", async () => {
    for (const path of ["/api/session", "/anything"]) {
      const chunk = new Uint8Array(256 * 1024).fill(97);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= 8) return controller.close();
          sent++;
          controller.enqueue(chunk);
        },
      });
      const reply = await t.app.request(path, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": owner.csrfToken! },
        body,
        duplex: "half",
      } as RequestInit);
      expect([reply.status, await reply.json()]).toEqual([413, tooLarge]);
    }
  });

  it("refuses unknown fields, malformed JSON and other media types", async () => {
    const extra = await owner.request("POST", "/api/workspaces", { name: "X", slug: "x", isAdmin: true });
    expect([extra.status, extra.body]).toEqual([
      400,
      { error: { code: "validation", message: 'body: unknown field "isAdmin"' } },
    ]);
    const malformed = await owner.request("POST", "/api/workspaces", '{"name": "X",');
    expect([malformed.status, malformed.body]).toEqual([
      400,
      { error: { code: "invalid-json", message: "The request body is not valid JSON." } },
    ]);
    const form = await owner.request("POST", "/api/workspaces", undefined, {
      "content-type": "application/x-www-form-urlencoded",
    });
    expect([form.status, form.body.error.code]).toEqual([415, "unsupported-media-type"]);
    const notObject = await owner.request("POST", "/api/workspaces", "null");
    expect([notObject.status, notObject.body]).toEqual([
      400,
      { error: { code: "validation", message: "body: Invalid input: expected object, received null" } },
    ]);
  });

  it("puts the security headers on API, UI and error responses", async () => {
    for (const path of ["/api/session", "/", "/api/nope", "/healthz"]) {
      const reply = await t.app.request(path);
      expect(reply.headers.get("content-security-policy")).toBe(contentSecurityPolicy);
      expect(reply.headers.get("x-content-type-options")).toBe("nosniff");
      expect(reply.headers.get("referrer-policy")).toBe("no-referrer");
      expect(reply.headers.get("x-frame-options")).toBe("DENY");
      expect(reply.headers.get("strict-transport-security")).toBeNull(); // http public URL
    }
    expect(contentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    expect((await t.app.request("/api/session")).headers.get("cache-control")).toBe("no-store");
  });

  it("answers an unknown API path with a JSON 404", async () => {
    const reply = await owner.request("GET", "/api/nope");
    expect([reply.status, reply.body]).toEqual([
      404,
      { error: { code: "not-found", message: "No route for GET /api/nope." } },
    ]);
  });

  it("keeps passwords, tokens and cookies out of the log", async () => {
    await requestPasswordReset(t.platform, { email: "owner@example.org" });
    const mails = await t.app.request("/api/workspaces/my-workspace/outbox", {
      headers: { cookie: [...owner.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    const resetToken = /reset-password\/([A-Za-z0-9_-]{43})/.exec(JSON.stringify(await mails.json()))![1]!;
    await owner.request("POST", "/api/password-resets/confirm", {
      token: resetToken,
      password: "another long passphrase",
    });
    await owner.request("GET", `/reset-password/${resetToken}`);
    const log = t.logs.join("");
    expect(t.logs.length).toBeGreaterThan(5);
    for (const secret of [
      password,
      "another long passphrase",
      resetToken,
      owner.cookies.get("smartspec_session")!,
      owner.csrfToken!,
    ]) {
      expect(log).not.toContain(secret);
    }
    expect(log).toContain('"path":"/reset-password/:token"');
  });
});

describe("an unexpected failure", () => {
  it("is a 500 with a fixed message; the log has the error but no stack", async () => {
    const t = await testApp();
    // Break the database under the app: queries on these tables now fail inside the engine.
    await t.platform.database.db.schema.dropTable("sessions").cascade().execute();
    await t.platform.database.db.schema.dropTable("settings").cascade().execute();
    try {
      const reply = await t.app.request("/api/session", {
        headers: { cookie: `smartspec_session=${"E".repeat(43)}` },
      });
      expect([reply.status, await reply.json()]).toEqual([
        500,
        {
          error: {
            code: "internal",
            message: "Something went wrong on the server. It has been logged; try again.",
          },
        },
      ]);
      const health = await t.app.request("/healthz");
      expect([health.status, await health.json()]).toEqual([
        503,
        { status: "unavailable", database: "pglite" },
      ]);
      const failure = t.logs.map((line) => JSON.parse(line)).find((entry) => entry.msg === "request failed");
      expect(failure).toMatchObject({ level: 50, method: "GET", route: "/api/*" });
      // The engine's own words, and nothing else: no stack (SMARTSPEC_DEBUG is off).
      expect(failure.error).toEqual({ name: "error", message: 'relation "sessions" does not exist' });
    } finally {
      await t.close();
    }
  });
});
