// The views a server prepares after start: the explorer's opening view first, the worked case's
// subclass view next, then each other bundled set's default view; and preparing them really stores
// the snapshots (a later request runs no engine).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledEvidenceSources } from "../../src/evidence/evidence-source.ts";
import {
  bundledWarmViews,
  evidenceEngineRuns,
  explorerRegions,
  type WarmedView,
  warmBundledViews,
} from "../../src/index.ts";
import { type PlatformFixture, platformFixture } from "../platform/platform-fixture.ts";

describe("bundledWarmViews", () => {
  it("orders the opening view, the subclass view, then every other set's default view", () => {
    expect(bundledWarmViews(bundledEvidenceSources())).toEqual([
      { dataset: "uk-bres-itl2", level: "division" },
      { dataset: "uk-bres-itl2", level: "subclass" },
      { dataset: "uk-bres-itl2-fulltime", level: "division" },
      { dataset: "uk-business-counts-lep", level: "broad-industry-group" },
      { dataset: "uk-business-counts-lad", level: "broad-industry-group" },
      { dataset: "uk-gva-itl2", level: "industry" },
      { dataset: "uk-gva-itl3", level: "industry" },
      { dataset: "eu-lfs-nuts2", level: "sector-group" },
      { dataset: "world-trade-sitc2", level: "product" },
    ]);
  });

  it("lists a view once when the default level is already subclass", () => {
    expect(
      bundledWarmViews([
        { id: "uk-bres-itl2", defaultLevel: "subclass" },
        { id: "other", defaultLevel: "x" },
      ]),
    ).toEqual([
      { dataset: "uk-bres-itl2", level: "subclass" },
      { dataset: "other", level: "x" },
    ]);
  });
});

describe("warmBundledViews", () => {
  let f: PlatformFixture;
  beforeAll(async () => {
    f = await platformFixture("pglite");
  });
  afterAll(() => f.close());

  it("stores each view's snapshot, so the first visitor's request runs no engine", async () => {
    const sources = bundledEvidenceSources().filter(
      (s) => s.id === "world-trade-sitc2" || s.id === "uk-bres-itl2-fulltime",
    );
    const reports: WarmedView[] = [];
    const before = evidenceEngineRuns();
    await warmBundledViews(f.ctx, (view) => reports.push(view), sources);
    expect(reports.map(({ dataset, level, error }) => ({ dataset, level, error }))).toEqual([
      { dataset: "uk-bres-itl2-fulltime", level: "division", error: undefined },
      { dataset: "world-trade-sitc2", level: "product", error: undefined },
    ]);
    expect(evidenceEngineRuns()).toBe(before + 2);
    const regions = await explorerRegions(f.ctx, { userId: null, dataset: "uk-bres-itl2-fulltime" });
    expect(regions.regions.length).toBe(40);
    expect(evidenceEngineRuns()).toBe(before + 2);
  });
});
