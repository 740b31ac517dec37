// The complexity tables written with every helper thread (block formatting, the engine's kernels,
// proximity.csv on its own thread started while the engine computes density) must be the very same
// bytes as written on the main thread alone, for a panel of two periods.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseComplexity } from "@smartspec/analytics";
import { describe, expect, it } from "vitest";
import { ComplexityTables, complexityTableNames } from "../src/complexity/complexity-tables.ts";
import { prepareOutputFolder } from "../src/output/prepare-output-folder.ts";
import { countMatrix } from "./count-matrix.ts";
import { tempFolder } from "./temp-files.ts";

const { dir } = tempFolder("complexity-tables");

const periods = [
  ["2020", countMatrix(24, 150, 1)],
  ["2021", countMatrix(24, 150, 2)],
] as const;

/** Writes both periods as run-complexity does; returns whether proximity.csv had its own thread. */
function writeTables(outDir: string, threadsAboveBytes: number): boolean[] {
  prepareOutputFolder(outDir);
  const layout = { time: true, fitness: false };
  const tables = new ComplexityTables(
    outDir,
    layout,
    { regions: 24, activities: 150, periods: 2 },
    threadsAboveBytes,
  );
  const started: boolean[] = [];
  for (const [time, matrix] of periods) {
    const helper = tables.kernelHelper();
    const analysis = analyseComplexity(matrix, {
      ...(helper ? { helper } : {}),
      onProximity: (proximity) => started.push(tables.startProximity(time, matrix, proximity)),
    });
    tables.writePeriod(time, analysis);
  }
  tables.commit();
  return started;
}

describe("ComplexityTables", () => {
  it("writes the same bytes with helper threads as without", () => {
    const plain = join(dir, "plain");
    const threaded = join(dir, "threaded");
    expect(writeTables(plain, Number.POSITIVE_INFINITY)).toEqual([false, false]);
    expect(writeTables(threaded, 0)).toEqual([true, true]);
    for (const name of complexityTableNames) {
      expect(readFileSync(join(threaded, name), "utf8"), name).toBe(readFileSync(join(plain, name), "utf8"));
    }
    const proximity = readFileSync(join(threaded, "proximity.csv"), "utf8").trim().split("\n");
    expect(proximity).toHaveLength(1 + 2 * ((150 * 149) / 2));
    expect(proximity[1]).toMatch(/^2020,P000,P001,/);
    expect(proximity.at(-1)).toMatch(/^2021,P148,P149,/);
  });
});
