// First owner, login, sessions and rate limits on every test dialect, with a hand-moved clock.
import { findSession, findUserByEmail } from "@smartspec/storage";
import { testDialects } from "@smartspec/storage/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  createFirstOwner,
  invalidCredentialsMessage,
  logIn,
  logOut,
  type PlatformError,
  pruneSessions,
  sessionFromToken,
} from "../../src/platform/index.ts";
import { hashToken } from "../../src/platform/tokens.ts";
import { goodPassword, type PlatformFixture, platformFixture } from "./platform-fixture.ts";

const minute = 60_000;
const hour = 60 * minute;

describe.each(testDialects())("accounts on %s", (dialect) => {
  let f: PlatformFixture;
  beforeAll(async () => {
    f = await platformFixture(dialect);
  });
  afterAll(async () => {
    await f?.close();
  });

  test("the first owner is the admin of a new workspace; a second is refused", async () => {
    const { user, workspace } = await createFirstOwner(f.ctx, {
      email: " Ann@Example.org ",
      password: goodPassword,
    });
    expect(user).toMatchObject({ email: "ann@example.org", name: "ann", isAdmin: true });
    expect(workspace).toMatchObject({ slug: "my-workspace", name: "My workspace", role: "owner" });
    await expect(
      createFirstOwner(f.ctx, { email: "bo@example.org", password: goodPassword, workspaceSlug: "other" }),
    ).rejects.toMatchObject({
      code: "conflict",
      message: "An admin already exists: this instance has its first owner",
    });
  });

  test("passwords are stored as argon2id hashes with the OWASP minimum parameters", async () => {
    const stored = await findUserByEmail(f.ctx.database.db, "ann@example.org");
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  test("a bad field is a validation error naming the field", async () => {
    await expect(
      createFirstOwner(f.ctx, { email: "x@example.org", password: "short" }),
    ).rejects.toMatchObject({
      code: "validation",
      field: "password",
      message: "password: Password must be at least 12 characters",
    });
  });

  test("a wrong password and an unknown email fail with the same message", async () => {
    const wrong = await logIn(f.ctx, { email: "ann@example.org", password: "not the password" }).catch(
      (e) => e,
    );
    const unknown = await logIn(f.ctx, { email: "nobody@example.org", password: goodPassword }).catch(
      (e) => e,
    );
    for (const error of [wrong, unknown] as PlatformError[]) {
      expect([error.code, error.message]).toEqual(["invalid-credentials", invalidCredentialsMessage]);
    }
  });

  test("login gives a 43-character token stored only as its sha256, and a session for it", async () => {
    const session = await logIn(f.ctx, { email: "ANN@example.org", password: goodPassword });
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.expiresAt).toEqual(new Date(f.clock.now().getTime() + 14 * 24 * hour));
    expect(await findSession(f.ctx.database.db, session.token)).toBeUndefined();
    expect(await findSession(f.ctx.database.db, hashToken(session.token))).toMatchObject({
      userId: session.user.id,
    });
    const current = await sessionFromToken(f.ctx, { token: session.token });
    expect(current).toMatchObject({
      user: { email: "ann@example.org", isAdmin: true },
      csrfToken: session.csrfToken,
    });
    const second = await logIn(f.ctx, { email: "ann@example.org", password: goodPassword });
    expect(second.token).not.toBe(session.token);
  });

  test("a session ends after 12 idle hours; activity slides the idle limit", async () => {
    const { token } = await logIn(f.ctx, { email: "ann@example.org", password: goodPassword });
    f.clock.advance(11 * hour);
    expect(await sessionFromToken(f.ctx, { token })).not.toBeNull();
    f.clock.advance(11 * hour); // 22 h after login, 11 h after the last request
    expect(await sessionFromToken(f.ctx, { token })).not.toBeNull();
    f.clock.advance(12 * hour);
    expect(await sessionFromToken(f.ctx, { token })).toBeNull();
    expect(await findSession(f.ctx.database.db, hashToken(token))).toBeUndefined();
  });

  test("a session ends 14 days after login however active", async () => {
    const { token } = await logIn(f.ctx, { email: "ann@example.org", password: goodPassword });
    // A request every 8 hours (inside the 12 h idle limit): 41 x 8 h = 328 h is still inside the
    // 336 h (14 days) limit, 42 x 8 h = 336 h is not.
    for (let step = 1; step <= 41; step++) {
      f.clock.advance(8 * hour);
      expect(await sessionFromToken(f.ctx, { token })).not.toBeNull();
    }
    f.clock.advance(8 * hour);
    expect(await sessionFromToken(f.ctx, { token })).toBeNull();
  });

  test("pruning deletes idle sessions and keeps live ones", async () => {
    await pruneSessions(f.ctx); // earlier tests' sessions
    const idle = await logIn(f.ctx, { email: "ann@example.org", password: goodPassword });
    f.clock.advance(6 * hour);
    const live = await logIn(f.ctx, { email: "ann@example.org", password: goodPassword });
    f.clock.advance(6 * hour); // idle: 12 h since its login; live: 6 h
    expect(await pruneSessions(f.ctx)).toBe(1);
    expect(await findSession(f.ctx.database.db, hashToken(idle.token))).toBeUndefined();
    expect(await sessionFromToken(f.ctx, { token: live.token })).not.toBeNull();
  });

  test("logout ends the session; malformed and unknown tokens have none", async () => {
    const { token } = await logIn(f.ctx, { email: "ann@example.org", password: goodPassword });
    await logOut(f.ctx, { token });
    expect(await sessionFromToken(f.ctx, { token })).toBeNull();
    expect(await sessionFromToken(f.ctx, { token: "'; drop table sessions;--" })).toBeNull();
    expect(await sessionFromToken(f.ctx, { token: "A".repeat(43) })).toBeNull();
  });

  test("5 failures per email in 15 minutes block even the right password, with Retry-After", async () => {
    const email = "ann@example.org";
    // Failures at 0, 1, 2, 3, 4 s; the sixth attempt at 10 s waits until the first leaves the
    // 900 s window: 900 - 10 = 890 s.
    const start = f.clock.now().getTime();
    for (let i = 0; i < 5; i++) {
      f.clock.set(new Date(start + i * 1000));
      await expect(logIn(f.ctx, { email, password: "wrong password!" })).rejects.toMatchObject({
        code: "invalid-credentials",
      });
    }
    f.clock.set(new Date(start + 10_000));
    await expect(logIn(f.ctx, { email, password: goodPassword })).rejects.toMatchObject({
      code: "rate-limited",
      retryAfterSeconds: 890,
      message: "Too many failed sign-in attempts. Try again in 15 minutes.",
    });
    f.clock.set(new Date(start + 899_000));
    await expect(logIn(f.ctx, { email, password: goodPassword })).rejects.toMatchObject({
      retryAfterSeconds: 1,
    });
    f.clock.set(new Date(start + 900_000)); // the failure at 0 s is out of the window: 4 remain
    expect((await logIn(f.ctx, { email, password: goodPassword })).user.email).toBe(email);
    // Success cleared the email's failures: five more are allowed before the next block.
    for (let i = 0; i < 5; i++) {
      await expect(logIn(f.ctx, { email, password: "wrong password!" })).rejects.toMatchObject({
        code: "invalid-credentials",
      });
    }
    await expect(logIn(f.ctx, { email, password: goodPassword })).rejects.toMatchObject({
      code: "rate-limited",
      retryAfterSeconds: 900,
    });
    f.clock.advance(15 * minute);
  });

  test("20 failures from one address in 15 minutes block that address for every email", async () => {
    const clientAddress = "203.0.113.7";
    for (let i = 0; i < 20; i++) {
      await expect(
        logIn(f.ctx, { email: `guess${i}@example.org`, password: "wrong password!", clientAddress }),
      ).rejects.toMatchObject({ code: "invalid-credentials" });
    }
    await expect(
      logIn(f.ctx, { email: "ann@example.org", password: goodPassword, clientAddress }),
    ).rejects.toMatchObject({
      code: "rate-limited",
      retryAfterSeconds: 900,
    });
    const other = await logIn(f.ctx, {
      email: "ann@example.org",
      password: goodPassword,
      clientAddress: "203.0.113.8",
    });
    expect(other.user.email).toBe("ann@example.org");
  });
});
