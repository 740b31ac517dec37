// The corpus of awkward and malformed inputs (issue #3 "Must show"): every file in corpus/ is
// imported and must give exactly the output, problems or refusal written in corpus-cases.ts.
// After each run the output folder must hold the output (success) or only the problems CSV
// (failure): never a partial output or a temporary file.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importDataset } from "../../src/index.ts";
import { tempFolder } from "../temp-files.ts";
import { corpusCases } from "./corpus-cases.ts";

const corpus = fileURLToPath(new URL("corpus/", import.meta.url));
const work = tempFolder("import-corpus");

describe("the corpus of awkward inputs", () => {
  it("has at least 55 files, each with at least one case", () => {
    const files = readdirSync(corpus).filter((name) => !name.endsWith(".md"));
    expect(files.length).toBeGreaterThanOrEqual(55);
    expect(files.filter((file) => !corpusCases.some((c) => c.file === file))).toEqual([]);
  });

  it.each(corpusCases.map((c, i) => [`${c.file}: ${c.why}`, c, i] as const))("%s", async (_name, c, i) => {
    const folder = join(work.dir, `case-${i}`);
    const out = join(folder, "out.csv");
    const run = importDataset({
      path: join(corpus, c.file),
      label: c.file,
      out,
      shownProblems: 1000,
      ...c.options,
    });
    if (c.thrown !== undefined) {
      await expect(run).rejects.toThrow(c.thrown);
      expect(readdirSafe(folder)).toEqual([]);
      return;
    }
    const summary = await run;
    if (c.output !== undefined) {
      expect(summary.problems.shown.map((p) => p.message)).toEqual([]);
      expect(readFileSync(out, "utf8")).toBe(c.output);
      expect(readdirSafe(folder)).toEqual(["out.csv"]);
    } else {
      expect(summary.ok).toBe(false);
      expect(summary.problems.shown.map((p) => p.message)).toEqual(c.problems);
      expect(summary.problems.total).toBe(c.problems!.length);
      // No output, no temporary file: only the problems CSV, one row per problem.
      expect(readdirSafe(folder)).toEqual(["out.problems.csv"]);
      const lines = readFileSync(join(folder, "out.problems.csv"), "utf8").trimEnd().split("\n");
      expect(lines[0]).toBe("line,column,problem,value,message");
      expect(summary.problems.file).toBe(join(folder, "out.problems.csv"));
      expect(lines.length - 1).toBe(c.problems!.length);
    }
    expect(summary.source.facts).toMatchObject(c.facts ?? {});
  });
});

function readdirSafe(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}
