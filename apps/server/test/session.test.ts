// Sign-in, sign-out and the session cookie: exact bodies and cookie attributes, one message for a
// wrong email or password, session fixation, and the login rate limits with Retry-After.
// Rate-limit numbers from the contract: 5 failures per email and 20 per address in 15 minutes;
// with the clock fixed, the wait after the 5th failure is the whole window, 900 s.
import { createFirstOwner } from "@smartspec/services";
import { testDialects } from "@smartspec/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser } from "./support/browser.ts";
import { join, password } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";

const email = "owner@example.org";
const token43 = /^[A-Za-z0-9_-]{43}$/;

describe.each(testDialects())("sessions on %s", (dialect) => {
  let t: TestApp;
  let ownerId: string;

  beforeAll(async () => {
    t = await testApp(dialect);
    const first = await createFirstOwner(t.platform, { email, password, name: "Olive Owner" });
    ownerId = first.user.id;
  });
  afterAll(() => t.close());

  it("gives a signed-out browser a CSRF token bound to an HttpOnly cookie", async () => {
    const browser = new Browser(t.app);
    const reply = await browser.session();
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ user: null, workspaces: [], csrfToken: expect.stringMatching(token43) });
    expect(reply.headers.getSetCookie()).toEqual([
      `smartspec_csrf=${reply.body.csrfToken}; Path=/; HttpOnly; SameSite=Lax`,
    ]);
    const again = await browser.session();
    expect(again.body.csrfToken).toBe(reply.body.csrfToken);
    expect(again.headers.getSetCookie()).toEqual([]);
  });

  it("signs in: the session body, a new CSRF token and the session cookie", async () => {
    const browser = new Browser(t.app);
    const before = (await browser.session()).body.csrfToken;
    const reply = await browser.request("POST", "/api/session", { email: " Owner@Example.org ", password });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      user: { id: ownerId, email, name: "Olive Owner", isAdmin: true },
      workspaces: [{ id: expect.any(String), slug: "my-workspace", name: "My workspace", role: "owner" }],
      csrfToken: expect.stringMatching(token43),
    });
    expect(reply.body.csrfToken).not.toBe(before);
    const cookie = browser.cookies.get("smartspec_session");
    expect(cookie).toMatch(token43);
    expect(reply.headers.getSetCookie()).toEqual([
      `smartspec_session=${cookie}; Max-Age=1209600; Path=/; HttpOnly; SameSite=Lax`,
    ]);
    const session = await browser.session();
    expect(session.body.user).toEqual({ id: ownerId, email, name: "Olive Owner", isAdmin: true });
    expect(session.body.csrfToken).toBe(reply.body.csrfToken);
  });

  it("marks cookies Secure when the public URL is https", async () => {
    const browser = new Browser(t.appWith({ publicUrl: "https://smartspec.example.org" }));
    const first = await browser.session();
    expect(first.headers.getSetCookie()[0]).toMatch(/; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    const reply = await browser.request("POST", "/api/session", { email, password });
    expect(reply.headers.getSetCookie()[0]).toMatch(
      /; Max-Age=1209600; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
    expect(reply.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("answers a wrong password and an unknown email with the same 401", async () => {
    const wrongPassword = await new Browser(t.app, "198.51.100.50").signIn(email, "not the password at all");
    const unknownEmail = await new Browser(t.app, "198.51.100.51").signIn("nobody@example.org", password);
    const expected = {
      error: { code: "invalid-credentials", message: "The email or password is not correct" },
    };
    expect([wrongPassword.status, wrongPassword.body]).toEqual([401, expected]);
    expect([unknownEmail.status, unknownEmail.body]).toEqual([401, expected]);
    expect(wrongPassword.headers.getSetCookie()).toEqual([]);
  });

  it("signs out: 204, the cookie cleared, the session gone from the database", async () => {
    const browser = new Browser(t.app);
    await browser.signIn(email, password);
    const token = browser.cookies.get("smartspec_session")!;
    const reply = await browser.request("DELETE", "/api/session");
    expect(reply.status).toBe(204);
    expect(reply.body).toBe("");
    expect(reply.headers.getSetCookie()).toEqual([
      "smartspec_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax",
    ]);
    // Replaying the old cookie gets nobody.
    const replay = await t.app.request("/api/session", { headers: { cookie: `smartspec_session=${token}` } });
    expect(((await replay.json()) as { user: unknown }).user).toBeNull();
    expect(replay.headers.getSetCookie()[0]).toMatch(/^smartspec_session=; Max-Age=0;/);
  });

  it("never honours a session token planted before sign-in (fixation)", async () => {
    const planted = "P".repeat(43);
    const victim = new Browser(t.app);
    victim.cookies.set("smartspec_session", planted);
    const session = await victim.session();
    expect(session.body.user).toBeNull();
    victim.cookies.set("smartspec_session", planted); // re-plant: GET /api/session cleared it
    const reply = await victim.request("POST", "/api/session", { email, password });
    expect(reply.status).toBe(200);
    expect(victim.cookies.get("smartspec_session")).not.toBe(planted);
    const attacker = await t.app.request("/api/session", {
      headers: { cookie: `smartspec_session=${planted}` },
    });
    expect(((await attacker.json()) as { user: unknown }).user).toBeNull();
  });

  it("issues a new token at every sign-in and ends the one the browser had", async () => {
    const browser = new Browser(t.app);
    await browser.signIn(email, password);
    const first = browser.cookies.get("smartspec_session")!;
    await browser.request("POST", "/api/session", { email, password });
    const second = browser.cookies.get("smartspec_session")!;
    expect(second).not.toBe(first);
    const old = await t.app.request("/api/session", { headers: { cookie: `smartspec_session=${first}` } });
    expect(((await old.json()) as { user: unknown }).user).toBeNull();
  });

  it("limits failures per email: the 6th attempt gets 429 with Retry-After, even with the right password", async () => {
    await join(t, ownerId, "my-workspace", "limited@example.org", "viewer");
    const browser = new Browser(t.app, "198.51.100.60");
    await browser.session();
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      statuses.push(
        (
          await browser.request("POST", "/api/session", {
            email: "limited@example.org",
            password: `wrong password ${attempt}`,
          })
        ).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const blocked = await browser.request("POST", "/api/session", { email: "limited@example.org", password });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toBe("900");
    expect(blocked.body).toEqual({
      error: { code: "rate-limited", message: "Too many failed sign-in attempts. Try again in 15 minutes." },
    });
    t.clock.now = new Date(t.clock.now.getTime() + 15 * 60 * 1000);
    const later = await browser.request("POST", "/api/session", { email: "limited@example.org", password });
    expect(later.status).toBe(200);
  });

  it("limits failures per client address: 20 in 15 minutes, then 429", async () => {
    const browser = new Browser(t.app, "203.0.113.7");
    await browser.session();
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 20; attempt++) {
      const reply = await browser.request("POST", "/api/session", {
        email: `guess${attempt}@example.org`,
        password,
      });
      statuses.push(reply.status);
    }
    expect(statuses).toEqual(Array(20).fill(401));
    const blocked = await browser.request("POST", "/api/session", { email, password });
    expect([blocked.status, blocked.headers.get("retry-after")]).toEqual([429, "900"]);
    const otherAddress = await new Browser(t.app, "203.0.113.8").signIn(email, password);
    expect(otherAddress.status).toBe(200);
  });
});
