// Password reset by emailed link: no account enumeration, one hour, single use, sessions ended.
import { listAllMail } from "@smartspec/storage";
import { testDialects } from "@smartspec/storage/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  confirmPasswordReset,
  createFirstOwner,
  invalidResetTokenMessage,
  logIn,
  readOutbox,
  requestPasswordReset,
  sessionFromToken,
} from "../../src/platform/index.ts";
import { goodPassword, type PlatformFixture, platformFixture, tokenFromMail } from "./platform-fixture.ts";

const newPassword = "a brand new passphrase";

describe.each(testDialects())("password reset on %s", (dialect) => {
  let f: PlatformFixture;
  let ownerId: string;
  const email = "ann@example.org";

  /** Requests a reset for Ann and returns the token from the newest mail in her outbox. */
  const requestToken = async () => {
    f.clock.advance(1000); // each mail a second newer than the last, so "newest" is this one
    await requestPasswordReset(f.ctx, { email: "  ANN@example.org" });
    const [mail] = await readOutbox(f.ctx, { userId: ownerId, slug: "my-workspace" });
    return tokenFromMail(mail?.text ?? "", "/reset-password");
  };

  beforeAll(async () => {
    f = await platformFixture(dialect);
    ownerId = (await createFirstOwner(f.ctx, { email, password: goodPassword })).user.id;
  });
  afterAll(async () => {
    await f?.close();
  });

  test("an unknown or malformed email resolves the same and mails nothing", async () => {
    await expect(requestPasswordReset(f.ctx, { email: "nobody@example.org" })).resolves.toBeUndefined();
    await expect(requestPasswordReset(f.ctx, { email: "not an email" })).resolves.toBeUndefined();
    expect(await listAllMail(f.ctx.database.db)).toEqual([]);
  });

  test("the mail is kept in the outbox with the link alone on its line", async () => {
    await requestToken();
    const [mail] = await readOutbox(f.ctx, { userId: ownerId, slug: "my-workspace" });
    expect(mail).toMatchObject({
      to: email,
      subject: "Reset your smartspec password",
      status: "kept",
      sentAt: null,
    });
    const lines = mail?.text.split("\n") ?? [];
    expect(lines[4]).toMatch(/^https:\/\/smartspec\.test\/reset-password\/[A-Za-z0-9_-]{43}$/);
  });

  test("the token sets a new password once and ends every session", async () => {
    const session = await logIn(f.ctx, { email, password: goodPassword });
    const token = await requestToken();
    await confirmPasswordReset(f.ctx, { token, password: newPassword });
    expect(await sessionFromToken(f.ctx, { token: session.token })).toBeNull();
    await expect(logIn(f.ctx, { email, password: goodPassword })).rejects.toMatchObject({
      code: "invalid-credentials",
    });
    expect((await logIn(f.ctx, { email, password: newPassword })).user.email).toBe(email);
    await expect(
      confirmPasswordReset(f.ctx, { token, password: "yet another passphrase" }),
    ).rejects.toMatchObject({
      code: "invalid-token",
      message: invalidResetTokenMessage,
    });
  });

  test("a too-short password is refused and the token stays usable", async () => {
    const token = await requestToken();
    await expect(confirmPasswordReset(f.ctx, { token, password: "short" })).rejects.toMatchObject({
      code: "validation",
      field: "password",
    });
    await expect(confirmPasswordReset(f.ctx, { token, password: goodPassword })).resolves.toBeUndefined();
  });

  test("the token works until 59:59 after the request and not at 60:00", async () => {
    const early = await requestToken();
    f.clock.advance(60 * 60_000 - 1000);
    await expect(
      confirmPasswordReset(f.ctx, { token: early, password: goodPassword }),
    ).resolves.toBeUndefined();
    const late = await requestToken();
    f.clock.advance(60 * 60_000);
    await expect(confirmPasswordReset(f.ctx, { token: late, password: goodPassword })).rejects.toMatchObject({
      code: "invalid-token",
    });
  });

  test("malformed and unknown tokens are invalid", async () => {
    for (const token of ["", "../../etc/passwd", "B".repeat(43)]) {
      await expect(confirmPasswordReset(f.ctx, { token, password: goodPassword })).rejects.toMatchObject({
        code: "invalid-token",
      });
    }
  });
});
