// The registry's promises: unique ids, files that exist, levels that point at files or at a level
// with a file, region x activity sets whose main file has the named columns.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledDatasets, findBundledDataset, readHeader } from "../src/index.ts";

describe("bundledDatasets", () => {
  it("has unique ids and the entries the CLI relies on", () => {
    const ids = bundledDatasets.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      "uk-bres-itl2",
      "uk-bres-itl2-fulltime",
      "world-trade-sitc2",
      "sic2007",
      "uk-lad21-lep21",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it.each(bundledDatasets.map((d) => [d.id, d] as const))("%s: files and SOURCE.md exist", (_, dataset) => {
    expect(existsSync(dataset.sourceFile)).toBe(true);
    for (const file of Object.values(dataset.files)) expect(existsSync(file), file).toBe(true);
    for (const level of dataset.levels) {
      if (level.file !== undefined) expect(Object.values(dataset.files)).toContain(level.file);
      if (level.rollUpFrom !== undefined) {
        expect(dataset.levels.find((l) => l.id === level.rollUpFrom)?.file).toBeDefined();
      }
    }
    if (dataset.defaultLevel !== undefined)
      expect(dataset.levels.map((l) => l.id)).toContain(dataset.defaultLevel);
  });

  const regionActivity = bundledDatasets.filter(
    (d) => d.kind === "region-activity" && d.id !== "uk-bres-itl2",
  );
  it.each(regionActivity.map((d) => [d.id, d] as const))(
    "%s: main file has the named columns",
    (_, dataset) => {
      const main = Object.values(dataset.files)[0]!;
      expect(dataset.levels.find((l) => l.id === dataset.defaultLevel)?.file).toBe(main);
      const header = readHeader(main);
      const { region, activity, value, time } = dataset.columns!;
      for (const column of [region, activity, value, ...(time === undefined ? [] : [time])]) {
        expect(header).toContain(column);
      }
    },
  );

  it("describes BRES employment as the CLI expects", () => {
    const bres = findBundledDataset("uk-bres-itl2")!;
    expect(bres.kind).toBe("region-activity");
    expect(bres.columns).toEqual({
      region: "GEOGRAPHY_CODE",
      activity: "INDUSTRY_CODE",
      value: "COUNT",
      time: "DATE",
    });
    expect(bres.levels.map((l) => [l.id, l.file === undefined ? l.rollUpFrom : "file"])).toEqual([
      ["section", "subclass"],
      ["division", "file"],
      ["group", "subclass"],
      ["class", "subclass"],
      ["subclass", "file"],
    ]);
    expect(bres.defaultLevel).toBe("division");
    expect(Object.values(bres.files)[0]).toBe(bres.levels[1]!.file);
    expect(bres.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021]);
    expect(bres.classificationId).toBe("sic2007");
  });

  it("keeps the world-trade entry's fields", () => {
    const trade = findBundledDataset("world-trade-sitc2")!;
    expect(trade.columns).toEqual({ region: "country", activity: "product", value: "value" });
    expect(Object.keys(trade.files)).toEqual(["trade", "gdpPerCapita"]);
    expect(trade.levels).toEqual([
      { id: "product", title: "SITC rev. 2 4-digit product", file: trade.files.trade },
    ]);
    expect(trade.attribution).toContain("Open Trade Statistics");
  });

  it("returns undefined for an unknown id", () => {
    expect(findBundledDataset("nope")).toBeUndefined();
  });
});
