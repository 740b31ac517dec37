// End to end through the real bin on the bundled 226 x 785 world-trade data (issue #2, "Must
// show": runs for every profile), checking the file contracts of `smartspec complexity`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { findBundledDataset } from "@smartspec/data";
import { beforeAll, describe, expect, it } from "vitest";
import { badNumbers, readTable, records } from "./output-tables.ts";
import { smartspec, tempDirectory } from "./run-cli.ts";

const dataset = findBundledDataset("world-trade-sitc2")!;
const nRegions = 226;
const nActivities = 785;
const work = tempDirectory("world-trade");

const profiles = [
  ["smartspec", "eigenvalues"],
  ["py-ecomplexity", "eigenvalues"],
  ["atlas-stata", "eigenvalues"],
  ["economiccomplexity", "fitness"],
  ["econgeo", "eigenvalues"],
  ["oec", "reflections"],
] as const;

/** The raw file, summed the way the definition of RCA reads (analytics reference §4.1). */
function rawTotals() {
  const text = gunzipSync(readFileSync(dataset.files.trade!)).toString("utf8");
  const cells = new Map<string, number>();
  const byRegion = new Map<string, number>();
  const byActivity = new Map<string, number>();
  let total = 0;
  for (const line of text.trim().split("\n").slice(1)) {
    const [region, activity, value] = line.replaceAll('"', "").split(",") as [string, string, string];
    const x = Number(value);
    cells.set(`${region} ${activity}`, x);
    byRegion.set(region, (byRegion.get(region) ?? 0) + x);
    byActivity.set(activity, (byActivity.get(activity) ?? 0) + x);
    total += x;
  }
  return { cells, byRegion, byActivity, total };
}

describe.each(profiles)(
  "smartspec complexity --dataset world-trade-sitc2 --profile %s",
  (profile, method) => {
    const out = join(work, profile);
    let stdout = "";

    beforeAll(async () => {
      const args = ["complexity", "--dataset", "world-trade-sitc2", "--profile", profile, "--out", profile];
      const run = await smartspec(args, { cwd: work });
      expect(run.code, run.stderr).toBe(0);
      stdout = run.stdout;
    });

    it("says what it wrote", () => {
      expect(stdout).toBe(
        `Wrote ${profile}: regions.csv (226 rows), activities.csv (785 rows), cells.csv (177410 rows), proximity.csv (307720 rows), meta.json\nData: ${findBundledDataset("world-trade-sitc2")!.attribution}\n`,
      );
    });

    it("writes regions.csv: one row per region, numbers round-trip exact", () => {
      const regions = readTable(out, "regions.csv");
      const fitness = method === "fitness" ? ["fitness"] : [];
      expect(regions.header).toEqual(["region", "diversity", "eci", "coi", ...fitness]);
      expect(regions.rows).toHaveLength(nRegions);
      expect(regions.rows[0]![0]).toBe("afg");
      expect(badNumbers(regions, regions.header.slice(1))).toEqual([]);
    });

    it("writes activities.csv with codes as text (leading zeros kept)", () => {
      const activities = readTable(out, "activities.csv");
      expect(activities.header).toEqual(["activity", "ubiquity", "pci"]);
      expect(activities.rows).toHaveLength(nActivities);
      expect(activities.rows.slice(0, 3).map((r) => r[0])).toEqual(["0011", "0012", "0013"]);
      expect(badNumbers(activities, ["ubiquity", "pci"])).toEqual([]);
    });

    it("writes cells.csv for every region x activity cell", () => {
      const cells = readTable(out, "cells.csv");
      expect(cells.header).toEqual(["region", "activity", "value", "rca", "m", "density", "cog"]);
      expect(cells.rows).toHaveLength(nRegions * nActivities);
      expect(cells.rows[0]!.slice(0, 2)).toEqual(["afg", "0011"]);
      expect(badNumbers(cells, ["value", "rca", "m", "density", "cog"])).toEqual([]);
    });

    it("writes proximity.csv for every pair activity_1 < activity_2", () => {
      const proximity = readTable(out, "proximity.csv");
      expect(proximity.header).toEqual(["activity_1", "activity_2", "proximity"]);
      expect(proximity.rows).toHaveLength((nActivities * (nActivities - 1)) / 2);
      expect(proximity.rows.every(([a, b]) => a! < b!)).toBe(true);
      expect(proximity.rows[0]!.slice(0, 2)).toEqual(["0011", "0012"]);
      expect(badNumbers(proximity, ["proximity"])).toEqual([]);
    });

    it("records profile, method, input checksum, engine version and attribution in meta.json", () => {
      const meta = JSON.parse(readFileSync(join(out, "meta.json"), "utf8"));
      expect(meta.profile).toBe(profile);
      expect(meta.method).toBe(method);
      expect(meta.parameters).toEqual({ threshold: 1 });
      expect(meta.input.sha256).toBe("0776b951a1bd75f0fa693d51c1315daec0b28ae3a211e0eb8a1ec469d9dfc01f");
      expect(meta.input.rows).toBe(124336);
      expect(meta.engineVersion).toMatch(/^\d+\.\d+\.\d+/);
      expect(meta.attribution).toBe(dataset.attribution);
      expect(meta.provenance.profile).toBe(profile);
      expect(meta.diagnostics.components).toBeGreaterThanOrEqual(1);
      expect(meta.outputs["cells.csv"]).toEqual({
        rows: nRegions * nActivities,
        columns: ["region", "activity", "value", "rca", "m", "density", "cog"],
      });
    });
  },
);

describe("complexity numbers checked by hand against the raw file", () => {
  const out = join(work, "hand-check");
  const raw = rawTotals();
  let cells: Record<string, string>[] = [];

  beforeAll(async () => {
    const run = await smartspec(["complexity", "--dataset", "world-trade-sitc2", "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    cells = records(readTable(out, "cells.csv"));
  });

  it.each([
    ["jpn", "7810"],
    ["gbr", "0011"],
    ["afg", "0012"],
  ])("RCA of %s x %s is (x / X_r) / (X_p / X) of the raw file", (region, activity) => {
    const row = cells.find((c) => c.region === region && c.activity === activity)!;
    const x = raw.cells.get(`${region} ${activity}`) ?? 0;
    expect(Number(row.value)).toBe(x);
    const rca = x / raw.byRegion.get(region)! / (raw.byActivity.get(activity)! / raw.total);
    expect(Math.abs(Number(row.rca) - rca)).toBeLessThanOrEqual(1e-12 * rca);
    expect(row.m).toBe(rca >= 1 ? "1" : "0");
  });

  it("has diversity = the number of cells with m = 1 per region", () => {
    const regions = records(readTable(out, "regions.csv"));
    const ones = new Map<string, number>();
    for (const c of cells) if (c.m === "1") ones.set(c.region!, (ones.get(c.region!) ?? 0) + 1);
    for (const r of regions) expect(Number(r.diversity)).toBe(ones.get(r.region!) ?? 0);
  });
});

describe.each(["eigenvalues", "reflections", "fitness"] as const)("--method %s", (method) => {
  it("runs on world trade with the smartspec profile", async () => {
    const out = join(work, `method-${method}`);
    const run = await smartspec([
      "complexity",
      "--dataset",
      "world-trade-sitc2",
      "--method",
      method,
      "--out",
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const regions = readTable(out, "regions.csv");
    expect(regions.header.at(-1)).toBe(method === "fitness" ? "fitness" : "coi");
    expect(regions.rows).toHaveLength(nRegions);
    const meta = JSON.parse(readFileSync(join(out, "meta.json"), "utf8"));
    expect(meta.method).toBe(method);
  });
});
