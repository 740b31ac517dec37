// Password reset through the outbox (no SMTP): the owner reads the mail in
// GET /api/workspaces/:slug/outbox, the link sets a new password once, every session ends, and
// an unknown email gets the same 202. Validity (1 hour) from the contract, checked on the clock.
import { createFirstOwner } from "@smartspec/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser } from "./support/browser.ts";
import { password } from "./support/team.ts";
import { publicUrl, type TestApp, testApp } from "./support/test-app.ts";

const email = "owner@example.org";
const newPassword = "a brand new passphrase";

describe("password reset through the outbox", () => {
  let t: TestApp;
  let owner: Browser;

  beforeAll(async () => {
    t = await testApp();
    await createFirstOwner(t.platform, { email, password });
    owner = new Browser(t.app);
    await owner.signIn(email, password);
  });
  afterAll(() => t.close());

  /** The newest reset link in the owner's outbox. */
  async function newestResetToken(): Promise<string> {
    const outbox = await owner.request("GET", "/api/workspaces/my-workspace/outbox");
    expect(outbox.status).toBe(200);
    const mail = outbox.body.find((m: { subject: string }) => /password/i.test(m.subject));
    const match = new RegExp(`^${publicUrl}/reset-password/([A-Za-z0-9_-]{43})$`, "m").exec(mail.text);
    return match![1]!;
  }

  it("answers 202 with no body whether or not the email has an account", async () => {
    const anonymous = new Browser(t.app);
    await anonymous.session();
    for (const address of ["nobody@example.org", email, "not an email"]) {
      const reply = await anonymous.request("POST", "/api/password-resets", { email: address });
      expect([reply.status, reply.body]).toEqual([202, ""]);
    }
    const outbox = await owner.request("GET", "/api/workspaces/my-workspace/outbox");
    expect(outbox.body).toHaveLength(1);
    expect(outbox.body[0]).toEqual({
      id: expect.any(String),
      to: email,
      subject: expect.any(String),
      text: expect.stringContaining(`${publicUrl}/reset-password/`),
      createdAt: "2026-03-02T09:00:00.000Z",
      sentAt: null,
      status: "kept",
    });
  });

  it("sets the new password once, ends every session, and refuses the link a second time", async () => {
    const token = await newestResetToken();
    const other = new Browser(t.app);
    await other.signIn(email, password);
    const reset = new Browser(t.app);
    await reset.session();
    const short = await reset.request("POST", "/api/password-resets/confirm", { token, password: "short" });
    expect([short.status, short.body]).toEqual([
      400,
      { error: { code: "validation", message: "password: Password must be at least 12 characters" } },
    ]);
    const done = await reset.request("POST", "/api/password-resets/confirm", {
      token,
      password: newPassword,
    });
    expect([done.status, done.body]).toEqual([204, ""]);
    for (const browser of [owner, other]) expect((await browser.session()).body.user).toBeNull();
    const again = await reset.request("POST", "/api/password-resets/confirm", {
      token,
      password: "yet another passphrase",
    });
    expect([again.status, again.body]).toEqual([
      400,
      {
        error: {
          code: "invalid-token",
          message: "This password reset link is not valid: it may have expired or been used",
        },
      },
    ]);
    expect((await new Browser(t.app, "198.51.100.31").signIn(email, password)).status).toBe(401);
    const signedIn = await owner.signIn(email, newPassword);
    expect(signedIn.status).toBe(200);
  });

  it("refuses a link older than one hour", async () => {
    await owner.request("POST", "/api/password-resets", { email });
    const token = await newestResetToken();
    t.clock.now = new Date(t.clock.now.getTime() + 60 * 60 * 1000 + 1000);
    const reply = await owner.request("POST", "/api/password-resets/confirm", {
      token,
      password: "too late passphrase",
    });
    expect([reply.status, reply.body.error.code]).toEqual([400, "invalid-token"]);
  });
});
