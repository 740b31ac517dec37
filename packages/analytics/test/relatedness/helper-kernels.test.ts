// The kernels a host runs on a helper thread (common/kernel-helper.ts) are rebuilt there from their
// source text, so here they are rebuilt the same way, in a scope that sees no module binding, and
// lent to the engine through a helper that runs them in this thread. Splitting the work must give
// the very same bits as one thread (each output cell is computed by the same arithmetic), and the
// split must really happen (the helper's calls are recorded).
import { describe, expect, it } from "vitest";
import type { HelperKernelName, KernelHelper } from "../../src/common/kernel-helper.ts";
import { analyseComplexity, analyseComplexityInBands } from "../../src/pipeline/analyse-complexity.ts";
import { activityCooccurrence } from "../../src/relatedness/cooccurrence-counts.ts";
import { fourRussiansPlan } from "../../src/relatedness/four-russians-plan.ts";
import { fourRussiansProximitySums } from "../../src/relatedness/four-russians-proximity-kernel.ts";
import { helperKernels } from "../../src/relatedness/helper-kernels.ts";
import { randomCountMatrix, randomPresence, sameBits, seeded } from "./arbitraries.ts";

type Rebuilt = Record<string, (job: object, kernels: object) => void>;

/** Every helper kernel rebuilt from `String(fn)` inside `new Function`: no access to any import. */
function rebuiltKernels(): Rebuilt {
  const entries = Object.entries(helperKernels).map(([name, fn]) => `${name}: (${String(fn)}),`);
  const source = `"use strict"; var __name = (f) => f; return {\n${entries.join("\n")}\n};`;
  return new Function(source)() as Rebuilt;
}

interface RecordingHelper extends KernelHelper {
  readonly calls: { name: HelperKernelName; job: Record<string, unknown> }[];
}

/**
 * A helper that runs the rebuilt kernel on a structured clone of the job, at once ("eager": it takes
 * every chunk before this thread starts) or when it is waited for ("late": this thread took them all).
 */
function inThreadHelper(when: "eager" | "late" = "eager"): RecordingHelper {
  const kernels = rebuiltKernels();
  const calls: RecordingHelper["calls"] = [];
  return {
    calls,
    sharedFloat64: (length) => new Float64Array(new SharedArrayBuffer(8 * length)),
    start(name, job) {
      // structuredClone shares SharedArrayBuffers and copies the rest, as postMessage does.
      const copy = structuredClone(job) as Record<string, unknown>;
      calls.push({ name, job: copy });
      if (when === "eager") kernels[name]!(copy, kernels);
      return () => {
        if (when === "late") kernels[name]!(copy, kernels);
      };
    },
  };
}

describe("helper kernels", () => {
  it("are exactly the job kernels and their inner loops, each rebuilt from its source text", () => {
    const kernels = rebuiltKernels();
    expect(Object.keys(kernels).sort()).toEqual(Object.keys(helperKernels).sort());
    const jobs: HelperKernelName[] = ["countBitsetRows", "fourRussiansColumns"];
    for (const name of jobs) expect(typeof kernels[name]).toBe("function");
  });

  for (const nP of [100, 200, 257]) {
    it(`share the region-block product's column chunks with the same bits (${nP} activities)`, () => {
      const { sparse } = randomPresence(180, nP, 0.35, nP);
      const counts = activityCooccurrence(sparse);
      const random = seeded(7);
      const u = Float64Array.from({ length: nP }, () => random() - 0.5);
      const plan = fourRussiansPlan(sparse);
      for (const addDiagonal of [false, true]) {
        const alone = fourRussiansProximitySums(sparse, counts, [null, u], addDiagonal, plan);
        for (const when of ["eager", "late"] as const) {
          const helper = inThreadHelper(when);
          const split = fourRussiansProximitySums(sparse, counts, [null, u], addDiagonal, plan, helper);
          expect(helper.calls.map((c) => c.name)).toEqual(["fourRussiansColumns"]);
          // Both threads take 64-column chunks from one shared counter until every chunk is taken.
          const claim = helper.calls[0]!.job.claim as Int32Array;
          expect(claim.buffer).toBeInstanceOf(SharedArrayBuffer);
          expect(claim[0]).toBeGreaterThanOrEqual(Math.ceil(nP / 64));
          expect(split.every((k) => k.buffer instanceof SharedArrayBuffer)).toBe(true);
          expect(sameBits(split[0]!, alone[0]!), when).toBe(true);
          expect(sameBits(split[1]!, alone[1]!), when).toBe(true);
        }
      }
    });
  }

  it("leaves a single chunk of columns to this thread", () => {
    const { sparse } = randomPresence(60, 64, 0.4, 3);
    const helper = inThreadHelper();
    fourRussiansProximitySums(sparse, activityCooccurrence(sparse), [null], false, undefined, helper);
    expect(helper.calls).toEqual([]);
  });

  for (const nItems of [3, 4, 5, 41, 300]) {
    it(`count co-occurrences by bitsets in shared groups of rows with the same counts (${nItems} activities)`, () => {
      const { sparse } = randomPresence(70, nItems, 0.3, nItems);
      const alone = activityCooccurrence(sparse, "bitset");
      for (const when of ["eager", "late"] as const) {
        const helper = inThreadHelper(when);
        const split = activityCooccurrence(sparse, "bitset", helper);
        expect(helper.calls.map((c) => c.name)).toEqual(nItems < 4 ? [] : ["countBitsetRows"]);
        if (nItems >= 4) {
          // Groups of ceil(n / 64) rows, every group taken.
          const job = helper.calls[0]!.job;
          expect(job.rowsPerClaim).toBe(Math.ceil(nItems / 64));
          expect((job.claim as Int32Array)[0]).toBeGreaterThanOrEqual(
            Math.ceil(nItems / (job.rowsPerClaim as number)),
          );
        }
        expect(Array.from(split.counts), when).toEqual(Array.from(alone.counts));
        expect(split.counts.buffer).toBeInstanceOf(SharedArrayBuffer);
      }
    });
  }

  it("give the whole pipeline the same bits with a helper as without", () => {
    // Many regions, few activities: the engine takes the region-block kernel.
    const nR = 1000;
    const nP = 300;
    const matrix = randomCountMatrix(nR, nP, 11);
    const helper = inThreadHelper();
    const alone = analyseComplexity(matrix);
    const split = analyseComplexity(matrix, { helper });
    expect(helper.calls.map((c) => c.name)).toEqual(["countBitsetRows", "fourRussiansColumns"]);
    for (const key of ["rca", "density", "cog", "eci", "pci", "coi"] as const) {
      expect(sameBits(split[key], alone[key]), key).toBe(true);
    }
  });

  it("start counting co-occurrences before the eigen-solver, and take the rest after it", () => {
    const nR = 400;
    const nP = 200;
    const matrix = randomCountMatrix(nR, nP, 5);
    const events: string[] = [];
    const late = inThreadHelper("late");
    const helper: KernelHelper = {
      sharedFloat64: late.sharedFloat64,
      start(name, job) {
        events.push(`helper starts ${name}`);
        return late.start(name, job);
      },
    };
    const split = analyseComplexity(matrix, {
      helper,
      onStage: (stage, phase) => events.push(`${stage} ${phase}`),
    });
    const at = (event: string) => events.indexOf(event);
    expect(at("helper starts countBitsetRows")).toBeGreaterThan(at("presence end"));
    expect(at("helper starts countBitsetRows")).toBeLessThan(at("complexity start"));
    expect(at("proximity start")).toBeGreaterThan(at("complexity end"));
    // The helper was waited for late, so this thread counted every group: still the same counts.
    expect(sameBits(split.density, analyseComplexity(matrix).density)).toBe(true);
  });

  it("share each band's column chunks too: the bands join to the bits of one thread", () => {
    const nR = 1800;
    const nP = 200;
    const matrix = randomCountMatrix(nR, nP, 13);
    const alone = analyseComplexity(matrix);
    for (const when of ["eager", "late"] as const) {
      const helper = inThreadHelper(when);
      const density = new Float64Array(nR * nP);
      const cog = new Float64Array(nR * nP);
      const firsts: number[] = [];
      analyseComplexityInBands(matrix, { helper }, (band) => {
        firsts.push(band.firstRegion);
        expect(band.density.buffer).toBeInstanceOf(SharedArrayBuffer);
        density.set(band.density, band.firstRegion * nP);
        cog.set(band.cog, band.firstRegion * nP);
      });
      expect(firsts).toEqual([0, 840, 1680]);
      // Per band: the product's column chunks, then the rows of ω, COG and COI (outlookRows).
      expect(helper.calls.map((c) => c.name)).toEqual([
        "countBitsetRows",
        "fourRussiansColumns",
        "outlookRows",
        "fourRussiansColumns",
        "outlookRows",
        "fourRussiansColumns",
        "outlookRows",
      ]);
      expect(sameBits(density, alone.density), when).toBe(true);
      expect(sameBits(cog, alone.cog), when).toBe(true);
    }
  });

  it("pass a helper's failure on to the caller", () => {
    const { sparse } = randomPresence(80, 130, 0.4, 9);
    const failing: KernelHelper = {
      sharedFloat64: (length) => new Float64Array(new SharedArrayBuffer(8 * length)),
      start: (name) => () => {
        throw new Error(`the helper thread could not compute ${name}`);
      },
    };
    expect(() =>
      fourRussiansProximitySums(sparse, activityCooccurrence(sparse), [null], false, undefined, failing),
    ).toThrow("the helper thread could not compute fourRussiansColumns");
  });
});
