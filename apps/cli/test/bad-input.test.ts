// Every bad input of issue #2 ("Must show": empty file, missing column, non-numeric or negative
// value, duplicate cells, a region or activity with zero total, a single region, non-UTF-8 bytes,
// 10^6 rows) through the real bin: a clear message naming file, line and column, the right exit
// code, and never a stack trace.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTable, records } from "./output-tables.ts";
import { smartspec, tempDirectory } from "./run-cli.ts";

const work = tempDirectory("bad-input");
const columns = ["--region", "region", "--activity", "activity", "--value", "value"];

function write(name: string, content: string | Uint8Array): string {
  writeFileSync(join(work, name), content);
  return name;
}

function complexity(input: string, out: string, extra: readonly string[] = []) {
  return smartspec(["complexity", "--input", input, ...columns, "--out", out, ...extra], { cwd: work });
}

/** A small valid long file: 4 regions x 4 activities, one connected, nested-ish pattern. */
function goodRows(): string[] {
  const values = [
    [9, 5, 1, 1],
    [6, 6, 2, 1],
    [2, 5, 6, 2],
    [1, 2, 5, 8],
  ];
  return values.flatMap((row, r) => row.map((v, a) => `R${r + 1},A${a + 1},${v}`));
}

describe("data errors exit 1 with file, line and column", () => {
  it.each([
    ["empty.csv", "", "smartspec: empty.csv: the file is empty; expected a header line and data rows.\n"],
    [
      "missing-column.csv",
      "region,product,value\nR1,A1,1\n",
      'smartspec: missing-column.csv, line 1: no column "activity" (the activity column); the header has "region", "product", "value".\n',
    ],
    [
      "non-numeric.csv",
      `region,activity,value\n${goodRows().join("\n")}\nR4,A4,n/a\n`,
      `smartspec: non-numeric.csv, line ${goodRows().length + 2}, column "value": "n/a" is not a number.\n`,
    ],
    [
      "negative.csv",
      "region,activity,value\nR1,A1,4\nR2,A1,-2.5\n",
      'smartspec: negative.csv, line 3, column "value": "-2.5" is negative; values must be zero or more.\n',
    ],
    [
      "duplicate.csv",
      "region,activity,value\nR1,A1,4\nR2,A1,3\nR1,A2,1\nR1,A1,5\n",
      'smartspec: duplicate.csv, line 5: region "R1", activity "A1" already appears on line 2; give each cell once (or add up the rows first).\n',
    ],
  ])("%s", async (name, content, stderr) => {
    write(name, content);
    const run = await complexity(name, `out-${name}`);
    expect(run).toEqual({ code: 1, stdout: "", stderr });
    expect(existsSync(join(work, `out-${name}`, "regions.csv"))).toBe(false);
  });

  it("non-UTF-8 bytes (a Latin-1 file)", async () => {
    const latin1 = Buffer.concat([
      Buffer.from("region,activity,value\nR1,A1,4\nR2,Caf"),
      Buffer.from([0xe9]),
      Buffer.from(",3\n"),
    ]);
    write("latin1.csv", latin1);
    const run = await complexity("latin1.csv", "out-latin1");
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr:
        'smartspec: latin1.csv, line 3, column "activity": byte 0xE9 is not valid UTF-8; save the file as UTF-8.\n',
    });
  });

  it("a missing input file", async () => {
    const run = await complexity("nowhere.csv", "out-nowhere");
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: "smartspec: nowhere.csv: cannot read the file (no such file).\n",
    });
  });

  it("an output folder that is a file", async () => {
    write("good.csv", `region,activity,value\n${goodRows().join("\n")}\n`);
    write("taken", "");
    const run = await complexity("good.csv", "taken");
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: `smartspec: ${join(work, "taken")}: cannot write the output folder (a file has that name).\n`,
    });
  });
});

describe("inputs that give a correct result", () => {
  it("a region with zero total is reported, kept with empty values, and does not crash", async () => {
    const rows = [...goodRows(), "R5,A1,0", "R5,A2,0"];
    write("zero-region.csv", `region,activity,value\n${rows.join("\n")}\n`);
    const run = await complexity("zero-region.csv", "out-zero-region");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(
      "warning: Dropped 1 region(s) and 0 activity(ies) whose values are all zero; their results are left empty. Regions: R5.\n",
    );
    const r5 = records(readTable(join(work, "out-zero-region"), "regions.csv")).find(
      (r) => r.region === "R5",
    )!;
    expect(r5.eci).toBe("");
  });

  it("an activity with zero total is reported, kept with empty values, and does not crash", async () => {
    const rows = [...goodRows(), "R1,A9,0"];
    write("zero-activity.csv", `region,activity,value\n${rows.join("\n")}\n`);
    const run = await complexity("zero-activity.csv", "out-zero-activity");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(
      "warning: Dropped 0 region(s) and 1 activity(ies) whose values are all zero; their results are left empty. Activities: A9.\n",
    );
    const a9 = records(readTable(join(work, "out-zero-activity"), "activities.csv")).find(
      (a) => a.activity === "A9",
    )!;
    expect(a9.pci).toBe("");
  });

  it("a single region is a data error with a clear message", async () => {
    write("single.csv", "region,activity,value\nR1,A1,4\nR1,A2,3\n");
    const run = await complexity("single.csv", "out-single");
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "smartspec: single.csv: Complexity needs at least 2 regions with a non-zero value; the input has 1 (of 1 regions).\n",
    });
  });

  it("a panel with --time writes the time column first, one block per period", async () => {
    const rows = goodRows().flatMap((row) => [
      `2000,${row}`,
      `2001,${row.replace(/(\d+)$/, (v) => String(Number(v) + 1))}`,
    ]);
    write("panel.csv", `year,region,activity,value\n${rows.join("\n")}\n`);
    const run = await complexity("panel.csv", "out-panel", ["--time", "year"]);
    expect(run.code, run.stderr).toBe(0);
    const regions = readTable(join(work, "out-panel"), "regions.csv");
    expect(regions.header).toEqual(["time", "region", "diversity", "eci", "coi"]);
    expect(regions.rows.map((r) => r.slice(0, 2).join(" "))).toEqual(
      ["2000", "2001"].flatMap((t) => ["R1", "R2", "R3", "R4"].map((r) => `${t} ${r}`)),
    );
    expect(readTable(join(work, "out-panel"), "cells.csv").header[0]).toBe("time");
    expect(readTable(join(work, "out-panel"), "proximity.csv").rows).toHaveLength(2 * 6);
    const meta = JSON.parse(readFileSync(join(work, "out-panel", "meta.json"), "utf8"));
    for (const period of meta.periods) {
      expect(period.diagnostics.warnings.map((w: { code: string }) => w.code)).toContain(
        "not-comparable-across-periods",
      );
    }
  });

  it("10^6 rows (1,000 regions x 1,000 activities)", async () => {
    const lines: string[] = ["region,activity,value"];
    let seed = 42;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let r = 0; r < 1000; r++) {
      for (let a = 0; a < 1000; a++)
        lines.push(
          `R${String(r).padStart(4, "0")},${String(a).padStart(4, "0")},${Math.floor(random() * 1000)}`,
        );
    }
    write("million.csv", `${lines.join("\n")}\n`);
    const run = await complexity("million.csv", "out-million");
    expect(run.code, run.stderr).toBe(0);
    const meta = JSON.parse(readFileSync(join(work, "out-million", "meta.json"), "utf8"));
    expect(meta.input.rows).toBe(1_000_000);
    expect(meta.outputs["cells.csv"].rows).toBe(1_000_000);
    expect(meta.outputs["proximity.csv"].rows).toBe(499_500);
  }, 120_000);

  it("a method the profile's tool does not offer is a usage error (exit 2)", async () => {
    write("good2.csv", `region,activity,value\n${goodRows().join("\n")}\n`);
    const run = await complexity("good2.csv", "out-bad-method", [
      "--profile",
      "econgeo",
      "--method",
      "fitness",
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^smartspec complexity: .+\nRun "smartspec complexity --help" for usage\.\n$/);
  });
});
