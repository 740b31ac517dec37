// `--dataset ID [--year Y] [--level L]` wherever `--input FILE` is, and `smartspec datasets`.
// Expected values come from the raw BRES files (python3 csv module, rows with DATE == 2021):
//   UKK1 group 29.3 = subclass 29310 (100) + 29320 (2500) = 2600; class 30.30 = subclass 30300 = 13000;
//   the division file has 40 regions x 88 divisions per year.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findBundledDataset } from "@smartspec/data";
import { describe, expect, it } from "vitest";
import { readTable, records } from "./output-tables.ts";
import { smartspec, tempDirectory } from "./run-cli.ts";

const work = tempDirectory("bundled-datasets");
const bres = findBundledDataset("uk-bres-itl2")!;

describe("smartspec complexity --dataset uk-bres-itl2", () => {
  it("analyses one year at division level, the source's own codes, with the attribution", async () => {
    const run = await smartspec(
      ["complexity", "--dataset", "uk-bres-itl2", "--year", "2021", "--level", "division", "--out", "div"],
      { cwd: work },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      [
        "Wrote div: regions.csv (40 rows), activities.csv (88 rows), cells.csv (3520 rows), proximity.csv (3828 rows), meta.json",
        `Data: ${bres.attribution}`,
        "",
      ].join("\n"),
    );
    const cells = records(readTable(join(work, "div"), "cells.csv"));
    expect(cells.find((c) => c.region === "UKK1" && c.activity === "29")!.value).toBe("7000");
    const meta = JSON.parse(readFileSync(join(work, "div", "meta.json"), "utf8"));
    expect(meta.input).toMatchObject({
      file: "uk-bres-itl2 (bres_employment_itl2_sic2_2015_2021.csv.gz)",
      rows: 3520,
      rowsRead: 24640,
      rowsKept: [{ column: "DATE", equals: "2021" }],
      level: "division",
      year: "2021",
      dataset: { id: "uk-bres-itl2", attribution: bres.attribution },
    });
    expect(meta.input.columns).toEqual({
      region: "GEOGRAPHY_CODE",
      activity: "INDUSTRY_CODE",
      value: "COUNT",
    });
  });

  it("rolls subclasses up to groups and classes by summing them", async () => {
    const run = await smartspec(
      ["complexity", "--dataset", "uk-bres-itl2", "--year", "2021", "--level", "group", "--out", "group"],
      { cwd: work },
    );
    expect(run.code, run.stderr).toBe(0);
    const cells = records(readTable(join(work, "group"), "cells.csv"));
    expect(cells.find((c) => c.region === "UKK1" && c.activity === "29.3")!.value).toBe("2600");
    const meta = JSON.parse(readFileSync(join(work, "group", "meta.json"), "utf8"));
    expect(meta.input.rolledUp).toEqual({
      from: "subclass",
      to: "group",
      classification: "UK SIC 2007",
      method: "sum of the source rows of every code with the same ancestor at the level",
    });
  });

  it("reads every year as a panel without --year, counting the empty cells it read as zero", async () => {
    const run = await smartspec(
      ["specialisation", "--dataset", "uk-bres-itl2", "--level", "class", "--out", "class"],
      { cwd: work },
    );
    expect(run.code, run.stderr).toBe(0);
    // The subclass file leaves DEFRA farm data (01000) empty for the five Scottish regions in 2015-2017.
    expect(run.stderr.split("\n").at(-2)).toBe(
      "warning: uk-bres-itl2 (bres_employment_itl2_sic5_2015_2021.csv.gz): 15 empty (suppressed) values read as zero (lines 25517, 26246, 26975, 27704, 28433, 54677, 55406, 56135, 56864, 57593, ...); recorded in meta.json.",
    );
    const regions = readTable(join(work, "class"), "regions.csv");
    expect(regions.rows.length).toBe(7 * 40);
    expect(new Set(regions.rows.map((r) => r[0]))).toEqual(new Set(bres.years.map(String)));
  });
});

describe("--region-level: districts summed up to ITL1", () => {
  it("gives the ITL1 totals of UK Business Counts 2022 computed independently", async () => {
    const run = await smartspec(
      [
        "specialisation",
        "--dataset",
        "uk-business-counts-lad",
        "--year",
        "2022",
        "--region-level",
        "itl1",
        "--out",
        "itl1",
      ],
      { cwd: work },
    );
    expect(run.code, run.stderr).toBe(0);
    // python3 over the district CSV (size band Total, 2022) with the derived district -> ITL3 lookup
    // (packages/data/test/area-hierarchy.test.ts states the same sums).
    const totals = readTable(join(work, "itl1"), "regions.csv").rows.map((r) => [r[0], r[1]]);
    expect(totals).toEqual([
      ["TLC", "73275"],
      ["TLD", "271165"],
      ["TLE", "193295"],
      ["TLF", "189015"],
      ["TLG", "221500"],
      ["TLH", "272730"],
      ["TLI", "536095"],
      ["TLJ", "412625"],
      ["TLK", "238315"],
    ]);
    const meta = JSON.parse(readFileSync(join(work, "itl1", "meta.json"), "utf8"));
    expect(meta.input.regionsSummedUp).toMatchObject({ from: "lad", to: "itl1" });
  });

  it("reads BRES NUTS codes as their ITL regions", async () => {
    const run = await smartspec(
      [
        "specialisation",
        "--dataset",
        "uk-bres-itl2",
        "--year",
        "2021",
        "--region-level",
        "itl1",
        "--out",
        "bres-itl1",
      ],
      { cwd: work },
    );
    expect(run.code, run.stderr).toBe(0);
    const regions = readTable(join(work, "bres-itl1"), "regions.csv").rows.map((r) => r[0]);
    // Great Britain: 11 ITL1 regions (no Northern Ireland, TLN, in BRES).
    expect(regions).toEqual(["TLC", "TLD", "TLE", "TLF", "TLG", "TLH", "TLI", "TLJ", "TLK", "TLL", "TLM"]);
  });

  it("refuses a level that is not coarser", async () => {
    const run = await smartspec(
      ["specialisation", "--dataset", "uk-gva-itl2", "--region-level", "itl3", "--out", "x"],
      { cwd: work },
    );
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(
      'smartspec specialisation: uk-gva-itl2 has itl2 regions; --region-level can be itl1, not "itl3".',
    );
  });
});

describe("smartspec datasets", () => {
  it("lists every bundled data set as JSON with the fields the issue names", async () => {
    const run = await smartspec(["datasets", "--json"], { cwd: work });
    expect(run.code, run.stderr).toBe(0);
    const list = JSON.parse(run.stdout) as Record<string, unknown>[];
    const bresEntry = list.find((d) => d.id === "uk-bres-itl2")!;
    expect(bresEntry).toEqual({
      id: "uk-bres-itl2",
      title: bres.title,
      kind: "region-activity",
      geography: bres.geography,
      classification: "UK SIC 2007",
      measure: bres.measure,
      levels: ["section", "division", "group", "class", "subclass"],
      defaultLevel: "division",
      years: [2015, 2016, 2017, 2018, 2019, 2020, 2021],
      licence: bres.licence,
      attribution: bres.attribution,
    });
    for (const entry of list) {
      expect(Object.keys(entry)).toEqual(
        expect.arrayContaining(["id", "title", "geography", "classification", "levels", "years", "licence"]),
      );
    }
    expect(list.map((d) => d.id)).toContain("world-trade-sitc2");
  });

  it("shows one data set in full", async () => {
    const run = await smartspec(["datasets", "uk-bres-itl2"], { cwd: work });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(`uk-bres-itl2: ${bres.title}`);
    expect(lines).toContain(`  attribution     ${bres.attribution}`);
    expect(lines).toContain("  years           2015-2021");
  });

  it("refuses an unknown id with the list", async () => {
    const run = await smartspec(["datasets", "uk-bres"], { cwd: work });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toMatch(
      /^smartspec datasets: unknown data set "uk-bres"; bundled: uk-bres-itl2, /,
    );
  });
});
