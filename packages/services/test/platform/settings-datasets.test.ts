// Instance settings and the bundled data catalogue (registered from @smartspec/data's registry).
import { bundledDatasets } from "@smartspec/data";
import { testDialects } from "@smartspec/storage/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  acceptInvitation,
  createFirstOwner,
  getSettings,
  invite,
  listDatasets,
  loadBundledDataOnFirstStart,
  readOutbox,
  updateSettings,
} from "../../src/platform/index.ts";
import { goodPassword, type PlatformFixture, platformFixture, tokenFromMail } from "./platform-fixture.ts";

describe.each(testDialects())("settings and data catalogue on %s", (dialect) => {
  let f: PlatformFixture;
  let admin: string;
  let owner: string;

  beforeAll(async () => {
    f = await platformFixture(dialect);
    admin = (await createFirstOwner(f.ctx, { email: "ann@example.org", password: goodPassword })).user.id;
    // An owner of the admin's workspace who is not the instance admin.
    await invite(f.ctx, { userId: admin, slug: "my-workspace", email: "bo@example.org", role: "owner" });
    const [mail] = await readOutbox(f.ctx, { userId: admin, slug: "my-workspace" });
    const token = tokenFromMail(mail?.text ?? "", "/invitations");
    owner = (await acceptInvitation(f.ctx, { token, userId: null, name: "Bo", password: goodPassword })).user
      .id;
  });
  afterAll(async () => {
    await f?.close();
  });

  test("the catalogue is registered once; a second start adds nothing", async () => {
    const first = await loadBundledDataOnFirstStart(f.ctx);
    expect([first.total, first.added]).toEqual([bundledDatasets.length, bundledDatasets.length]);
    expect(first.milliseconds).toBeGreaterThanOrEqual(0);
    const second = await loadBundledDataOnFirstStart(f.ctx);
    expect([second.total, second.added]).toEqual([bundledDatasets.length, 0]);
  });

  test("the catalogue lists every bundled set in registry order with its attribution", async () => {
    const listed = await listDatasets(f.ctx, { userId: null });
    expect(listed.map((d) => d.id)).toEqual(bundledDatasets.map((d) => d.id));
    const first = bundledDatasets[0]!;
    expect(listed[0]).toEqual({
      id: first.id,
      title: first.title,
      kind: first.kind,
      geography: first.geography,
      classification: first.classification,
      levels: first.levels.map((l) => ({ id: l.id, title: l.title })),
      years: [...first.years],
      licence: first.licence,
      attribution: first.attribution,
    });
  });

  test("public open data is on by default; only the instance admin turns it off", async () => {
    expect(await getSettings(f.ctx)).toEqual({ publicOpenData: true });
    await expect(updateSettings(f.ctx, { userId: owner, publicOpenData: false })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await updateSettings(f.ctx, { userId: admin, publicOpenData: false })).toEqual({
      publicOpenData: false,
    });
    await expect(listDatasets(f.ctx, { userId: null })).rejects.toMatchObject({ code: "unauthenticated" });
    expect((await listDatasets(f.ctx, { userId: owner })).length).toBe(bundledDatasets.length);
    expect(await updateSettings(f.ctx, { userId: admin })).toEqual({ publicOpenData: false });
    expect(await updateSettings(f.ctx, { userId: admin, publicOpenData: true })).toEqual({
      publicOpenData: true,
    });
  });
});
