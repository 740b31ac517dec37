// One suite, every dialect: PGlite always, PostgreSQL when TEST_DATABASE_URL is set (a connection
// failure then fails the run). Each dialect gets its own fresh database (PostgreSQL: its own schema).
// Expected values are written out by hand from the inputs each test inserts.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  claimDueMail,
  clearRateLimitEvents,
  countAdmins,
  countOwners,
  type Database,
  deleteMembership,
  deleteSession,
  deleteSessionsOfUser,
  deleteStaleSessions,
  enqueueMail,
  findInvitationByTokenHash,
  findMemberRole,
  findMemberWorkspace,
  findSession,
  findUserByEmail,
  insertMembership,
  insertPasswordReset,
  insertSession,
  insertUser,
  insertWorkspace,
  listAllMail,
  listBundledDatasets,
  listMembers,
  listMemberWorkspaces,
  listPendingInvitations,
  listWorkspaceMail,
  markInvitationAccepted,
  markMailAttemptFailed,
  markMailSent,
  migrateToLatest,
  readCachedAnalysis,
  readSettings,
  recentRateLimitEvents,
  recordRateLimitEvent,
  recoverInterruptedMail,
  replaceInvitation,
  touchSession,
  updateMemberRole,
  upsertBundledDatasets,
  usePasswordReset,
  withTransaction,
  writeCachedAnalysis,
  writeSetting,
} from "../src/index.ts";
import { testDatabase, testDialects } from "../src/testing.ts";

const t0 = new Date("2026-03-01T12:00:00.000Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe.each(testDialects())("storage on %s", (dialect) => {
  let database: Database;
  let seq = 0;
  /** A distinct email per call, so tests sharing the database never collide. */
  const email = (name: string) => `${name}.${++seq}@example.org`;
  const newUser = async (name: string, isAdmin = false) => {
    const user = await insertUser(database.db, { email: email(name), name, passwordHash: "h", isAdmin });
    if (!user) throw new Error("insert failed");
    return user;
  };
  const newWorkspace = async (slug: string) => {
    const workspace = await insertWorkspace(database.db, { slug: `${slug}-${++seq}`, name: slug });
    if (!workspace) throw new Error("insert failed");
    return workspace;
  };

  beforeAll(async () => {
    database = await testDatabase(dialect);
  });
  afterAll(async () => {
    await database?.close();
  });

  test("reports its dialect and finds nothing left to migrate", async () => {
    expect(database.dialect).toBe(dialect);
    expect(await migrateToLatest(database)).toEqual([]);
  });

  test("users: emails are unique ignoring case and found ignoring case", async () => {
    const ann = await newUser("ann");
    expect(
      await insertUser(database.db, {
        email: ann.email.toUpperCase(),
        name: "x",
        passwordHash: "h",
        isAdmin: false,
      }),
    ).toBeUndefined();
    const found = await findUserByEmail(database.db, ann.email.toUpperCase());
    expect(found).toEqual({ ...ann });
    expect(found?.isAdmin).toBe(false);
    expect(found?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test("users: counts admins", async () => {
    const before = await countAdmins(database.db);
    await newUser("admin", true);
    expect(await countAdmins(database.db)).toBe(before + 1);
  });

  test("workspaces: slug is unique; members see it with their role, others do not", async () => {
    const ws = await newWorkspace("north");
    expect(await insertWorkspace(database.db, { slug: ws.slug, name: "again" })).toBeUndefined();
    const owner = await newUser("owner");
    const stranger = await newUser("stranger");
    expect(await insertMembership(database.db, { workspaceId: ws.id, userId: owner.id, role: "owner" })).toBe(
      true,
    );
    expect(
      await insertMembership(database.db, { workspaceId: ws.id, userId: owner.id, role: "viewer" }),
    ).toBe(false);
    expect(await findMemberWorkspace(database.db, ws.slug, owner.id)).toEqual({ ...ws, role: "owner" });
    expect(await findMemberWorkspace(database.db, ws.slug, stranger.id)).toBeUndefined();
  });

  test("workspaces: a user's workspaces come by name", async () => {
    const user = await newUser("multi");
    const zeta = await insertWorkspace(database.db, { slug: `zeta-${++seq}`, name: "Zeta" });
    const alpha = await insertWorkspace(database.db, { slug: `alpha-${++seq}`, name: "Alpha" });
    await insertMembership(database.db, { workspaceId: zeta!.id, userId: user.id, role: "viewer" });
    await insertMembership(database.db, { workspaceId: alpha!.id, userId: user.id, role: "analyst" });
    expect(await listMemberWorkspaces(database.db, user.id)).toEqual([
      { ...alpha, role: "analyst" },
      { ...zeta, role: "viewer" },
    ]);
  });

  test("memberships: roles, owner count, update and delete; an unknown role is refused", async () => {
    const ws = await newWorkspace("roles");
    const a = await newUser("a");
    const b = await newUser("b");
    await insertMembership(database.db, { workspaceId: ws.id, userId: a.id, role: "owner" });
    await insertMembership(database.db, { workspaceId: ws.id, userId: b.id, role: "viewer" });
    expect(await countOwners(database.db, ws.id)).toBe(1);
    expect(await updateMemberRole(database.db, ws.id, b.id, "owner")).toBe(true);
    expect(await countOwners(database.db, ws.id)).toBe(2);
    expect(await findMemberRole(database.db, ws.id, b.id)).toBe("owner");
    expect((await listMembers(database.db, ws.id)).map((m) => [m.name, m.role])).toEqual([
      ["a", "owner"],
      ["b", "owner"],
    ]);
    await expect(updateMemberRole(database.db, ws.id, b.id, "admin")).rejects.toMatchObject({
      code: "23514",
    });
    expect(await deleteMembership(database.db, ws.id, b.id)).toBe(true);
    expect(await deleteMembership(database.db, ws.id, b.id)).toBe(false);
    expect(await findMemberRole(database.db, ws.id, b.id)).toBeUndefined();
  });

  test("transactions: a throw rolls every write back", async () => {
    const slug = `rollback-${++seq}`;
    await expect(
      withTransaction(database, async (trx) => {
        await insertWorkspace(trx, { slug, name: "gone" });
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    expect(await insertWorkspace(database.db, { slug, name: "kept" })).toMatchObject({ slug, name: "kept" });
  });

  test("invitations: a new one replaces a pending one; acceptance happens once", async () => {
    const ws = await newWorkspace("invites");
    const owner = await newUser("inviter");
    const invitation = {
      workspaceId: ws.id,
      email: "new@example.org",
      role: "analyst",
      invitedBy: owner.id,
      createdAt: at(0),
      expiresAt: at(3600),
    };
    await replaceInvitation(database.db, { ...invitation, tokenHash: `first-${seq}` });
    const id = await replaceInvitation(database.db, {
      ...invitation,
      tokenHash: `second-${seq}`,
      createdAt: at(1),
    });
    expect(await findInvitationByTokenHash(database.db, `first-${seq}`)).toBeUndefined();
    expect(await findInvitationByTokenHash(database.db, `second-${seq}`)).toEqual({
      id,
      workspaceId: ws.id,
      workspaceSlug: ws.slug,
      workspaceName: "invites",
      email: "new@example.org",
      role: "analyst",
      expiresAt: at(3600),
      acceptedAt: null,
    });
    expect((await listPendingInvitations(database.db, ws.id, at(10))).map((i) => i.id)).toEqual([id]);
    expect(await listPendingInvitations(database.db, ws.id, at(3600))).toEqual([]);
    expect(await markInvitationAccepted(database.db, id, at(20))).toBe(true);
    expect(await markInvitationAccepted(database.db, id, at(21))).toBe(false);
    expect((await findInvitationByTokenHash(database.db, `second-${seq}`))?.acceptedAt).toEqual(at(20));
  });

  test("sessions: stored, touched, and deleted one by one or per user", async () => {
    const user = await newUser("session");
    const session = {
      tokenHash: `s1-${seq}`,
      userId: user.id,
      csrfToken: "csrf",
      createdAt: at(0),
      expiresAt: at(14 * 86400),
      lastSeenAt: at(0),
    };
    await insertSession(database.db, session);
    await insertSession(database.db, { ...session, tokenHash: `s2-${seq}` });
    await insertSession(database.db, { ...session, tokenHash: `s3-${seq}` });
    expect(await findSession(database.db, `s1-${seq}`)).toEqual(session);
    await touchSession(database.db, `s1-${seq}`, at(90));
    expect((await findSession(database.db, `s1-${seq}`))?.lastSeenAt).toEqual(at(90));
    await deleteSession(database.db, `s1-${seq}`);
    expect(await findSession(database.db, `s1-${seq}`)).toBeUndefined();
    expect(await deleteSessionsOfUser(database.db, user.id)).toBe(2);
  });

  test("sessions: stale ones (past their end, or idle) are removed, live ones stay", async () => {
    const user = await newUser("stale");
    const base = { userId: user.id, csrfToken: "c", createdAt: at(0) };
    await insertSession(database.db, {
      ...base,
      tokenHash: `ended-${seq}`,
      expiresAt: at(100),
      lastSeenAt: at(90),
    });
    await insertSession(database.db, {
      ...base,
      tokenHash: `idle-${seq}`,
      expiresAt: at(1000),
      lastSeenAt: at(10),
    });
    await insertSession(database.db, {
      ...base,
      tokenHash: `live-${seq}`,
      expiresAt: at(1000),
      lastSeenAt: at(90),
    });
    // now = 100 s: `ended` reached its end; idle since before 50 s: `idle`.
    expect(await deleteStaleSessions(database.db, at(100), at(50))).toBe(2);
    expect(await findSession(database.db, `ended-${seq}`)).toBeUndefined();
    expect(await findSession(database.db, `idle-${seq}`)).toBeUndefined();
    expect(await findSession(database.db, `live-${seq}`)).toBeDefined();
  });

  test("password resets: used once, and not at or after expiry", async () => {
    const user = await newUser("reset");
    await insertPasswordReset(database.db, {
      tokenHash: `r1-${seq}`,
      userId: user.id,
      createdAt: at(0),
      expiresAt: at(3600),
    });
    await insertPasswordReset(database.db, {
      tokenHash: `r2-${seq}`,
      userId: user.id,
      createdAt: at(0),
      expiresAt: at(3600),
    });
    expect(await usePasswordReset(database.db, `r1-${seq}`, at(3599))).toBe(user.id);
    expect(await usePasswordReset(database.db, `r1-${seq}`, at(3599))).toBeUndefined();
    expect(await usePasswordReset(database.db, `r2-${seq}`, at(3600))).toBeUndefined();
    expect(await usePasswordReset(database.db, "unknown", at(0))).toBeUndefined();
  });

  test("outbox: due mail is claimed once, oldest first, by concurrent claimers", async () => {
    // Earlier tests' mail would be claimed too: start from an outbox with nothing due.
    await claimDueMail(database.db, at(1e6), 1000);
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      ids.push(
        await enqueueMail(database.db, {
          to: `r${i}@example.org`,
          subject: `s${i}`,
          text: "t",
          workspaceId: null,
          status: "queued",
          createdAt: at(i),
        }),
      );
    }
    await enqueueMail(database.db, {
      to: "k@example.org",
      subject: "kept",
      text: "t",
      workspaceId: null,
      status: "kept",
      createdAt: at(0),
    });
    // Four claimers, each claiming 3 at a time until it finds nothing: every mail exactly once.
    const claimUntilEmpty = async () => {
      const mine: { id: string; status: string; attempts: number }[] = [];
      for (;;) {
        const batch = await claimDueMail(database.db, at(100), 3);
        if (batch.length === 0) return mine;
        mine.push(...batch);
      }
    };
    const claims = (await Promise.all([1, 2, 3, 4].map(claimUntilEmpty))).flat();
    const claimed = claims.map((m) => m.id);
    expect(claimed.length).toBe(10);
    expect(new Set(claimed)).toEqual(new Set(ids));
    expect(claims.every((m) => m.status === "sending" && m.attempts === 1)).toBe(true);
    expect(await claimDueMail(database.db, at(100), 4)).toEqual([]);
  });

  test("outbox: sent, retried later, failed; not due before its next attempt", async () => {
    await claimDueMail(database.db, at(1e6), 1000);
    const base = {
      subject: "s",
      text: "t",
      workspaceId: null,
      status: "queued" as const,
      createdAt: at(2e6),
    };
    const sentId = await enqueueMail(database.db, { ...base, to: "sent@example.org" });
    const retryId = await enqueueMail(database.db, { ...base, to: "retry@example.org" });
    const failId = await enqueueMail(database.db, { ...base, to: "fail@example.org" });
    expect((await claimDueMail(database.db, at(2e6), 10)).length).toBe(3);
    await markMailSent(database.db, sentId, at(2e6 + 1));
    await markMailAttemptFailed(database.db, retryId, "busy", at(2e6 + 30));
    await markMailAttemptFailed(database.db, failId, "no such user", null);
    expect(await claimDueMail(database.db, at(2e6 + 29), 10)).toEqual([]);
    const again = await claimDueMail(database.db, at(2e6 + 30), 10);
    expect(again.map((m) => [m.id, m.attempts, m.lastError])).toEqual([[retryId, 2, "busy"]]);
    const all = await listAllMail(database.db);
    const byId = new Map(all.map((m) => [m.id, m]));
    expect(byId.get(sentId)).toMatchObject({ status: "sent", sentAt: at(2e6 + 1), lastError: null });
    expect(byId.get(failId)).toMatchObject({ status: "failed", lastError: "no such user", sentAt: null });
  });

  test("outbox: an interrupted send is queued again, or failed when its attempts are used up", async () => {
    // Earlier tests' claims out of the way first (they are older than every claim below).
    await claimDueMail(database.db, at(1e6), 1000);
    await recoverInterruptedMail(database.db, at(3e6), at(3e6), 0);
    const mail = (to: string) =>
      enqueueMail(database.db, {
        to,
        subject: "s",
        text: "t",
        workspaceId: null,
        status: "queued",
        createdAt: at(3e6),
      });
    const once = await mail("once@example.org");
    const spent = await mail("spent@example.org");
    // Claimed at t = 3e6 + k and left (the sender stopped), five times: attempts 1..5.
    for (let k = 0; k < 5; k++) {
      if (k > 0) {
        // Only claims older than the cut-off are recovered: one at the cut-off itself is not.
        expect(await recoverInterruptedMail(database.db, at(3e6 + k - 1), at(3e6 + k), 9)).toEqual({
          requeued: 0,
          failed: 0,
        });
        expect(await recoverInterruptedMail(database.db, at(3e6 + k), at(3e6 + k), 9)).toEqual({
          requeued: 2,
          failed: 0,
        });
      }
      const claimed = await claimDueMail(database.db, at(3e6 + k), 10);
      expect(claimed.map((m) => m.id).sort()).toEqual([once, spent].sort());
    }
    await markMailSent(database.db, once, at(3e6 + 5));
    expect(await recoverInterruptedMail(database.db, at(3e6 + 5), at(3e6 + 5), 5)).toEqual({
      requeued: 0,
      failed: 1,
    });
    const byId = new Map((await listAllMail(database.db)).map((m) => [m.id, m]));
    expect(byId.get(once)).toMatchObject({ status: "sent", attempts: 5 });
    expect(byId.get(spent)).toMatchObject({ status: "failed", attempts: 5 });
    expect(byId.get(spent)?.lastError).toMatch(/^Delivery was interrupted .*: no attempts left$/);
  });

  test("outbox: a workspace reads its own mail and instance mail to its members only", async () => {
    const ws = await newWorkspace("mail");
    const other = await newWorkspace("other");
    const member = await newUser("member");
    await insertMembership(database.db, { workspaceId: ws.id, userId: member.id, role: "viewer" });
    const base = { subject: "s", text: "t", status: "kept" as const };
    const own = await enqueueMail(database.db, {
      ...base,
      to: "x@example.org",
      workspaceId: ws.id,
      createdAt: at(1),
    });
    await enqueueMail(database.db, { ...base, to: "y@example.org", workspaceId: other.id, createdAt: at(2) });
    const reset = await enqueueMail(database.db, {
      ...base,
      to: member.email.toUpperCase(),
      workspaceId: null,
      createdAt: at(3),
    });
    await enqueueMail(database.db, {
      ...base,
      to: "nobody@example.org",
      workspaceId: null,
      createdAt: at(4),
    });
    expect((await listWorkspaceMail(database.db, ws.id)).map((m) => m.id)).toEqual([reset, own]);
  });

  test("rate-limit events: counted per key inside the window; old ones forgotten", async () => {
    const key = `login:email:${seq++}`;
    await recordRateLimitEvent(database.db, key, at(0), at(-900));
    await recordRateLimitEvent(database.db, key, at(10), at(-890));
    await recordRateLimitEvent(database.db, `${key}-other`, at(10), at(-890));
    expect(await recentRateLimitEvents(database.db, key, at(-1))).toEqual([at(0), at(10)]);
    expect(await recentRateLimitEvents(database.db, key, at(0))).toEqual([at(10)]);
    await recordRateLimitEvent(database.db, key, at(901), at(1));
    expect(await recentRateLimitEvents(database.db, key, at(-1000))).toEqual([at(10), at(901)]);
    await clearRateLimitEvents(database.db, key);
    expect(await recentRateLimitEvents(database.db, key, at(-1000))).toEqual([]);
  });

  test("settings: public open data defaults to true; values round-trip as JSON", async () => {
    expect((await readSettings(database.db)).public_open_data).toBe(true);
    await writeSetting(database.db, "public_open_data", false);
    await writeSetting(database.db, "list", [1, "two"]);
    expect(await readSettings(database.db)).toMatchObject({ public_open_data: false, list: [1, "two"] });
    await writeSetting(database.db, "public_open_data", true);
  });

  test("analysis cache: JSON and bytes round-trip; the first value under a key stands", async () => {
    const bytes = new Uint8Array([0, 1, 254, 255]);
    expect(
      await writeCachedAnalysis(database.db, "sha256:abc|smartspec|{}", { json: { eci: [0.5, -1] } }, at(0)),
    ).toBe(true);
    expect(
      await writeCachedAnalysis(database.db, "sha256:abc|smartspec|{}", { json: { eci: [9] } }, at(1)),
    ).toBe(false);
    expect(await writeCachedAnalysis(database.db, "bytes", { bytes }, at(0))).toBe(true);
    expect(await readCachedAnalysis(database.db, "sha256:abc|smartspec|{}")).toEqual({
      json: { eci: [0.5, -1] },
    });
    const read = await readCachedAnalysis(database.db, "bytes");
    expect(read && "bytes" in read ? Array.from(read.bytes) : null).toEqual([0, 1, 254, 255]);
    expect(await readCachedAnalysis(database.db, "missing")).toBeUndefined();
  });

  test("datasets: bundled sets registered in order, refreshed without a new loaded_at", async () => {
    await upsertBundledDatasets(
      database.db,
      [
        { id: "b-set", title: "B", kind: "table", metadata: { years: [2020] } },
        { id: "a-set", title: "A", kind: "lookup", metadata: {} },
      ],
      at(0),
    );
    await upsertBundledDatasets(
      database.db,
      [{ id: "b-set", title: "B2", kind: "table", metadata: { years: [2021] } }],
      at(50),
    );
    expect(await listBundledDatasets(database.db)).toEqual([
      {
        id: "b-set",
        workspaceId: null,
        title: "B2",
        kind: "table",
        metadata: { years: [2021] },
        loadedAt: at(0),
      },
      { id: "a-set", workspaceId: null, title: "A", kind: "lookup", metadata: {}, loadedAt: at(0) },
    ]);
  });
});
