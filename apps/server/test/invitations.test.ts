// Accepting an invitation over HTTP: a new account (name and password, signed in with a new
// cookie), an existing account (must be signed in as the invited email), and a used link.
import { createFirstOwner } from "@smartspec/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser } from "./support/browser.ts";
import { join, linkToken, password, slug } from "./support/team.ts";
import { publicUrl, type TestApp, testApp } from "./support/test-app.ts";

describe("invitations", () => {
  let t: TestApp;
  let owner: Browser;
  let ownerId: string;

  beforeAll(async () => {
    t = await testApp();
    ownerId = (await createFirstOwner(t.platform, { email: "owner@example.org", password })).user.id;
    owner = new Browser(t.app);
    await owner.signIn("owner@example.org", password);
  });
  afterAll(() => t.close());

  it("invites by mail, shows the invitation, and creates and signs in the new account", async () => {
    const invited = await owner.request("POST", `/api/workspaces/${slug}/invitations`, {
      email: "Ana@Example.org",
      role: "analyst",
    });
    expect([invited.status, invited.body]).toEqual([
      201,
      {
        id: expect.any(String),
        email: "ana@example.org",
        role: "analyst",
        createdAt: "2026-03-02T09:00:00.000Z",
        expiresAt: "2026-03-09T09:00:00.000Z",
      },
    ]);
    const outbox = await owner.request("GET", `/api/workspaces/${slug}/outbox`);
    expect(outbox.body[0].text).toMatch(new RegExp(`^${publicUrl}/invitations/[A-Za-z0-9_-]{43}$`, "m"));
    const token = await linkToken(t, ownerId, slug, "ana@example.org");

    const ana = new Browser(t.app);
    const info = await ana.request("GET", `/api/invitations/${token}`);
    expect([info.status, info.body]).toEqual([
      200,
      { workspaceName: "My workspace", email: "ana@example.org", role: "analyst", accountExists: false },
    ]);
    await ana.session();
    const missing = await ana.request("POST", `/api/invitations/${token}/accept`, {});
    expect([missing.status, missing.body.error.code]).toEqual([400, "validation"]);
    const accepted = await ana.request("POST", `/api/invitations/${token}/accept`, {
      name: "Ana Analyst",
      password,
    });
    expect([accepted.status, accepted.body]).toEqual([
      200,
      {
        user: { id: expect.any(String), email: "ana@example.org", name: "Ana Analyst", isAdmin: false },
        workspaces: [{ id: expect.any(String), slug, name: "My workspace", role: "analyst" }],
        csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      },
    ]);
    expect(ana.cookies.get("smartspec_session")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await ana.session()).body.user.email).toBe("ana@example.org");
    const reused = await new Browser(t.app).request("GET", `/api/invitations/${token}`);
    expect([reused.status, reused.body.error.code]).toEqual([404, "not-found"]);
  });

  it("asks an existing account to sign in as the invited email", async () => {
    const bo = await join(t, ownerId, slug, "bo@example.org", "viewer");
    await owner.request("POST", "/api/workspaces", { name: "Second", slug: "second" });
    await owner.request("POST", "/api/workspaces/second/invitations", {
      email: "bo@example.org",
      role: "owner",
    });
    const token = await linkToken(t, ownerId, "second", "bo@example.org");
    const info = await new Browser(t.app).request("GET", `/api/invitations/${token}`);
    expect(info.body.accountExists).toBe(true);

    const anonymous = new Browser(t.app);
    await anonymous.session();
    const notSignedIn = await anonymous.request("POST", `/api/invitations/${token}/accept`, {});
    expect([notSignedIn.status, notSignedIn.body]).toEqual([
      401,
      { error: { code: "unauthenticated", message: "Sign in as bo@example.org to accept this invitation" } },
    ]);
    const wrongUser = await owner.request("POST", `/api/invitations/${token}/accept`, {});
    expect([wrongUser.status, wrongUser.body.error.code]).toEqual([403, "forbidden"]);

    const browser = new Browser(t.app);
    await browser.signIn("bo@example.org", password);
    const cookieBefore = browser.cookies.get("smartspec_session");
    const accepted = await browser.request("POST", `/api/invitations/${token}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body.user.id).toBe(bo.id);
    expect(
      accepted.body.workspaces.map((w: { slug: string; role: string }) => `${w.slug}:${w.role}`),
    ).toEqual([`${slug}:viewer`, "second:owner"]);
    expect(browser.cookies.get("smartspec_session")).toBe(cookieBefore);
  });

  it("keeps the last owner: demoting or removing them is 409 last-owner", async () => {
    const demote = await owner.request("PATCH", `/api/workspaces/${slug}/members/${ownerId}`, {
      role: "viewer",
    });
    expect([demote.status, demote.body.error.code]).toEqual([409, "last-owner"]);
    const remove = await owner.request("DELETE", `/api/workspaces/${slug}/members/${ownerId}`);
    expect([remove.status, remove.body.error.code]).toEqual([409, "last-owner"]);
  });
});
