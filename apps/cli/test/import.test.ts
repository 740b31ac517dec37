// `smartspec import` through the real bin: the printed summary, the problem list on stderr with
// exit 1, usage errors with exit 2, --json and --help, and the files left in the folder.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { smartspec, tempDirectory } from "./run-cli.ts";

const work = tempDirectory("import");

function write(name: string, content: string): string {
  writeFileSync(join(work, name), content);
  return name;
}

const run = (args: readonly string[]) => smartspec(["import", ...args], { cwd: work });

describe("smartspec import", () => {
  it("writes a file the analysis commands read with the command it prints", async () => {
    write("counts.csv", "area;sector;jobs\nA;x;10\nA;y;..\nB;x;5\nB;y;20\n");
    const imported = await run([
      "counts.csv",
      "--region",
      "area",
      "--activity",
      "sector",
      "--value",
      "jobs",
      "--out",
      "counts-long.csv",
    ]);
    expect(imported.code, imported.stderr).toBe(0);
    const suggested = imported.stdout
      .split("\n")
      .find((l) => l.startsWith("Analyse it with: npx smartspec "))!;
    const args = suggested
      .replace("Analyse it with: npx smartspec ", "")
      .replace("DIR", "analysed")
      .split(" ");
    const analysed = await smartspec(args, { cwd: work });
    expect(analysed.code, analysed.stderr).toBe(0);
    expect(analysed.stderr).toBe(
      "warning: counts-long.csv: 1 empty (suppressed) value read as zero (line 3); recorded in meta.json.\n",
    );
    // A: x 10, y 0 (suppressed); B: x 5, y 20.
    expect(
      readFileSync(join(work, "analysed", "regions.csv"), "utf8")
        .split("\n")
        .slice(1, 3)
        .map((l) => l.split(",").slice(0, 2)),
    ).toEqual([
      ["A", "10"],
      ["B", "25"],
    ]);
  });

  it("explains what to do with real negative values", async () => {
    write("gva-negative.csv", "region,activity,year,value\nTLC2,50-51,2021,-93\nTLC2,C,2021,4000\n");
    const result = await run(["gva-negative.csv", "--out", "gva-negative-long.csv"]);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split("\n").at(-1)).toBe(
      "Negative values cannot be imported (specialisation indices need values of zero or more); where they are real (e.g. GVA losses), the analysis commands read the file directly with --negative-values zero, recorded in their meta.json.",
    );
  });

  it("writes the long CSV and prints the source, mapping and counts", async () => {
    write(
      "employment.csv",
      "GEOGRAPHY_CODE,GEOGRAPHY_NAME,INDUSTRY_CODE,COUNT\nUKK1,West,30.30/0,13000\nUKK1,West,29,..\nUKK2,South,3030,5\n",
    );
    const result = await run([
      "employment.csv",
      "--out",
      "out/employment.csv",
      "--classification",
      "sic2007",
    ]);
    expect(result).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "Read employment.csv: CSV; encoding utf-8 (valid UTF-8); delimiter , (guessed).",
        'Layout long; columns: region "GEOGRAPHY_CODE" (guessed), activity "INDUSTRY_CODE" (guessed), value "COUNT" (guessed); not read: "GEOGRAPHY_NAME".',
        "3 rows, 3 cells (1 suppressed); 2 regions, 3 activities.",
        "Rewrote 2 activity codes (2 rows) to the listed form: 30.30/0 -> 30300, 3030 -> 30.30.",
        "Wrote out/employment.csv (3 rows).",
        "Analyse it with: npx smartspec specialisation --input out/employment.csv --region region --activity activity --value value --empty-values zero --out DIR",
        'Suppressed cells have an empty value and status "suppressed"; --empty-values zero counts them as zero and records how many in meta.json.',
        "",
      ].join("\n"),
    });
    expect(readFileSync(join(work, "out/employment.csv"), "utf8")).toBe(
      "region,activity,value,status\nUKK1,30300,13000,\nUKK1,29,,suppressed\nUKK2,30.30,5,\n",
    );
  });

  it("reads a wide table with years as columns", async () => {
    write("gva.csv", 'ITL region code,ITL region name,SIC07 code,2020,2021\nTLK1,West,29,"1,234",1300\n');
    const result = await run(["gva.csv", "--out", "gva-long.csv"]);
    expect(result.stdout).toBe(
      [
        "Read gva.csv: CSV; encoding utf-8 (valid UTF-8); delimiter , (guessed).",
        'Layout wide, one column per period (2: "2020", "2021"); columns: region "ITL region code" (guessed), activity "SIC07 code" (guessed); not read: "ITL region name".',
        "1 row, 2 cells (0 suppressed); 1 region, 1 activity, 2 periods.",
        "Wrote gva-long.csv (2 rows).",
        "Analyse it with: npx smartspec specialisation --input gva-long.csv --region region --activity activity --value value --time time --out DIR",
        "",
      ].join("\n"),
    );
    expect(readFileSync(join(work, "gva-long.csv"), "utf8")).toBe(
      "region,activity,time,value,status\nTLK1,29,2020,1234,\nTLK1,29,2021,1300,\n",
    );
  });

  it("exits 1 with every problem, writes the problems CSV and no output", async () => {
    mkdirSync(join(work, "bad"));
    write("bad/data.csv", "region;activity;value\nR1;=cmd|' /C calc'!A0;5\nR1;A1;12.5\nR1;A1;3\n");
    const result = await run(["bad/data.csv", "--out", "bad/out.csv"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        "Read bad/data.csv: CSV; encoding utf-8 (valid UTF-8); delimiter ; (guessed).",
        'Layout long; columns: region "region" (guessed), activity "activity" (guessed), value "value" (guessed).',
        "Numbers are read with a decimal comma.",
        "3 rows, 2 cells (0 suppressed); 1 region, 1 activity.",
        "",
      ].join("\n"),
    );
    expect(result.stderr).toBe(
      [
        "smartspec: bad/data.csv: 3 problems; nothing was written.",
        `  bad/data.csv, line 2, column "activity": "=cmd|' /C calc'!A0" looks like a spreadsheet formula (it starts with "="); it is refused so that it cannot run when the output is opened in a spreadsheet.`,
        '  bad/data.csv, line 3, column "value": "12.5" is not a number (it is read with a decimal comma; give --decimal . if the point is the decimal separator).',
        '  bad/data.csv, line 4: region "R1", activity "A1" already appears on line 3; give each cell once (or add up the rows first).',
        "Every problem is listed in bad/out.problems.csv.",
        "",
      ].join("\n"),
    );
    expect(readdirSync(join(work, "bad")).sort()).toEqual(["data.csv", "out.problems.csv"]);
  });

  it("shows 50 problems and counts the rest", async () => {
    const rows = Array.from({ length: 70 }, (_, i) => `R${i},A1,n/a\n`).join("");
    write("many.csv", `region,activity,value\n${rows}`);
    const result = await run(["many.csv", "--out", "many-out.csv", "--problems", "many-problems.csv"]);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("smartspec: many.csv: 70 problems; nothing was written.");
    expect(lines[50]).toBe('  many.csv, line 51, column "value": "n/a" is not a number.');
    expect(lines.slice(51)).toEqual(["  ... and 20 more.", "Every problem is listed in many-problems.csv."]);
    expect(readFileSync(join(work, "many-problems.csv"), "utf8").trimEnd().split("\n")).toHaveLength(71);
  });

  it("skips title lines above the header and says so", async () => {
    write("titled.csv", "Employment by region, 2021\nSource: a survey\n\nregion;activity;value\nR1;A1;1,5\n");
    const result = await run(["titled.csv", "--out", "titled-out.csv"]);
    expect(result.stdout.split("\n").slice(2, 4)).toEqual([
      "Header on line 4; 2 lines above it skipped (titles or notes).",
      "Numbers are read with a decimal comma.",
    ]);
    expect(readFileSync(join(work, "titled-out.csv"), "utf8")).toBe(
      "region,activity,value,status\nR1,A1,1.5,\n",
    );
  });

  it("prints the summary as JSON with --json", async () => {
    write("small.csv", "area,year,A01,B05\nE1,2020,1,[c]\n");
    const result = await run(["--json", "small.csv", "--out", "small-out.csv"]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({
      ok: true,
      layout: "wide-activities",
      columns: { region: "area", time: "year" },
      valueColumns: ["A01", "B05"],
      rows: 1,
      cells: 2,
      suppressed: 1,
      written: 2,
      problems: { total: 0, shown: [] },
    });
  });

  it("says when the file cannot be read (exit 1)", async () => {
    expect(await run(["missing.csv", "--out", "x.csv"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "smartspec: missing.csv: cannot read the file (no such file).\n",
    });
  });

  it.each([
    [["--out", "x.csv"], "missing FILE to import"],
    [["a.csv"], "missing --out"],
    [["a.csv", "b.csv", "--out", "x.csv"], 'unexpected argument "b.csv" (give one FILE)'],
    [["a.csv", "--out", "a.csv"], "--out must not be the input file"],
    [["a.csv", "--out", "x.csv", "--layout", "tall"], '--layout must be one of long, wide (got "tall")'],
    [
      ["a.csv", "--out", "x.csv", "--classification", "nace"],
      '--classification must be one of sic2007 (got "nace")',
    ],
    [
      ["a.csv", "--out", "x.csv", "--layout", "wide", "--value", "v"],
      "--value is for the long layout; in the wide layout every value column is read",
    ],
    [["a.csv", "--out", "x.csv", "--sheet", "Data"], "--sheet is for .xlsx workbooks; a.csv is read as CSV"],
  ])("exits 2 for %j", async (args, message) => {
    write("a.csv", "region,activity,value\nR1,A1,1\n");
    expect(await run(args)).toEqual({
      code: 2,
      stdout: "",
      stderr: `smartspec import: ${message}\nRun "smartspec import --help" for usage.\n`,
    });
  });

  it("has --help and is listed in the top-level help", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout.startsWith("Usage: smartspec import FILE --out OUT.csv")).toBe(true);
    const top = await smartspec(["--help"]);
    expect(top.stdout).toContain("  import ");
  });
});
