// CSRF on every state-changing route (listed from the OpenAPI document, so a new route cannot be
// missed): a missing or wrong X-CSRF-Token, or a foreign Origin, is 403 `csrf` before anything
// else happens - for signed-in and signed-out callers alike. The respondent routes (/api/respond)
// are the exception: the link is the credential, and they take JSON bodies only (415 otherwise),
// which a cross-site form cannot send.
import { testDialects } from "@smartspec/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser } from "./support/browser.ts";
import { makeTeam, password, slug, type Team } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";

const missing = {
  error: { code: "csrf", message: "Missing X-CSRF-Token header: send the csrfToken from GET /api/session." },
};
const mismatch = {
  error: {
    code: "csrf",
    message: "The X-CSRF-Token header does not match this session: fetch GET /api/session again.",
  },
};

describe.each(testDialects())("CSRF on %s", (dialect) => {
  let t: TestApp;
  let team: Team;
  let routes: { method: string; path: string }[] = [];
  let respondentRoutes: { method: string; path: string }[] = [];

  beforeAll(async () => {
    t = await testApp(dialect);
    team = await makeTeam(t);
    const doc = (await (await t.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const changing = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => method !== "get")
        .map((method) => ({
          method: method.toUpperCase(),
          path: path
            .replace("{slug}", slug)
            .replace("{userId}", team.people.viewer.id)
            .replace("{token}", "C".repeat(43))
            .replace("{key}", "K".repeat(22))
            .replace("{surveyId}", "00000000-0000-4000-8000-000000000001")
            .replace("{field}", "needs")
            .replace(/\{(codeId|responseId)\}/, "00000000-0000-4000-8000-000000000002")
            .replace("{id}", "upload-00000000-0000-4000-8000-000000000000"),
        })),
    );
    routes = changing.filter((r) => !r.path.startsWith("/api/respond/"));
    respondentRoutes = changing.filter((r) => r.path.startsWith("/api/respond/"));
  });
  afterAll(() => t.close());

  it("finds the state-changing routes of the contract", () => {
    expect(routes.map((r) => `${r.method} ${r.path.replace(team.people.viewer.id, ":id")}`).sort()).toEqual(
      [
        "DELETE /api/session",
        "DELETE /api/workspaces/my-workspace/members/:id",
        "PATCH /api/settings",
        "PATCH /api/workspaces/my-workspace",
        "PATCH /api/workspaces/my-workspace/members/:id",
        "POST /api/invitations/CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC/accept",
        "POST /api/password-resets",
        "POST /api/password-resets/confirm",
        "POST /api/session",
        "POST /api/workspaces",
        "POST /api/workspaces/my-workspace/invitations",
        "POST /api/workspaces/my-workspace/datasets",
        "DELETE /api/workspaces/my-workspace/datasets/upload-00000000-0000-4000-8000-000000000000",
        ...[
          "POST /surveys",
          "PUT /surveys/:survey/instrument",
          "POST /surveys/:survey/instrument.xlsx",
          "POST /surveys/:survey/frame",
          "POST /surveys/:survey/sample",
          "POST /surveys/:survey/launch",
          "POST /surveys/:survey/close",
          "POST /surveys/:survey/invitations",
          "POST /surveys/:survey/reminders",
          "POST /surveys/:survey/coding/needs/codes",
          "PATCH /surveys/:survey/coding/needs/codes/:item",
          "PUT /surveys/:survey/coding/needs/answers/:item",
          "POST /surveys/:survey/coding/needs/finish",
          "POST /surveys/:survey/coding/needs/reveal",
          "PUT /surveys/:survey/coding/needs/final/:item",
        ].map((r) =>
          r
            .replace(" /", " /api/workspaces/my-workspace/")
            .replace(":survey", "00000000-0000-4000-8000-000000000001")
            .replace(":item", "00000000-0000-4000-8000-000000000002"),
        ),
      ].sort(),
    );
    expect(respondentRoutes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      [
        `PUT /api/respond/${"C".repeat(43)}/progress`,
        `POST /api/respond/${"C".repeat(43)}/submit`,
        `POST /api/respond/${"C".repeat(43)}/refuse`,
        `POST /api/respond/${"C".repeat(43)}/unsubscribe`,
        `PUT /api/respond/open/${"K".repeat(22)}/progress`,
        `POST /api/respond/open/${"K".repeat(22)}/submit`,
      ].sort(),
    );
  });

  it("lets respondent routes through without a CSRF token but takes only JSON bodies", async () => {
    const failures: string[] = [];
    for (const { method, path } of respondentRoutes) {
      const json = await t.app.request(path, {
        method,
        headers: { "content-type": "application/json", origin: "https://evil.example" },
        body: JSON.stringify({}),
      });
      // Past the CSRF check: the route itself answers (400 for the missing fields, 404 for the link).
      if (json.status === 403) failures.push(`${method} ${path} JSON: 403`);
      for (const type of [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
      ]) {
        const form = await t.app.request(path, { method, headers: { "content-type": type }, body: "a=1" });
        if (form.status !== 415) failures.push(`${method} ${path} ${type}: ${form.status}`);
      }
      const none = await t.app.request(path, { method });
      if (none.status !== 415) failures.push(`${method} ${path} no body: ${none.status}`);
    }
    expect(failures).toEqual([]);
  });

  it("refuses each without the header, with a wrong one, or from another origin", async () => {
    const owner = team.browsers.owner;
    const anonymous = team.browsers.anonymous;
    const failures: string[] = [];
    const check = (what: string, reply: { status: number; body: unknown }, expected: unknown) => {
      if (reply.status !== 403 || JSON.stringify(reply.body) !== JSON.stringify(expected))
        failures.push(`${what}: ${reply.status} ${JSON.stringify(reply.body)}`);
    };
    for (const { method, path } of routes) {
      const body = method === "DELETE" ? undefined : {};
      for (const [who, browser] of [
        ["owner", owner],
        ["anonymous", anonymous],
      ] as const) {
        check(
          `${method} ${path} ${who} no header`,
          await browser.request(method, path, body, { "x-csrf-token": "" }),
          missing,
        );
        check(
          `${method} ${path} ${who} wrong`,
          await browser.request(method, path, body, { "x-csrf-token": "x".repeat(43) }),
          mismatch,
        );
        check(
          `${method} ${path} ${who} cross-origin`,
          await browser.request(method, path, body, { origin: "https://evil.example" }),
          { error: { code: "csrf", message: 'Requests from "https://evil.example" are not accepted.' } },
        );
        check(
          `${method} ${path} ${who} opaque origin`,
          await browser.request(method, path, body, { origin: "null" }),
          { error: { code: "csrf", message: 'Requests from "null" are not accepted.' } },
        );
      }
    }
    expect(failures).toEqual([]);
    expect(routes).toHaveLength(28);
  });

  it("lets the right token through from this origin (public URL or the addressed host)", async () => {
    const owner = team.browsers.owner;
    for (const origin of ["http://localhost:3000", "http://localhost"]) {
      const reply = await owner.request("PATCH", `/api/workspaces/${slug}`, { name: "Renamed" }, { origin });
      expect(reply.status).toBe(200);
    }
  });

  it("binds the token to the session: another browser's token or the pre-sign-in token fails", async () => {
    const a = new Browser(t.app);
    const b = new Browser(t.app);
    await a.session();
    await b.session();
    const swapped = await a.request(
      "POST",
      "/api/password-resets",
      { email: "x@example.org" },
      { "x-csrf-token": b.csrfToken! },
    );
    expect([swapped.status, swapped.body]).toEqual([403, mismatch]);
    const preSignIn = a.csrfToken!;
    await a.request("POST", "/api/session", { email: team.people.owner.email, password });
    const stale = await a.request(
      "PATCH",
      `/api/workspaces/${slug}`,
      { name: "Stale" },
      { "x-csrf-token": preSignIn },
    );
    expect([stale.status, stale.body]).toEqual([403, mismatch]);
  });

  it("refuses a state-changing request without a CSRF cookie or session at all", async () => {
    const reply = await t.app.request("/api/password-resets", {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": "D".repeat(43) },
      body: JSON.stringify({ email: "x@example.org" }),
    });
    expect([reply.status, await reply.json()]).toEqual([403, mismatch]);
  });
});
