// SQL and script injection in every text field and path parameter: each is either refused by
// validation (with the field named) or stored and returned byte for byte as data - never run.
// Afterwards the database is intact: the accounts still sign in and the member list is unchanged.
import { testDialects } from "@smartspec/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser } from "./support/browser.ts";
import { linkToken, makeTeam, password, slug, type Team } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";

const sql = "'; DROP TABLE users;--";
const script = "<script>alert(1)</script>";
const tricky = `${script} ${sql} " \\ \u00e9\u4e2d\ud83d\ude00`;

describe.each(testDialects())("injection on %s", (dialect) => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await testApp(dialect);
    team = await makeTeam(t);
  });
  afterAll(() => t.close());

  it("stores workspace names as data and returns them exactly, as JSON that browsers will not sniff", async () => {
    const owner = team.browsers.owner;
    const created = await owner.request("POST", "/api/workspaces", { name: tricky, slug: "tricky" });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), slug: "tricky", name: tricky, role: "owner" });
    expect(created.headers.get("content-type")).toBe("application/json");
    expect(created.headers.get("x-content-type-options")).toBe("nosniff");
    const renamed = await owner.request("PATCH", "/api/workspaces/tricky", { name: sql });
    expect(renamed.body.name).toBe(sql);
    const listed = await owner.request("GET", "/api/workspaces");
    expect(listed.body.map((w: { name: string }) => w.name)).toContain(sql);
  });

  it("stores a new member's name as data", async () => {
    const owner = team.browsers.owner;
    await owner.request("POST", `/api/workspaces/${slug}/invitations`, {
      email: "newcomer@example.org",
      role: "viewer",
    });
    const token = await linkToken(t, team.people.owner.id, slug, "newcomer@example.org");
    const newcomer = new Browser(t.app);
    await newcomer.session();
    const accepted = await newcomer.request("POST", `/api/invitations/${token}/accept`, {
      name: tricky,
      password,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user.name).toBe(tricky);
    const members = await owner.request("GET", `/api/workspaces/${slug}/members`);
    expect(members.body.members.find((m: { email: string }) => m.email === "newcomer@example.org").name).toBe(
      tricky,
    );
  });

  it.each([
    [
      "POST",
      "/api/workspaces",
      { name: "Fine", slug: sql },
      "slug: Slug must be 1 to 48 lower-case letters, digits or hyphens, starting and ending with a letter or digit",
    ],
    [
      "POST",
      "/api/workspaces",
      { name: "Fine", slug: script },
      "slug: Slug must be 1 to 48 lower-case letters, digits or hyphens, starting and ending with a letter or digit",
    ],
    [
      "POST",
      `/api/workspaces/${slug}/invitations`,
      { email: `${sql}@example.org`, role: "viewer" },
      "email: Enter an email address like name@example.org",
    ],
    [
      "POST",
      `/api/workspaces/${slug}/invitations`,
      { email: `${script}@example.org`, role: "viewer" },
      "email: Enter an email address like name@example.org",
    ],
    [
      "POST",
      `/api/workspaces/${slug}/invitations`,
      { email: "a@example.org", role: sql },
      "role: Role must be owner, analyst or viewer",
    ],
    [
      "PATCH",
      `/api/workspaces/${slug}`,
      { name: "\u0000\u001b[31m" },
      "name: Workspace name must not contain control characters",
    ],
  ])("refuses %s %s with an injection string, naming the field", async (method, path, body, message) => {
    const reply = await team.browsers.owner.request(method, path, body);
    expect([reply.status, reply.body]).toEqual([400, { error: { code: "validation", message } }]);
  });

  it("answers injection in sign-in fields like any wrong input", async () => {
    const browser = new Browser(t.app, "198.51.100.77");
    const badEmail = await browser.signIn("' OR '1'='1", password);
    expect([badEmail.status, badEmail.body.error.code]).toEqual([400, "validation"]);
    const badPassword = await browser.request("POST", "/api/session", {
      email: "owner@example.org",
      password: "' OR '1'='1' --",
    });
    expect([badPassword.status, badPassword.body.error.code]).toEqual([401, "invalid-credentials"]);
    const reset = await browser.request("POST", "/api/password-resets", { email: `${sql}${script}` });
    expect(reset.status).toBe(202);
    const confirm = await browser.request("POST", "/api/password-resets/confirm", {
      token: `${sql}${script}`,
      password: "a fine new passphrase",
    });
    expect([confirm.status, confirm.body.error.code]).toEqual([400, "invalid-token"]);
  });

  it.each([
    ["GET", `/api/workspaces/${encodeURIComponent(sql)}`],
    ["GET", `/api/workspaces/${encodeURIComponent(script)}/members`],
    ["PATCH", `/api/workspaces/${slug}/members/${encodeURIComponent("' OR 1=1 --")}`],
    ["DELETE", `/api/workspaces/${slug}/members/${encodeURIComponent(sql)}`],
    ["GET", `/api/invitations/${encodeURIComponent(sql)}`],
  ])("answers %s %s with 404", async (method, path) => {
    const reply = await team.browsers.owner.request(
      method,
      path,
      method === "PATCH" ? { role: "viewer" } : undefined,
    );
    expect([reply.status, reply.body.error.code]).toEqual([404, "not-found"]);
  });

  it("leaves the database intact", async () => {
    const again = await new Browser(t.app, "198.51.100.78").signIn("analyst@example.org", password);
    expect(again.status).toBe(200);
    const members = await team.browsers.owner.request("GET", `/api/workspaces/${slug}/members`);
    expect(members.body.members.map((m: { email: string }) => m.email).sort()).toEqual([
      "analyst@example.org",
      "newcomer@example.org",
      "owner@example.org",
      "viewer@example.org",
    ]);
  });
});
