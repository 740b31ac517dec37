// importDataset beyond the corpus: re-reading a file that stops being UTF-8, the problem list's
// cap and its CSV, code lists given by the caller, wide-layout messages, option conflicts, and
// the files left behind in each case.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CodeList, InputError, importDataset, OptionError } from "../../src/index.ts";
import { tempFolder } from "../temp-files.ts";

const work = tempFolder("import-dataset");
let caseNumber = 0;

/** Writes `content` as the input of a fresh folder; returns the input and output paths. */
function setUp(name: string, content: string | Uint8Array): { path: string; out: string; folder: string } {
  const folder = join(work.dir, `case-${++caseNumber}`);
  mkdirSync(folder);
  const path = join(folder, name);
  writeFileSync(path, content);
  return { path, out: join(folder, "out.csv"), folder };
}

/** A hand-made list: A1 Apples, A2 Pears, B1 Beans; lower case is another way of writing a code. */
const produce: CodeList = {
  id: "produce",
  title: "the produce list",
  has: (code) => ["A1", "A2", "B1"].includes(code),
  normalise: (text) => text.trim().toUpperCase(),
  suggest: (text, n) =>
    [
      { code: "A1", title: "Apples" },
      { code: "A2", title: "Pears" },
      { code: "B1", title: "Beans" },
    ]
      .filter((entry) => entry.code[0] === text.trim().toUpperCase()[0])
      .slice(0, n),
};

describe("importDataset", () => {
  it("reads a file again as Windows-1252 when a byte far down is not UTF-8", async () => {
    // 100,000 ASCII rows (about 1.5 MB, many batches handed out) and then "Café" in Latin-1.
    const rows = Array.from({ length: 100000 }, (_, i) => `R${i},A1,${i}\n`).join("");
    const bytes = Buffer.concat([
      Buffer.from(`region,activity,value\n${rows}Caf`),
      Buffer.from([0xe9, 0x2c]),
      Buffer.from("A1,5\n"),
    ]);
    const { path, out, folder } = setUp("late-latin1.csv", bytes);
    const summary = await importDataset({ path, out });
    expect(summary.source.facts.encoding).toBe("windows-1252 (guessed: line 100002 is not valid UTF-8)");
    expect(summary).toMatchObject({ ok: true, rows: 100001, written: 100001 });
    const text = readFileSync(out, "utf8");
    expect(text.endsWith("R99999,A1,99999,\nCafé,A1,5,\n")).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(["late-latin1.csv", "out.csv"]);
  });

  it("shows the first 50 problems by line, counts all, and writes every one to the problems CSV", async () => {
    const bad = Array.from({ length: 60 }, (_, i) => `R${i},A1,bad${i}\n`).join("");
    const { path, out, folder } = setUp("many.csv", `region,activity,value\nR0,A1,1\nR0,A1,=1+2\n${bad}`);
    const summary = await importDataset({ path, label: "many.csv", out });
    expect(summary.ok).toBe(false);
    // 60 non-numbers (lines 4-63), the formula (line 3) and the repeats of R0,A1 on lines 3 and 4;
    // shown: two problems on each of lines 3 and 4, one on each of lines 5-50.
    expect(summary.problems.total).toBe(63);
    expect(summary.problems.byCode).toEqual({ "non-numeric-value": 60, formula: 1, "duplicate-cell": 2 });
    const shown = summary.problems.shown;
    expect(shown).toHaveLength(50);
    expect(shown.slice(0, 3).map((p) => p.message)).toEqual([
      'many.csv, line 3, column "value": "=1+2" looks like a spreadsheet formula (it starts with "="); it is refused so that it cannot run when the output is opened in a spreadsheet.',
      'many.csv, line 3: region "R0", activity "A1" already appears on line 2; give each cell once (or add up the rows first).',
      'many.csv, line 4, column "value": "bad0" is not a number.',
    ]);
    expect(shown.at(-1)!.line).toBe(50);
    const csv = readFileSync(join(folder, "out.problems.csv"), "utf8").trimEnd().split("\n");
    expect(csv).toHaveLength(64);
    expect(csv[0]).toBe("line,column,problem,value,message");
    // The formula is written so that a spreadsheet shows it as text: a leading apostrophe.
    expect(csv[1]).toBe(
      `3,value,formula,'=1+2,"many.csv, line 3, column ""value"": ""=1+2"" looks like a spreadsheet formula (it starts with ""=""); it is refused so that it cannot run when the output is opened in a spreadsheet."`,
    );
    expect(readdirSync(folder).sort()).toEqual(["many.csv", "out.problems.csv"]);
  });

  it("rewrites codes a caller's list knows in another form and suggests codes for unknown ones", async () => {
    const { path, out } = setUp(
      "produce.csv",
      "region,activity,value\nR1,a1,1\nR1,A2,2\nR2,a1,3\nR2,A9,4\nR3,A9,5\n",
    );
    const summary = await importDataset({ path, label: "produce.csv", out, activityCodes: produce });
    expect(summary.rewritten).toEqual([{ role: "activity", rows: 2, codes: [{ from: "a1", to: "A1" }] }]);
    expect(summary.problems.shown.map((p) => p.message)).toEqual([
      'produce.csv, line 5, column "activity": "A9" is not in the produce list (2 rows, the first here); did you mean A1 (Apples), A2 (Pears)?',
    ]);
    const fixed = setUp("produce-fixed.csv", "region,activity,value\nR1,a1,1\nR1,A2,2\n");
    const ok = await importDataset({ path: fixed.path, out: fixed.out, activityCodes: produce });
    expect(readFileSync(fixed.out, "utf8")).toBe("region,activity,value,status\nR1,A1,1,\nR1,A2,2,\n");
    expect(ok.rewritten).toEqual([{ role: "activity", rows: 1, codes: [{ from: "a1", to: "A1" }] }]);
  });

  it("reports an unknown activity named by a wide column once, at the header", async () => {
    const { path, out } = setUp("wide.csv", "area,A1,Z7\nE1,1,2\nE2,3,4\n");
    const summary = await importDataset({ path, label: "wide.csv", out, activityCodes: produce });
    expect(summary.problems.shown.map((p) => p.message)).toEqual([
      'wide.csv, line 1, column "Z7": "Z7" is not in the produce list; no similar code found.',
    ]);
  });

  it("names the value column of a repeated cell in the wide layout", async () => {
    const { path, out } = setUp(
      "wide-repeat.csv",
      "region,industry,2020,2021\nR1,A1,1,2\nR2,A1,3,4\nR1,A1,5,6\n",
    );
    const summary = await importDataset({ path, label: "wide-repeat.csv", out });
    expect(summary.problems.shown.map((p) => p.message)).toEqual([
      'wide-repeat.csv, line 4, column "2020": region "R1", activity "A1", time "2020" already appears on line 2; give each cell once (or add up the rows first).',
      'wide-repeat.csv, line 4, column "2021": region "R1", activity "A1", time "2021" already appears on line 2; give each cell once (or add up the rows first).',
    ]);
  });

  it("keeps the problems found before the text became unreadable", async () => {
    const { path, out } = setUp("late-quote.csv", 'region,activity,value\nR1,A1,x1\nR2,A1,5\nR3,"A1,6\n');
    const summary = await importDataset({ path, label: "late-quote.csv", out });
    expect(summary.problems.shown.map((p) => p.message)).toEqual([
      'late-quote.csv, line 2, column "value": "x1" is not a number.',
      "late-quote.csv, line 4: a quoted field starts on this line but its closing quote is missing.",
    ]);
  });

  it("tells its stages, the second read only when cells repeat", async () => {
    const { path, out } = setUp("stages.csv", "region,activity,value\nR1,A1,1\nR1,A1,2\n");
    const events: string[] = [];
    await importDataset({ path, out, onStage: (stage, phase) => events.push(`${stage} ${phase}`) });
    expect(events).toEqual(["read start", "read end", "repeats start", "repeats end"]);
  });

  it("leaves an earlier output alone when an import fails, and replaces it when one succeeds", async () => {
    const { path, out, folder } = setUp("again.csv", "region,activity,value\nR1,A1,bad\n");
    writeFileSync(out, "earlier output\n");
    expect((await importDataset({ path, out })).ok).toBe(false);
    expect(readFileSync(out, "utf8")).toBe("earlier output\n");
    writeFileSync(path, "region,activity,value\nR1,A1,1\n");
    expect((await importDataset({ path, out, problemsPath: join(folder, "p.csv") })).ok).toBe(true);
    expect(readFileSync(out, "utf8")).toBe("region,activity,value,status\nR1,A1,1,\n");
  });

  it("creates a missing output folder and says when the output cannot be written", async () => {
    const { path, folder } = setUp("ok.csv", "region,activity,value\nR1,A1,1\n");
    const nested = join(folder, "a", "b", "out.csv");
    expect((await importDataset({ path, out: nested })).ok).toBe(true);
    expect(existsSync(nested)).toBe(true);
    writeFileSync(join(folder, "file"), "");
    const run = importDataset({ path, out: join(folder, "file", "out.csv") });
    await expect(run).rejects.toBeInstanceOf(InputError);
    await expect(importDataset({ path, out: join(folder, "file", "out.csv") })).rejects.toThrow(
      `${join(folder, "file")}: cannot write the output folder`,
    );
  });

  it("refuses options that contradict each other or the file", async () => {
    const { path, out } = setUp("options.csv", "region,activity,value\nR1,A1,1\n");
    await expect(importDataset({ path, out, columns: { layout: "wide", value: "value" } })).rejects.toThrow(
      new OptionError("--value is for the long layout; in the wide layout every value column is read"),
    );
    await expect(
      importDataset({ path, out, columns: { layout: "wide", activity: "a", time: "t" } }),
    ).rejects.toBeInstanceOf(OptionError);
    await expect(importDataset({ path, label: "options.csv", out, sheet: "Data" })).rejects.toThrow(
      "--sheet is for .xlsx workbooks; options.csv is read as CSV",
    );
  });

  it("says when the input cannot be read at all", async () => {
    await expect(
      importDataset({
        path: join(work.dir, "nowhere.csv"),
        label: "nowhere.csv",
        out: join(work.dir, "o.csv"),
      }),
    ).rejects.toThrow("nowhere.csv: cannot read the file (no such file).");
  });
});
