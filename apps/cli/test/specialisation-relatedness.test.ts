// `smartspec specialisation` and `smartspec relatedness` end to end through the real bin: their
// file contracts (README) on the bundled world-trade data, and values checked by hand on a tiny file.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findBundledDataset } from "@smartspec/data";
import { beforeAll, describe, expect, it } from "vitest";
import { badNumbers, readTable, records } from "./output-tables.ts";
import { smartspec, tempDirectory } from "./run-cli.ts";

const work = tempDirectory("spec-rel");
const dataset = findBundledDataset("world-trade-sitc2")!;

describe("smartspec specialisation on world trade", () => {
  beforeAll(async () => {
    const run = await smartspec(
      [
        "specialisation",
        "--dataset",
        "world-trade-sitc2",
        "--group-digits",
        "2",
        "--population",
        dataset.files.gdpPerCapita!,
        "--population-value",
        "value",
        "--out",
        "spec",
      ],
      { cwd: work },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      `Wrote spec: regions.csv (226 rows), activities.csv (785 rows), meta.json\nData: ${findBundledDataset("world-trade-sitc2")!.attribution}\n`,
    );
  });

  it("writes regions.csv with every region-level index", () => {
    const regions = readTable(join(work, "spec"), "regions.csv");
    expect(regions.header).toEqual([
      "region",
      "total",
      "diversity",
      "herfindahl",
      "entropy",
      "krugman",
      "hoover",
      "lq_average",
      "hachman",
      "related_variety",
      "unrelated_variety",
    ]);
    expect(regions.rows).toHaveLength(226);
    expect(badNumbers(regions, regions.header.slice(1))).toEqual([]);
    for (const r of records(regions)) {
      // entropy = related + unrelated variety (Frenken et al. 2007), and Hoover = Krugman / 2.
      expect(
        Math.abs(Number(r.entropy) - Number(r.related_variety) - Number(r.unrelated_variety)),
      ).toBeLessThan(1e-9);
      expect(Number(r.hoover)).toBe(Number(r.krugman) / 2);
    }
  });

  it("writes activities.csv with concentration indices, Hoover against the population file", () => {
    const activities = readTable(join(work, "spec"), "activities.csv");
    expect(activities.header).toEqual([
      "activity",
      "total",
      "ubiquity",
      "gini",
      "locational_gini",
      "hoover_index",
      "hoover_gini",
    ]);
    expect(activities.rows).toHaveLength(785);
    expect(activities.rows[0]![0]).toBe("0011");
    expect(badNumbers(activities, activities.header.slice(1))).toEqual([]);
  });

  it("records the parameters and the population file in meta.json", () => {
    const meta = JSON.parse(readFileSync(join(work, "spec", "meta.json"), "utf8"));
    expect(meta.parameters).toEqual({ threshold: 1, convention: "exact", groupDigits: 2 });
    expect(meta.population.columns).toEqual({ region: "country", value: "value" });
    expect(meta.attribution).toBe(dataset.attribution);
  });
});

describe("smartspec specialisation by hand", () => {
  it("computes Herfindahl, Krugman and diversity of a 2 x 2 file exactly", async () => {
    // Shares: R1 = (0.75, 0.25), R2 = (0.25, 0.75); system (0.5, 0.5).
    writeFileSync(join(work, "two.csv"), "r;a;v\nR1;A;3\nR1;B;1\nR2;A;1\nR2;B;3\n");
    const run = await smartspec(
      [
        "specialisation",
        "--input",
        "two.csv",
        "--region",
        "r",
        "--activity",
        "a",
        "--value",
        "v",
        "--out",
        "two",
      ],
      { cwd: work },
    );
    expect(run.code, run.stderr).toBe(0);
    const r1 = records(readTable(join(work, "two"), "regions.csv"))[0]!;
    expect(r1.region).toBe("R1");
    expect(Number(r1.herfindahl)).toBe(0.625);
    expect(Number(r1.krugman)).toBe(0.5);
    expect(r1.diversity).toBe("1");
  });
});

describe.each(["prob", "association", "cosine", "jaccard"])("smartspec relatedness --method %s", (method) => {
  it("writes the four tables on world trade", async () => {
    const out = `related-${method}`;
    const args = [
      "relatedness",
      "--dataset",
      "world-trade-sitc2",
      "--method",
      method,
      "--z-score",
      "--out",
      out,
    ];
    const run = await smartspec(args, { cwd: work });
    expect(run.code, run.stderr).toBe(0);
    const pairs = readTable(join(work, out), "relatedness.csv");
    expect(pairs.header).toEqual(["activity_1", "activity_2", "cooccurrence", "relatedness", "z_score"]);
    expect(pairs.rows).toHaveLength((785 * 784) / 2);
    expect(pairs.rows[0]!.slice(0, 2)).toEqual(["0011", "0012"]);
    expect(badNumbers(pairs, ["cooccurrence", "relatedness", "z_score"])).toEqual([]);
    expect(readTable(join(work, out), "cells.csv").rows).toHaveLength(226 * 785);
    expect(readTable(join(work, out), "regions.csv").header).toEqual([
      "region",
      "diversity",
      "density_internal_average",
      "density_external_average",
    ]);
    expect(readTable(join(work, out), "activities.csv").header).toEqual([
      "activity",
      "ubiquity",
      "cooccurrence_total",
    ]);
    const meta = JSON.parse(readFileSync(join(work, out, "meta.json"), "utf8"));
    expect(meta.parameters).toEqual({ method, threshold: 1, zScore: true });
  });
});

describe("smartspec relatedness by hand", () => {
  it("counts co-occurrences and normalises them (cosine of a 3 x 3 file)", async () => {
    // Equal values: RCA is 1.5 where a region holds an activity, so M = the pattern below.
    // R1: A, B; R2: A, B; R3: B, C. C(A,B) = 2, C(A,C) = 0, C(B,C) = 1; s = (2, 3, 1).
    const rows = ["R1,A,1", "R1,B,1", "R2,A,1", "R2,B,1", "R3,B,1", "R3,C,1"];
    writeFileSync(join(work, "three.csv"), `region,activity,value\n${rows.join("\n")}\n`);
    const run = await smartspec(
      [
        "relatedness",
        "--input",
        "three.csv",
        "--region",
        "region",
        "--activity",
        "activity",
        "--value",
        "value",
      ].concat(["--method", "cosine", "--threshold", "0.5", "--out", "three"]),
      { cwd: work },
    );
    expect(run.code, run.stderr).toBe(0);
    const pairs = records(readTable(join(work, "three"), "relatedness.csv"));
    expect(pairs.map((p) => [p.activity_1, p.activity_2, p.cooccurrence])).toEqual([
      ["A", "B", "2"],
      ["A", "C", "0"],
      ["B", "C", "1"],
    ]);
    expect(Number(pairs[0]!.relatedness)).toBe(2 / Math.sqrt(2 * 3));
    expect(Number(pairs[2]!.relatedness)).toBe(1 / Math.sqrt(3 * 1));
  });
});
