// The explorer API in-process on the bundled BRES data (uk-bres-itl2, 2021, subclass): numbers
// checked against an independent computation from the raw file (hand-rolled LQ loop below),
// access rules for public data and uploads, uploads themselves and the snapshot cache; every JSON
// reply parsed with its domain schema (packages/domain/src/explorer), so the documented shapes
// cannot drift from what the use cases send.

import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { z } from "@hono/zod-openapi";
import { bundledDatasets } from "@smartspec/data";
import {
  activityMapSchema,
  activitySpaceSchema,
  explorerDatasetListSchema,
  regionComparisonSchema,
  regionListSchema,
  regionOpportunitiesSchema,
  regionProfileSchema,
  uploadedDatasetSchema,
  workspaceDatasetSchema,
} from "@smartspec/domain";
import { evidenceEngineRuns, updateSettings, xlsxFileName } from "@smartspec/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "./support/browser.ts";
import { makeTeam, otherSlug, slug, type Team } from "./support/team.ts";
import { type TestApp, testApp } from "./support/test-app.ts";

const view = "year=2021&level=subclass";
const profilePath = `/api/explorer/uk-bres-itl2/regions/UKK1?${view}`;

/** LQ of every UKK1 subclass in 2021, straight from the raw CSV (empty or negative -> 0). */
function rawLqs(): Map<string, { value: number; lq: number }> {
  const file = bundledDatasets.find((d) => d.id === "uk-bres-itl2")!.files.sic5!;
  const lines = gunzipSync(readFileSync(file)).toString("utf8").trim().split("\n").slice(1);
  const cells: [string, string, number][] = [];
  for (const line of lines) {
    const fields = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((f) => f.replace(/,$/, "").replace(/^"|"$/g, ""));
    if (fields[0] !== "2021") continue;
    const v = Number(fields[5]);
    cells.push([fields[2]!, fields[4]!, Number.isFinite(v) && v > 0 ? v : 0]);
  }
  let total = 0;
  let region = 0;
  const activity = new Map<string, number>();
  for (const [r, p, v] of cells) {
    total += v;
    if (r === "UKK1") region += v;
    activity.set(p, (activity.get(p) ?? 0) + v);
  }
  const out = new Map<string, { value: number; lq: number }>();
  for (const [r, p, v] of cells) {
    if (r === "UKK1" && activity.get(p)! > 0)
      out.set(p, { value: v, lq: v / region / (activity.get(p)! / total) });
  }
  return out;
}

/** A schema's complaints about a reply, one line per place and kind (array indexes as "*"). */
function schemaProblems(schema: z.ZodType, value: unknown): string[] {
  const issues = schema.safeParse(value).error?.issues ?? [];
  const place = (path: readonly PropertyKey[]) =>
    path.map((key) => (typeof key === "number" ? "*" : String(key))).join(".");
  return [...new Set(issues.map((issue) => `${place(issue.path)}: ${issue.message}`))];
}

/** GETs an XLSX route and reads every sheet back with exceljs (rows of cell values, empty -> null). */
async function downloadWorkbook(
  t: TestApp,
  path: string,
): Promise<{ fileName: string; sheets: Record<string, unknown[][]> }> {
  const reply = await t.app.request(path);
  expect(reply.status, path).toBe(200);
  const disposition = reply.headers.get("content-disposition") ?? "";
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await reply.arrayBuffer());
  const sheets: Record<string, unknown[][]> = {};
  for (const sheet of book.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(Array.from({ length: sheet.columnCount }, (_, i) => values[i] ?? null));
    });
    sheets[sheet.name] = rows.map((row) => row.slice(0, rows[0]?.length ?? 0));
  }
  return { fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? "", sheets };
}

describe("explorer API", () => {
  let t: TestApp;
  let team: Team;
  let anonymous: Browser;

  beforeAll(async () => {
    t = await testApp();
    team = await makeTeam(t);
    anonymous = team.browsers.anonymous;
  });
  afterAll(() => t.close());

  it("lists the bundled region x activity sets to anyone", async () => {
    const reply = await anonymous.request("GET", "/api/explorer/datasets");
    expect(reply.status).toBe(200);
    const bres = reply.body.find((d: { id: string }) => d.id === "uk-bres-itl2");
    expect(bres).toMatchObject({ defaultLevel: "division", geographies: ["itl2", "itl1"] });
    expect(bres.years.at(-1)).toBe(2021);
  });

  it("computes the snapshot once for two concurrent first requests, then reads it", async () => {
    const before = evidenceEngineRuns();
    const [a, b] = await Promise.all([
      anonymous.request("GET", profilePath),
      team.browsers.viewer.request("GET", profilePath),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(evidenceEngineRuns()).toBe(before + 1);
    await anonymous.request("GET", `/api/explorer/uk-bres-itl2/regions/UKK1/opportunities?${view}`);
    expect(evidenceEngineRuns()).toBe(before + 1);
  });

  it("profiles UKK1: the worked LQ of 30300, diversity and the order of specialisations", async () => {
    const { body } = await anonymous.request("GET", profilePath);
    const raw = rawLqs();
    const strengths = [...raw]
      .filter(([, c]) => c.lq >= 1)
      .sort((x, y) => y[1].lq - x[1].lq || (x[0] < y[0] ? -1 : 1));
    expect(body.view).toEqual({
      dataset: "uk-bres-itl2",
      year: 2021,
      level: "subclass",
      profile: "smartspec",
      geography: "itl2",
    });
    expect(body.region.code).toBe("UKK1");
    expect(body.region.name).toBe("Gloucestershire, Wiltshire and Bath/Bristol area");
    expect(body.region.diversity).toBe(strengths.length);
    expect(body.region.regionCount).toBe(40);
    const s30300 = [...raw].find(([p]) => p === "30300")!;
    expect(s30300[1].lq).toBeCloseTo(4.267558909296244, 12);
    const row = body.specialisations.find((s: { activity: string }) => s.activity === "30300");
    expect(row.lq).toBe(4.267558909296244);
    expect(body.specialisations.map((s: { activity: string }) => s.activity)).toEqual(
      strengths.slice(0, 25).map(([p]) => p),
    );
    // Small counts carry an interval containing the LQ; large ones none.
    for (const s of body.specialisations) {
      if (s.value < 100) expect(s.lqLow < s.lq && s.lq < s.lqHigh).toBe(true);
      else expect(s.lqLow).toBeUndefined();
    }
    expect(body.years.map((y: { year: number }) => y.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021,
    ]);
    expect(body.change).toHaveLength(10);
    expect(body.attribution).toBe(bundledDatasets.find((d) => d.id === "uk-bres-itl2")!.attribution);
  });

  it("lists every activity without presence as an opportunity, with reasons among strengths only", async () => {
    const { body: o } = await anonymous.request(
      "GET",
      `/api/explorer/uk-bres-itl2/regions/UKK1/opportunities?${view}`,
    );
    const raw = rawLqs();
    // M = 0 exactly where LQ < 1 (smartspec presence: LQ >= 1).
    const absent = [...raw]
      .filter(([, c]) => !(c.lq >= 1))
      .map(([p]) => p)
      .sort();
    expect(o.rows.map((r: { activity: string }) => r.activity).sort()).toEqual(absent);
    const strengths = new Set([...raw].filter(([, c]) => c.lq >= 1).map(([p]) => p));
    for (const row of o.rows.slice(0, 20)) {
      const why = o.why[row.activity];
      expect(why.length).toBeLessThanOrEqual(5);
      for (const link of why) expect(strengths.has(link.activity)).toBe(true);
      const proximities = why.map((w: { proximity: number }) => w.proximity);
      expect(proximities).toEqual([...proximities].sort((a, b) => b - a));
    }
    expect(typeof o.cutoffs.density).toBe("number");
  });

  it("ranks complexity with rare activities complex (decision 0009): Inner London first, the disagreement stated", async () => {
    const rank = async (region: string) =>
      (await anonymous.request("GET", `/api/explorer/uk-bres-itl2/regions/${region}?${view}`)).body;
    const west = await rank("UKI3");
    expect(west.region).toMatchObject({ name: "Inner London - West", diversity: 189, eciRank: 1 });
    expect((await rank("UKI4")).region.eciRank).toBe(2);
    expect((await rank("UKK1")).region.eciRank).toBe(10);
    expect((await rank("UKM6")).region.eciRank).toBe(38);
    const { signEvidence, warnings } = west.methods.diagnostics;
    // PCI falls with ubiquity (the rule that decided); ECI falls with diversity here (it would flip).
    expect(signEvidence["ubiquity-spearman"]).toBeCloseTo(-0.1882239243141503, 12);
    expect(signEvidence.diversity).toBeCloseTo(-0.1825224182201765, 12);
    expect(warnings.map((w: { code: string }) => w.code)).toContain("sign-rules-disagree");
  });

  it("sends big replies gzip-compressed to clients that accept it, and the same text every time", async () => {
    const path = `/api/explorer/uk-bres-itl2/regions/UKK1/opportunities?${view}`;
    const plain = await t.app.request(path);
    expect(plain.headers.get("content-encoding")).toBeNull();
    const text = await plain.text();
    const zipped = await t.app.request(path, { headers: { "accept-encoding": "br, gzip;q=0.8" } });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("vary")).toBe("accept-encoding");
    const bytes = Buffer.from(await zipped.arrayBuffer());
    expect(gunzipSync(bytes).toString("utf8")).toBe(text);
    expect(bytes.length).toBeLessThan(text.length / 4);
    // gzip;q=0 means "not gzip".
    const refused = await t.app.request(path, { headers: { "accept-encoding": "gzip;q=0" } });
    expect(refused.headers.get("content-encoding")).toBeNull();
    expect(await refused.text()).toBe(text);
    const layer = await t.app.request("/api/boundaries/uk-boundaries-itl2-2021", {
      headers: { "accept-encoding": "gzip" },
    });
    expect(layer.headers.get("content-encoding")).toBe("gzip");
    expect(layer.headers.get("cache-control")).toBe("public, max-age=86400");
    expect(JSON.parse(gunzipSync(Buffer.from(await layer.arrayBuffer())).toString("utf8")).type).toBe(
      "Topology",
    );
  });
  it("maps an activity at ITL1 and serves the boundary layer", async () => {
    const map = await anonymous.request(
      "GET",
      `/api/explorer/uk-bres-itl2/map?${view}&activity=30300&geography=itl1`,
    );
    expect(map.status).toBe(200);
    expect(map.body.values).toHaveLength(11); // GB ITL1 regions (no Northern Ireland in BRES)
    expect(map.body.geography).toEqual({ level: "itl1", layer: "uk-boundaries-itl1-2021" });
    const layer = await anonymous.request("GET", "/api/boundaries/uk-boundaries-itl1-2021");
    expect(layer.status).toBe(200);
    expect(layer.headers.get("cache-control")).toBe("public, max-age=86400");
    expect(layer.body.type).toBe("Topology");
  });

  it("compares regions and draws the activity space", async () => {
    const cmp = await anonymous.request(
      "GET",
      `/api/explorer/uk-bres-itl2/compare?${view}&regions=UKK1,UKI3`,
    );
    expect(cmp.body.regions.map((r: { code: string }) => r.code)).toEqual(["UKK1", "UKI3"]);
    const space = await anonymous.request("GET", `/api/explorer/uk-bres-itl2/space?${view}&region=UKK1`);
    const present = space.body.nodes.filter((n: { present: boolean }) => n.present).length;
    expect(present).toBe([...rawLqs()].filter(([, c]) => c.lq >= 1).length);
    // The tree edges form a spanning forest: each joins two parts not yet joined (union-find).
    const parent = new Map<string, string>();
    const root = (a: string): string => (parent.has(a) ? root(parent.get(a)!) : a);
    for (const e of space.body.edges.filter((x: { kind: string }) => x.kind === "tree")) {
      expect(root(e.source)).not.toBe(root(e.target));
      parent.set(root(e.source), root(e.target));
    }
    // Every activity with some employment is linked to the tree.
    const linked = new Set(
      space.body.edges.flatMap((e: { source: string; target: string }) => [e.source, e.target]),
    );
    const active = space.body.nodes.filter((n: { ubiquity: number }) => n.ubiquity > 0);
    for (const n of active) expect(linked.has(n.activity)).toBe(true);
  });

  it("serves XLSX downloads with an About sheet", async () => {
    const reply = await t.app.request(`/api/explorer/uk-bres-itl2/regions/UKK1/opportunities.xlsx?${view}`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get("content-disposition")).toBe(
      'attachment; filename="uk-bres-itl2-UKK1-opportunities.xlsx"',
    );
    const bytes = new Uint8Array(await reply.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  it("exports the map, the activity space and a comparison as XLSX: the JSON's rows, source and licence", async () => {
    const bres = bundledDatasets.find((d) => d.id === "uk-bres-itl2")!;
    const about = [
      ["Source", bres.attribution],
      ["Licence", bres.licence],
      ["View", "year 2021, level subclass, geography itl2"],
    ];
    const base = "/api/explorer/uk-bres-itl2";

    const map = (await anonymous.request("GET", `${base}/map?${view}&activity=30300`)).body;
    const mapBook = await downloadWorkbook(t, `${base}/map.xlsx?${view}&activity=30300`);
    expect(mapBook.fileName).toBe("uk-bres-itl2-30300-map-itl2.xlsx");
    expect(mapBook.sheets.Data).toEqual([
      ["Region", "Name", "Value", "LQ"],
      ...map.values.map((v: { region: string; name: string; value: number; lq: number | null }) => [
        v.region,
        v.name,
        v.value,
        v.lq,
      ]),
    ]);
    expect(mapBook.sheets.Data?.find((row) => row[0] === "UKK1")?.[3]).toBe(4.267558909296244);
    expect(mapBook.sheets.About).toEqual(expect.arrayContaining(about));
    expect(mapBook.sheets.About).toContainEqual(["Activity", `30300 ${map.activity.title}`]);

    const space = (await anonymous.request("GET", `${base}/space?${view}&region=UKK1`)).body;
    const spaceBook = await downloadWorkbook(t, `${base}/space.xlsx?${view}&region=UKK1`);
    expect(spaceBook.fileName).toBe("uk-bres-itl2-UKK1-space.xlsx");
    const [header, ...nodes] = spaceBook.sheets.Data ?? [];
    expect(header).toEqual(["Activity", "Title", "Section", "Ubiquity", "PCI", "Strength of UKK1"]);
    expect(nodes.map((row) => row[0])).toEqual(space.nodes.map((n: { activity: string }) => n.activity));
    // The strengths are the activities with LQ >= 1 in the raw file.
    const strengths = [...rawLqs()].filter(([, c]) => c.lq >= 1).map(([p]) => p);
    expect(nodes.filter((row) => row[5] === "yes").map((row) => String(row[0]))).toEqual(
      space.nodes
        .filter((n: { activity: string }) => strengths.includes(n.activity))
        .map((n: { activity: string }) => n.activity),
    );
    expect(spaceBook.sheets.Links).toHaveLength(space.edges.length + 1);
    expect(spaceBook.sheets.About).toEqual(expect.arrayContaining([...about, ["Region", "UKK1"]]));

    const compare = (await anonymous.request("GET", `${base}/compare?${view}&regions=UKK1,UKI3,UKC1`)).body;
    const compareBook = await downloadWorkbook(t, `${base}/compare.xlsx?${view}&regions=UKK1,UKI3,UKC1`);
    expect(compareBook.fileName).toBe("uk-bres-itl2-compare-UKK1-UKI3-UKC1.xlsx");
    expect(compareBook.sheets.Data?.slice(1).map((row) => row.slice(0, 7))).toEqual(
      compare.regions.map((r: Record<string, unknown>) => [
        r.code,
        r.name,
        r.total,
        r.diversity,
        r.eci,
        r.eciRank,
        r.regionCount,
      ]),
    );
    expect(compareBook.sheets.Data?.[1]?.slice(0, 6)).toEqual([
      "UKK1",
      "Gloucestershire, Wiltshire and Bath/Bristol area",
      1285115,
      compare.regions[0].diversity,
      compare.regions[0].eci,
      10,
    ]);
    expect(compareBook.sheets.About).toEqual(
      expect.arrayContaining([...about, ["Regions", "UKK1, UKI3, UKC1"]]),
    );
    // Uploaded codes may hold what a content-disposition header cannot carry.
    expect(xlsxFileName(["upload-1", 'R"1 \r\nx', "", "space"])).toBe("upload-1-R-1-x-space.xlsx");
  });

  it("sends replies that parse with their domain schemas: datasets, regions, profile, opportunities, map, space, compare", async () => {
    const base = "/api/explorer/uk-bres-itl2";
    const replies = [
      ["datasets", "/api/explorer/datasets", explorerDatasetListSchema],
      ["regions", `${base}/regions?${view}`, regionListSchema],
      ["profile", profilePath, regionProfileSchema],
      ["opportunities", `${base}/regions/UKK1/opportunities?${view}`, regionOpportunitiesSchema],
      ["map", `${base}/map?${view}&activity=30300`, activityMapSchema],
      ["map at ITL1", `${base}/map?${view}&activity=30300&geography=itl1`, activityMapSchema],
      ["space", `${base}/space?${view}`, activitySpaceSchema],
      ["space of UKK1", `${base}/space?${view}&region=UKK1`, activitySpaceSchema],
      ["compare", `${base}/compare?${view}&regions=UKK1,UKI3,UKC1`, regionComparisonSchema],
    ] as const;
    for (const [name, path, schema] of replies) {
      const reply = await anonymous.request("GET", path);
      expect(reply.status, name).toBe(200);
      expect(schemaProblems(schema, reply.body), name).toEqual([]);
    }
    // The schemas are strict: a field the code adds without documenting it is reported.
    const profile = (await anonymous.request("GET", profilePath)).body;
    const extra = regionProfileSchema.safeParse({ ...profile, region: { ...profile.region, rank: 1 } });
    expect(extra.error?.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unrecognized_keys", ["region"]],
    ]);
  });

  it("answers 404 for unknown regions and 400 for unknown years", async () => {
    expect((await anonymous.request("GET", `/api/explorer/uk-bres-itl2/regions/XX99?${view}`)).status).toBe(
      404,
    );
    expect((await anonymous.request("GET", "/api/explorer/uk-bres-itl2/regions?year=1999")).status).toBe(400);
    expect((await anonymous.request("GET", "/api/explorer/nope/regions")).status).toBe(404);
  });

  it("uploads: broken CSV -> 422 with row-level problems and nothing stored; viewer 403", async () => {
    const broken = "region,activity,value\nA,x,1\nA,y,abc\nB,x,2\nB,y,-\n";
    const bad = await team.browsers.analyst.request(
      "POST",
      `/api/workspaces/${slug}/datasets?name=Broken`,
      broken,
      { "content-type": "text/csv" },
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe("invalid-data");
    expect(bad.body.problems[0]).toMatchObject({ line: 3, column: "value" });
    expect((await team.browsers.analyst.request("GET", `/api/workspaces/${slug}/datasets`)).body).toEqual([]);
    const viewer = await team.browsers.viewer.request(
      "POST",
      `/api/workspaces/${slug}/datasets?name=X`,
      broken,
      { "content-type": "text/csv" },
    );
    expect(viewer.status).toBe(403);
  });

  it("uploads: a good file gets a profile for members only", async () => {
    const rows = ["region,activity,value"];
    const grid = { R1: [10, 0, 5, 1], R2: [0, 8, 5, 1], R3: [3, 3, 0, 9] };
    for (const [r, values] of Object.entries(grid))
      values.forEach((v, p) => {
        rows.push(`${r},A${p},${v}`);
      });
    const ok = await team.browsers.owner.request(
      "POST",
      `/api/workspaces/${slug}/datasets?name=Toy`,
      `${rows.join("\n")}\n`,
      { "content-type": "text/csv" },
    );
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ title: "Toy", regions: 3, activities: 4 });
    expect(schemaProblems(uploadedDatasetSchema, ok.body)).toEqual([]);
    const path = `/api/explorer/${ok.body.id}/regions/R1`;
    const profile = await team.browsers.viewer.request("GET", path);
    expect(profile.status).toBe(200);
    // An upload's replies (no SIC sections, no boundary layer) parse with the same schemas.
    expect(schemaProblems(regionProfileSchema, profile.body)).toEqual([]);
    const uploadMap = await team.browsers.viewer.request("GET", `/api/explorer/${ok.body.id}/map`);
    expect(uploadMap.body.geography).toEqual({ level: "own", layer: null });
    expect(schemaProblems(activityMapSchema, uploadMap.body)).toEqual([]);
    const stored = await team.browsers.viewer.request("GET", `/api/workspaces/${slug}/datasets`);
    expect(schemaProblems(workspaceDatasetSchema.array(), stored.body)).toEqual([]);
    // R1 total 16, A0 total 13, grand total 45: LQ = (10/16) / (13/45) = 2.1634615384615383.
    expect(profile.body.specialisations[0]).toMatchObject({ activity: "A0", value: 10 });
    expect(profile.body.specialisations[0].lq).toBeCloseTo(2.1634615384615383, 14);
    expect((await anonymous.request("GET", path)).status).toBe(404);
    expect((await team.browsers.outsider.request("GET", path)).status).toBe(404);
    // The XLSX twins of the views answer exactly as their JSON routes.
    const views = ["map", "space", "compare"].map((name) => `/api/explorer/${ok.body.id}/${name}`);
    const twins = views.flatMap((route) => [route, route.replace(/(map|space|compare)$/, "$1.xlsx")]);
    const query = (route: string) => (route.includes("compare") ? `${route}?regions=R1,R2` : route);
    for (const [who, status] of [
      ["viewer", 200],
      ["anonymous", 404],
      ["outsider", 404],
    ] as const) {
      for (const route of twins)
        expect([route, (await team.browsers[who].request("GET", query(route))).status]).toEqual([
          route,
          status,
        ]);
    }
    const listed = await team.browsers.outsider.request("GET", "/api/explorer/datasets");
    expect(listed.body.some((d: { id: string }) => d.id === ok.body.id)).toBe(false);
    expect(
      (await team.browsers.outsider.request("GET", `/api/workspaces/${otherSlug}/datasets`)).body,
    ).toEqual([]);
    expect(
      (await team.browsers.analyst.request("DELETE", `/api/workspaces/${slug}/datasets/${ok.body.id}`))
        .status,
    ).toBe(204);
    expect((await team.browsers.viewer.request("GET", path)).status).toBe(404);
  });

  it("public data setting off -> 401 for anonymous callers", async () => {
    await updateSettings(t.platform, { userId: team.people.owner.id, publicOpenData: false });
    expect((await anonymous.request("GET", profilePath)).status).toBe(401);
    expect((await anonymous.request("GET", "/api/explorer/datasets")).status).toBe(401);
    expect((await team.browsers.viewer.request("GET", profilePath)).status).toBe(200);
    await updateSettings(t.platform, { userId: team.people.owner.id, publicOpenData: true });
  });
});
