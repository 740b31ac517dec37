// `smartspec demo` (what `npm start` runs): complexity of the bundled world-trade data into
// ./out/world-trade, with a short summary and the data's attribution.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findBundledDataset } from "@smartspec/data";
import { describe, expect, it } from "vitest";
import { readTable } from "./output-tables.ts";
import { smartspec, tempDirectory } from "./run-cli.ts";

const work = tempDirectory("demo");

describe("smartspec demo", () => {
  it("writes out/world-trade and prints the top ten by ECI with the attribution", async () => {
    const run = await smartspec(["demo"], { cwd: work });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "World exports by country and SITC rev. 2 product, average 1998-2000: 226 regions x 785 activities.",
      "Profile smartspec, method eigenvalues.",
      "",
      "Highest economic complexity (ECI):",
    ]);
    const ranks = lines.slice(4, 14);
    expect(ranks.map((l) => l.slice(0, 4))).toEqual([
      "   1",
      "   2",
      "   3",
      "   4",
      "   5",
      "   6",
      "   7",
      "   8",
      "   9",
      "  10",
    ]);
    const eci = ranks.map((l) => Number(l.trim().split(/\s+/)[2]));
    expect(eci).toEqual([...eci].sort((a, b) => b - a));
    expect(lines.slice(14)).toEqual([
      "",
      "Wrote out/world-trade: regions.csv (226 rows), activities.csv (785 rows), cells.csv (177410 rows), proximity.csv (307720 rows), meta.json",
      `Data: ${findBundledDataset("world-trade-sitc2")!.attribution}`,
    ]);
    expect(existsSync(join(work, "out", "world-trade", "meta.json"))).toBe(true);
    const top = readTable(join(work, "out", "world-trade"), "regions.csv").rows.sort(
      (a, b) => Number(b[2]) - Number(a[2]),
    )[0]!;
    expect(ranks[0]!.trim().split(/\s+/)[1]).toBe(top[0]);
  });
});

describe("--delimiter", () => {
  it("reads a semicolon file when told, whatever the header suggests", async () => {
    writeFileSync(join(work, "semi.csv"), "r;a;v\nR1;A;3\nR1;B;1\nR2;A;1\nR2;B;3\nR3;A;2\nR3;B;2\n");
    const args = ["complexity", "--input", "semi.csv", "--region", "r", "--activity", "a", "--value", "v"];
    const run = await smartspec([...args, "--delimiter", ";", "--out", "semi"], { cwd: work });
    expect(run.code, run.stderr).toBe(0);
    const forced = await smartspec([...args, "--delimiter", "tab", "--out", "semi-tab"], { cwd: work });
    expect(forced).toEqual({
      code: 1,
      stdout: "",
      stderr: 'smartspec: semi.csv, line 1: no column "r" (the region column); the header has "r;a;v".\n',
    });
  });
});
