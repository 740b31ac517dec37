// The complexity tables written with every helper thread (block formatting, the engine's kernels,
// proximity.csv on its own thread started while the engine computes density) must be the very same
// bytes as written on the main thread alone, for a panel of two periods; cells.csv is written band
// by band as the engine gives them (1,000 regions: bands of 840 and 160).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseComplexity, analyseComplexityInBands } from "@smartspec/analytics";
import { describe, expect, it } from "vitest";
import { ComplexityTables, complexityTableNames } from "../src/complexity/complexity-tables.ts";
import { prepareOutputFolder } from "../src/output/prepare-output-folder.ts";
import { countMatrix } from "./count-matrix.ts";
import { tempFolder } from "./temp-files.ts";

const { dir } = tempFolder("complexity-tables");

const nR = 1000;
const nP = 200;
const periods = [
  ["2020", countMatrix(nR, nP, 1)],
  ["2021", countMatrix(nR, nP, 2)],
] as const;

/**
 * Writes both periods as run-complexity does; returns whether proximity.csv had its own thread, and
 * the first region of every band of cells.
 */
function writeTables(outDir: string, threadsAboveBytes: number): { started: boolean[]; bands: number[] } {
  prepareOutputFolder(outDir);
  const layout = { time: true, fitness: false };
  const tables = new ComplexityTables(
    outDir,
    layout,
    { regions: nR, activities: nP, periods: 2 },
    threadsAboveBytes,
  );
  const started: boolean[] = [];
  const bands: number[] = [];
  for (const [time, matrix] of periods) {
    const helper = tables.kernelHelper();
    const analysis = analyseComplexityInBands(
      matrix,
      {
        ...(helper ? { helper } : {}),
        onProximity: (proximity) => started.push(tables.startProximity(time, matrix, proximity)),
      },
      (band) => {
        bands.push(band.firstRegion);
        tables.writeCellBand(time, matrix, band);
      },
    );
    tables.writePeriod(time, analysis);
  }
  tables.commit();
  return { started, bands };
}

describe("ComplexityTables", () => {
  it("writes the same bytes with helper threads as without", () => {
    const plain = join(dir, "plain");
    const threaded = join(dir, "threaded");
    expect(writeTables(plain, Number.POSITIVE_INFINITY)).toEqual({
      started: [false, false],
      bands: [0, 840, 0, 840],
    });
    expect(writeTables(threaded, 0)).toEqual({ started: [true, true], bands: [0, 840, 0, 840] });
    for (const name of complexityTableNames) {
      expect(readFileSync(join(threaded, name), "utf8"), name).toBe(readFileSync(join(plain, name), "utf8"));
    }
    const proximity = readFileSync(join(threaded, "proximity.csv"), "utf8").trim().split("\n");
    expect(proximity).toHaveLength(1 + 2 * ((nP * (nP - 1)) / 2));
    expect(proximity[1]).toMatch(/^2020,P000,P001,/);
    expect(proximity.at(-1)).toMatch(/^2021,P198,P199,/);
  });

  it("writes every cell of a period in region order, with the engine's whole-array numbers", () => {
    const outDir = join(dir, "cells");
    writeTables(outDir, 0);
    const rows = readFileSync(join(outDir, "cells.csv"), "utf8").trim().split("\n");
    expect(rows).toHaveLength(1 + 2 * nR * nP);
    const [time, matrix] = periods[1];
    const whole = analyseComplexity(matrix);
    // Spot checks across the band boundary (regions 839 and 840) and at the end.
    for (const r of [0, 839, 840, nR - 1]) {
      for (const p of [0, nP - 1]) {
        const cell = r * nP + p;
        const fields = rows[1 + nR * nP + cell]!.split(",");
        expect(fields.slice(0, 3)).toEqual([time, `R${r}`, `P${String(p).padStart(3, "0")}`]);
        expect(Number(fields[6])).toBe(whole.density[cell]);
        expect(Number(fields[7])).toBe(whole.cog[cell]);
      }
    }
  });
});
