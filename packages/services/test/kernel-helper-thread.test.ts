// The formatter's helper thread lent to the engine (decision 0013): the analytics kernels rebuilt
// from their source text on a real worker thread must give the very same bits as the main thread
// alone, and a kernel that fails there must surface as an error, not a hang.
import {
  analyseComplexity,
  analyseComplexityInBands,
  type HelperKernelName,
  type KernelHelper,
} from "@smartspec/analytics";
import { afterAll, describe, expect, it } from "vitest";
import { ParallelFormatter } from "../src/output/parallel-formatter.ts";
import { countMatrix } from "./count-matrix.ts";

const thread = new ParallelFormatter();
afterAll(() => thread.close());

/** The real thread, with its jobs recorded (it still does all the work). */
function recording(helper: KernelHelper): KernelHelper & { names: HelperKernelName[] } {
  const names: HelperKernelName[] = [];
  return {
    names,
    sharedFloat64: (length) => helper.sharedFloat64(length),
    start: (name, job) => {
      names.push(name);
      return helper.start(name, job);
    },
  };
}

const sameBits = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

describe("the helper thread as the engine's KernelHelper", () => {
  it("computes half of the co-occurrences, density and COG with the same bits as one thread", () => {
    // Many regions, a few hundred activities: the bitset counts and the region-block kernel.
    const matrix = countMatrix(1000, 300, 5);
    const helper = recording(thread);
    const alone = analyseComplexity(matrix);
    const split = analyseComplexity(matrix, { helper });
    expect(helper.names).toEqual(["countBitsetRows", "fourRussiansColumns"]);
    for (const key of ["density", "cog", "coi", "eci", "pci"] as const) {
      expect(sameBits(split[key], alone[key]), key).toBe(true);
    }
    // Nothing is left running: the next job starts at once.
    expect(sameBits(analyseComplexity(matrix, { helper: thread }).density, alone.density)).toBe(true);
  });

  it("shares each band's rows of ω, COG and COI with the same bits (analyseComplexityInBands)", () => {
    // 2,000 regions: three bands of the region-block kernel.
    const matrix = countMatrix(2000, 300, 9);
    const alone = analyseComplexity(matrix);
    const helper = recording(thread);
    const density = new Float64Array(alone.density.length);
    const cog = new Float64Array(alone.cog.length);
    const analysis = analyseComplexityInBands(matrix, { helper }, (band) => {
      density.set(band.density, band.firstRegion * 300);
      cog.set(band.cog, band.firstRegion * 300);
    });
    expect(helper.names.filter((name) => name === "outlookRows")).toHaveLength(3);
    expect(sameBits(density, alone.density)).toBe(true);
    expect(sameBits(cog, alone.cog)).toBe(true);
    expect(sameBits(analysis.coi, alone.coi)).toBe(true);
  });

  it("reports a kernel that fails on the thread as an error", () => {
    const wait = thread.start("fourRussiansColumns", { nRegions: 2 });
    expect(wait).toThrow("the helper thread could not compute fourRussiansColumns");
    // And it is free again afterwards.
    const again = thread.start("countBitsetRows", {
      nItems: 2,
      words: 1,
      bits: Int32Array.of(3, 1),
      rowFrom: 0,
      rowTo: 2,
      out: new Uint16Array(new SharedArrayBuffer(2)),
    });
    expect(again).not.toThrow();
  });
});
