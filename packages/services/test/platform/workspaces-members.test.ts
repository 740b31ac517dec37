// Workspaces, invitations and roles: who may do what, the last-owner rule, and invitation accept.
import { testDialects } from "@smartspec/storage/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  acceptInvitation,
  changeRole,
  createFirstOwner,
  createWorkspace,
  getWorkspace,
  invitationInfo,
  invite,
  listMembers,
  listWorkspaces,
  logIn,
  readOutbox,
  removeMember,
  renameWorkspace,
  sessionFromToken,
} from "../../src/platform/index.ts";
import { goodPassword, type PlatformFixture, platformFixture, tokenFromMail } from "./platform-fixture.ts";

describe.each(testDialects())("workspaces and members on %s", (dialect) => {
  let f: PlatformFixture;
  let owner: string;
  const slug = "north-east";

  /** Invites `email` as `role` and returns the token from the invitation mail. */
  const inviteToken = async (email: string, role: string) => {
    await invite(f.ctx, { userId: owner, slug, email, role });
    const mail = (await readOutbox(f.ctx, { userId: owner, slug })).find((m) => m.to === email);
    return tokenFromMail(mail?.text ?? "", "/invitations");
  };
  /** Creates an account for `email` through an invitation and returns its user id. */
  const join = async (email: string, role: string) => {
    const token = await inviteToken(email, role);
    const accepted = await acceptInvitation(f.ctx, {
      token,
      userId: null,
      name: email.split("@")[0],
      password: goodPassword,
    });
    return accepted.user.id;
  };

  beforeAll(async () => {
    f = await platformFixture(dialect);
    owner = (await createFirstOwner(f.ctx, { email: "ann@example.org", password: goodPassword, name: "Ann" }))
      .user.id;
    await createWorkspace(f.ctx, { userId: owner, name: "North East", slug });
  });
  afterAll(async () => {
    await f?.close();
  });

  test("the creator owns a new workspace; a taken slug is a conflict", async () => {
    expect(await listWorkspaces(f.ctx, { userId: owner })).toEqual([
      expect.objectContaining({ slug: "my-workspace", name: "My workspace", role: "owner" }),
      expect.objectContaining({ slug, name: "North East", role: "owner" }),
    ]);
    await expect(createWorkspace(f.ctx, { userId: owner, name: "Again", slug })).rejects.toMatchObject({
      code: "conflict",
      field: "slug",
    });
    await expect(
      createWorkspace(f.ctx, { userId: owner, name: "Bad", slug: "Bad Slug" }),
    ).rejects.toMatchObject({
      code: "validation",
      field: "slug",
    });
  });

  test("an invitation creates an account, signs it in, and joins it with the invited role", async () => {
    const token = await inviteToken("bo@example.org", "analyst");
    expect(await invitationInfo(f.ctx, { token })).toEqual({
      workspaceName: "North East",
      email: "bo@example.org",
      role: "analyst",
      accountExists: false,
    });
    await expect(
      acceptInvitation(f.ctx, { token, userId: null, password: goodPassword }),
    ).rejects.toMatchObject({
      code: "validation",
      field: "name",
    });
    const accepted = await acceptInvitation(f.ctx, {
      token,
      userId: null,
      name: "Bo",
      password: goodPassword,
    });
    expect(accepted.workspace).toMatchObject({ slug, name: "North East", role: "analyst" });
    expect(accepted.user).toMatchObject({ email: "bo@example.org", name: "Bo", isAdmin: false });
    const session = await sessionFromToken(f.ctx, { token: accepted.session?.token ?? "" });
    expect(session?.user.email).toBe("bo@example.org");
    await expect(
      acceptInvitation(f.ctx, { token, userId: null, name: "Bo", password: goodPassword }),
    ).rejects.toMatchObject({
      code: "not-found",
    });
    await expect(invitationInfo(f.ctx, { token })).rejects.toMatchObject({ code: "not-found" });
  });

  test("the invitation mail names inviter, workspace and role, link on its own line", async () => {
    await invite(f.ctx, { userId: owner, slug, email: "cy@example.org", role: "viewer" });
    const mail = (await readOutbox(f.ctx, { userId: owner, slug })).find((m) => m.to === "cy@example.org");
    expect(mail?.subject).toBe("You are invited to North East on smartspec");
    const lines = mail?.text.split("\n") ?? [];
    expect(lines[0]).toBe('Ann invites you to join the workspace "North East" on smartspec as viewer.');
    expect(lines[4]).toMatch(/^https:\/\/smartspec\.test\/invitations\/[A-Za-z0-9_-]{43}$/);
  });

  test("an existing account accepts only when signed in as the invited email", async () => {
    const dee = await join("dee@example.org", "viewer");
    await createWorkspace(f.ctx, { userId: owner, name: "South", slug: "south" });
    await invite(f.ctx, { userId: owner, slug: "south", email: "dee@example.org", role: "analyst" });
    const mail = (await readOutbox(f.ctx, { userId: owner, slug: "south" })).find(
      (m) => m.to === "dee@example.org",
    );
    const token = tokenFromMail(mail?.text ?? "", "/invitations");
    expect((await invitationInfo(f.ctx, { token })).accountExists).toBe(true);
    await expect(acceptInvitation(f.ctx, { token, userId: null })).rejects.toMatchObject({
      code: "unauthenticated",
    });
    await expect(acceptInvitation(f.ctx, { token, userId: owner })).rejects.toMatchObject({
      code: "forbidden",
    });
    const accepted = await acceptInvitation(f.ctx, { token, userId: dee });
    expect([accepted.session, accepted.workspace.slug, accepted.workspace.role]).toEqual([
      null,
      "south",
      "analyst",
    ]);
  });

  test("inviting a member is a conflict; only owners invite", async () => {
    const analyst = await join("eve@example.org", "analyst");
    await expect(
      invite(f.ctx, { userId: owner, slug, email: "EVE@example.org", role: "viewer" }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      invite(f.ctx, { userId: analyst, slug, email: "x@example.org", role: "viewer" }),
    ).rejects.toMatchObject({
      code: "forbidden",
      message: "Only owners can invite members",
    });
    await expect(
      invite(f.ctx, { userId: owner, slug, email: "x@example.org", role: "admin" }),
    ).rejects.toMatchObject({
      code: "validation",
      field: "role",
    });
  });

  test("non-members get not-found for every workspace use case, as if it did not exist", async () => {
    const outsider = (
      await acceptInvitation(f.ctx, {
        token: await (async () => {
          await createWorkspace(f.ctx, { userId: owner, name: "Elsewhere", slug: "elsewhere" });
          await invite(f.ctx, { userId: owner, slug: "elsewhere", email: "out@example.org", role: "owner" });
          const mail = (await readOutbox(f.ctx, { userId: owner, slug: "elsewhere" }))[0];
          return tokenFromMail(mail?.text ?? "", "/invitations");
        })(),
        userId: null,
        name: "Out",
        password: goodPassword,
      })
    ).user.id;
    const calls = [
      () => getWorkspace(f.ctx, { userId: outsider, slug }),
      () => getWorkspace(f.ctx, { userId: outsider, slug: "no-such-workspace" }),
      () => renameWorkspace(f.ctx, { userId: outsider, slug, name: "Mine" }),
      () => listMembers(f.ctx, { userId: outsider, slug }),
      () => invite(f.ctx, { userId: outsider, slug, email: "z@example.org", role: "viewer" }),
      () => changeRole(f.ctx, { userId: outsider, slug, memberId: owner, role: "viewer" }),
      () => removeMember(f.ctx, { userId: outsider, slug, memberId: owner }),
      () => readOutbox(f.ctx, { userId: outsider, slug }),
    ];
    for (const call of calls) await expect(call()).rejects.toMatchObject({ code: "not-found" });
  });

  test("analysts and viewers read members but not invitations, the outbox, or settings", async () => {
    const viewer = await join("fay@example.org", "viewer");
    const list = await listMembers(f.ctx, { userId: viewer, slug });
    expect(list.members.map((m) => m.name)).toEqual(["Ann", "Bo", "dee", "eve", "fay"]);
    expect(list.invitations).toEqual([]);
    expect((await listMembers(f.ctx, { userId: owner, slug })).invitations.map((i) => i.email)).toEqual([
      "cy@example.org",
    ]);
    await expect(readOutbox(f.ctx, { userId: viewer, slug })).rejects.toMatchObject({ code: "forbidden" });
    await expect(renameWorkspace(f.ctx, { userId: viewer, slug, name: "Mine" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      changeRole(f.ctx, { userId: viewer, slug, memberId: viewer, role: "owner" }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await renameWorkspace(f.ctx, { userId: owner, slug, name: " North East England " })).toMatchObject(
      {
        name: "North East England",
      },
    );
  });

  test("the last owner can be neither demoted nor removed; with two owners one can go", async () => {
    const gus = await join("gus@example.org", "viewer");
    await expect(
      changeRole(f.ctx, { userId: owner, slug, memberId: owner, role: "analyst" }),
    ).rejects.toMatchObject({
      code: "last-owner",
    });
    await expect(removeMember(f.ctx, { userId: owner, slug, memberId: owner })).rejects.toMatchObject({
      code: "last-owner",
    });
    expect(await changeRole(f.ctx, { userId: owner, slug, memberId: gus, role: "owner" })).toEqual({
      userId: gus,
      email: "gus@example.org",
      name: "gus",
      role: "owner",
    });
    await removeMember(f.ctx, { userId: gus, slug, memberId: owner });
    await expect(getWorkspace(f.ctx, { userId: owner, slug })).rejects.toMatchObject({ code: "not-found" });
    await expect(removeMember(f.ctx, { userId: gus, slug, memberId: "not-a-uuid" })).rejects.toMatchObject({
      code: "not-found",
    });
    // Two owners demoting each other at once: the workspace lock lets one through, never both.
    await changeRole(f.ctx, { userId: gus, slug, memberId: await idOf("fay@example.org"), role: "owner" });
    const fay = await idOf("fay@example.org");
    const results = await Promise.allSettled([
      changeRole(f.ctx, { userId: gus, slug, memberId: fay, role: "viewer" }),
      changeRole(f.ctx, { userId: fay, slug, memberId: gus, role: "viewer" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const owners = (
      await listMembers(f.ctx, { userId: gus, slug }).catch(() => listMembers(f.ctx, { userId: fay, slug }))
    ).members.filter((m) => m.role === "owner");
    expect(owners.length).toBe(1);
  });

  async function idOf(email: string): Promise<string> {
    const session = await logIn(f.ctx, { email, password: goodPassword });
    return session.user.id;
  }
});
