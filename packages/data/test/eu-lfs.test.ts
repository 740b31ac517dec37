// Eurostat LFS employment. Independent figures: `zcat lfst_r_lfe2en2_long.csv.gz | awk -F, ...`
// counting rows and empty value cells, and grep for the UKK1 2015 rows.
import { describe, expect, it } from "vitest";
import { findBundledDataset, readBundledBytes, readTable } from "../src/index.ts";

const dataset = findBundledDataset("eu-lfs-nuts2")!;

describe("Eurostat LFS employment by NUTS 2 and NACE sector group", () => {
  it("ships the long file of SOURCE.md: 224,520 rows, 63,285 without a value", () => {
    // No field of this file is quoted, so plain splitting reads it (5 times faster); CRLF lines.
    const lines = readBundledBytes(dataset.files.original!).toString("utf8").trimEnd().split("\r\n");
    expect(lines[0]).toBe("unit,nace_r2,age,geo,nuts_level,year,value_thousands,flags");
    expect(lines.length - 1).toBe(224_520);
    expect(lines.filter((line) => line.split(",")[6] === "").length).toBe(63_285);
  });

  it("derives NUTS 2 x 10 sector groups for ages 15+, cells with a value only", () => {
    const long = readTable(dataset.files.long!);
    expect(long.rows.length).toBe(23_982);
    const sectors = new Set(long.rows.map((r) => r[long.column("nace_r2")]));
    expect([...sectors].sort()).toEqual(["A", "B-E", "F", "G-I", "J", "K", "L", "M_N", "O-Q", "R-U"]);
    expect(new Set(long.rows.map((r) => r[0])).size).toBe(341);
    expect(long.rows.every((r) => r[0]!.length === 4)).toBe(true);
    const ukk1 = long.rows.filter((r) => r[0] === "UKK1" && r[2] === "2015");
    // The ten groups of UKK1 in 2015 (TOTAL 1,235.1 less NRP 8.1 = 1,227.0, to rounding).
    const sum = ukk1.reduce((s, r) => s + Number(r[3]), 0);
    expect(ukk1).toHaveLength(10);
    expect(sum).toBeCloseTo(11.7 + 141.6 + 86 + 262.1 + 64.6 + 64.7 + 15.2 + 149.2 + 367.8 + 64.2, 9);
    expect(sum).toBeCloseTo(1_227.1, 9);
  });
});
