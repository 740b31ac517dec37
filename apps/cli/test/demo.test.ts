// `smartspec demo` (what `npm start` runs): complexity of the bundled world-trade data into
// ./out/world-trade, with a short summary and the data's attribution.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
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
      "World exports by country and SITC rev. 2 product, average 1998-2000: 166 regions x 785 activities.",
      "Profile smartspec, method eigenvalues. Left out 60 exporters with total exports below 50000000 (recorded in meta.json).",
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
    // Japan leads the ECI ranking of every Atlas of Economic Complexity edition covering these years.
    expect(ranks[0]!.trim().split(/\s+/)[1]).toBe("jpn");
    expect(lines.slice(14)).toEqual([
      "",
      "Wrote out/world-trade: regions.csv (166 rows), activities.csv (785 rows), cells.csv (130310 rows), proximity.csv (307720 rows), meta.json",
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

describe("cleaning options", () => {
  it("records --min-region-total and --min-activity-total with the codes removed", async () => {
    writeFileSync(
      join(work, "small.csv"),
      "r,a,v\nR1,A,30\nR1,B,10\nR2,A,10\nR2,B,30\nR3,A,1\nR3,C,1\nR4,A,20\nR4,B,20\n",
    );
    const args = ["complexity", "--input", "small.csv", "--region", "r", "--activity", "a", "--value", "v"];
    const run = await smartspec(
      [...args, "--min-region-total", "5", "--min-activity-total", "2", "--out", "clean"],
      {
        cwd: work,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const meta = JSON.parse(readFileSync(join(work, "clean", "meta.json"), "utf8"));
    // R3 (total 2) goes first; C then totals 0 over R1, R2, R4, below 2.
    expect(meta.cleaning).toEqual([
      { step: "min-region-total", threshold: 5, removed: ["R3"] },
      { step: "min-activity-total", threshold: 2, removed: ["C"] },
    ]);
    expect(readTable(join(work, "clean"), "regions.csv").rows.map((row) => row[0])).toEqual([
      "R1",
      "R2",
      "R4",
    ]);
  });
});

describe("per-capita presence", () => {
  it("decides presence on RCA or RPOP with --presence both and a population file", async () => {
    // X: R1 (A 30, B 10), R2 (A 10, B 30); X_A = X_B = 40; population R1 100, R2 300, POP 400.
    // RCA(R1, B) = (10/40)/(40/80) = 0.5: absent by RCA. RPOP(R1, B) = (10/40)/(100/400) = 1: present.
    writeFileSync(join(work, "pc.csv"), "r,a,v\nR1,A,30\nR1,B,10\nR2,A,10\nR2,B,30\n");
    writeFileSync(join(work, "pop.csv"), "r,population\nR1,100\nR2,300\n");
    const args = ["complexity", "--input", "pc.csv", "--region", "r", "--activity", "a", "--value", "v"];
    const run = await smartspec([...args, "--presence", "both", "--population", "pop.csv", "--out", "pc"], {
      cwd: work,
    });
    expect(run.code, run.stderr).toBe(0);
    const cells = readTable(join(work, "pc"), "cells.csv").rows.map((row) => `${row[0]}/${row[1]}:${row[4]}`);
    expect(cells).toEqual(["R1/A:1", "R1/B:1", "R2/A:0", "R2/B:1"]);
    const missing = await smartspec([...args, "--presence", "rpop", "--out", "pc2"], { cwd: work });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'smartspec complexity: --presence rpop needs --population FILE\nRun "smartspec complexity --help" for usage.\n',
    );
  });
});
