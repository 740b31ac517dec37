// Instance settings and the open-data catalogue: the catalogue is public while publicOpenData is
// on (the default), and for signed-in users only once the instance admin turns it off.
import { bundledDatasets } from "@smartspec/data";
import { createFirstOwner, loadBundledDataOnFirstStart } from "@smartspec/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Browser } from "./support/browser.ts";
import { password } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";

describe("settings and the data catalogue", () => {
  let t: TestApp;
  let admin: Browser;

  beforeAll(async () => {
    t = await testApp();
    await createFirstOwner(t.platform, { email: "admin@example.org", password });
    await loadBundledDataOnFirstStart(t.platform);
    admin = new Browser(t.app);
    await admin.signIn("admin@example.org", password);
  });
  afterAll(() => t.close());

  it("serves the catalogue to anyone by default, with licence and attribution", async () => {
    expect((await new Browser(t.app).request("GET", "/api/settings")).body).toEqual({
      publicOpenData: true,
      mailDelivery: "outbox",
    });
    const reply = await new Browser(t.app).request("GET", "/api/datasets");
    expect(reply.status).toBe(200);
    // The catalogue is the registry of @smartspec/data, in its order.
    expect(reply.body.map((d: { id: string }) => d.id)).toEqual(bundledDatasets.map((d) => d.id));
    for (const dataset of reply.body) {
      expect(Object.keys(dataset).sort()).toEqual([
        "attribution",
        "classification",
        "geography",
        "id",
        "kind",
        "levels",
        "licence",
        "title",
        "years",
      ]);
      expect(dataset.licence).not.toBe("");
      expect(dataset.attribution).not.toBe("");
    }
  });

  it("keeps the catalogue to signed-in users when the admin turns public open data off", async () => {
    const off = await admin.request("PATCH", "/api/settings", { publicOpenData: false });
    expect([off.status, off.body]).toEqual([200, { publicOpenData: false, mailDelivery: "outbox" }]);
    const anonymous = await new Browser(t.app).request("GET", "/api/datasets");
    expect([anonymous.status, anonymous.body]).toEqual([
      401,
      { error: { code: "unauthenticated", message: "Sign in to see the data sets" } },
    ]);
    expect((await admin.request("GET", "/api/datasets")).status).toBe(200);
    const typo = await admin.request("PATCH", "/api/settings", { publicOpenData: "no" });
    expect([typo.status, typo.body]).toEqual([
      400,
      {
        error: {
          code: "validation",
          message: "publicOpenData: Invalid input: expected boolean, received string",
        },
      },
    ]);
    await admin.request("PATCH", "/api/settings", { publicOpenData: true });
    expect((await new Browser(t.app).request("GET", "/api/datasets")).status).toBe(200);
  });
});
