// The kernels a host runs on a helper thread (common/kernel-helper.ts) are rebuilt there from their
// source text, so here they are rebuilt the same way, in a scope that sees no module binding, and
// lent to the engine through a helper that runs them in this thread. Splitting the work must give
// the very same bits as one thread (each output cell is computed by the same arithmetic), and the
// split must really happen (the helper's calls are recorded).
import { describe, expect, it } from "vitest";
import type { HelperKernelName, KernelHelper } from "../../src/common/kernel-helper.ts";
import { sparsePresence } from "../../src/matrix/sparse-presence.ts";
import { analyseComplexity } from "../../src/pipeline/analyse-complexity.ts";
import { activityCooccurrence } from "../../src/relatedness/cooccurrence-counts.ts";
import {
  fourRussiansPlan,
  fourRussiansProximitySums,
} from "../../src/relatedness/four-russians-proximity-kernel.ts";
import { helperKernelNames, helperKernels } from "../../src/relatedness/helper-kernels.ts";

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

/** A helper that runs the rebuilt kernel on a structured clone of the job when it is waited for. */
function inThreadHelper(): RecordingHelper {
  const kernels = rebuiltKernels();
  const calls: RecordingHelper["calls"] = [];
  return {
    calls,
    sharedFloat64: (length) => new Float64Array(new SharedArrayBuffer(8 * length)),
    start(name, job) {
      // structuredClone shares SharedArrayBuffers and copies the rest, as postMessage does.
      const copy = structuredClone(job) as Record<string, unknown>;
      calls.push({ name, job: copy });
      return () => kernels[name]!(copy, kernels);
    },
  };
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomPresence(nR: number, nP: number, share: number, seed: number) {
  const random = seeded(seed);
  const dense = Uint8Array.from({ length: nR * nP }, () => (random() < share ? 1 : 0));
  return sparsePresence(dense, nR, nP);
}

const sameBits = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

describe("helper kernels", () => {
  it("are exactly the job kernels and their inner loops, each rebuilt from its source text", () => {
    const kernels = rebuiltKernels();
    expect(Object.keys(kernels).sort()).toEqual(Object.keys(helperKernels).sort());
    for (const name of helperKernelNames) expect(typeof kernels[name]).toBe("function");
  });

  for (const nP of [100, 200, 257]) {
    it(`split the region-block product by columns with the same bits (${nP} activities)`, () => {
      const sparse = randomPresence(180, nP, 0.35, nP);
      const counts = activityCooccurrence(sparse);
      const random = seeded(7);
      const u = Float64Array.from({ length: nP }, () => random() - 0.5);
      const plan = fourRussiansPlan(sparse);
      for (const addDiagonal of [false, true]) {
        const helper = inThreadHelper();
        const alone = fourRussiansProximitySums(sparse, counts, [null, u], addDiagonal, plan);
        const split = fourRussiansProximitySums(sparse, counts, [null, u], addDiagonal, plan, helper);
        expect(helper.calls.map((c) => c.name)).toEqual(["fourRussiansColumns"]);
        // The helper takes the upper half of the 64-column chunks.
        const chunks = Math.ceil(nP / 64);
        expect(helper.calls[0]!.job.columnFrom).toBe(Math.ceil(chunks / 2) * 64);
        expect(helper.calls[0]!.job.columnTo).toBe(nP);
        expect(split.every((k) => k.buffer instanceof SharedArrayBuffer)).toBe(true);
        expect(sameBits(split[0]!, alone[0]!)).toBe(true);
        expect(sameBits(split[1]!, alone[1]!)).toBe(true);
      }
    });
  }

  it("leaves a single chunk of columns to this thread", () => {
    const sparse = randomPresence(60, 64, 0.4, 3);
    const helper = inThreadHelper();
    fourRussiansProximitySums(sparse, activityCooccurrence(sparse), [null], false, undefined, helper);
    expect(helper.calls).toEqual([]);
  });

  for (const nItems of [3, 4, 5, 41, 300]) {
    it(`count co-occurrences by bitsets split by rows with the same counts (${nItems} activities)`, () => {
      const sparse = randomPresence(70, nItems, 0.3, nItems);
      const helper = inThreadHelper();
      const alone = activityCooccurrence(sparse, "bitset");
      const split = activityCooccurrence(sparse, "bitset", helper);
      expect(helper.calls.map((c) => c.name)).toEqual(nItems < 4 ? [] : ["countBitsetRows"]);
      if (nItems >= 4) {
        // The helper's rows hold about half of the pairs.
        const from = helper.calls[0]!.job.rowFrom as number;
        const helperPairs = ((nItems - from) * (nItems - from - 1)) / 2;
        expect(Math.abs(helperPairs / ((nItems * (nItems - 1)) / 2) - 0.5)).toBeLessThan(0.25);
      }
      expect(Array.from(split.counts)).toEqual(Array.from(alone.counts));
      expect(split.counts.buffer).toBeInstanceOf(SharedArrayBuffer);
    });
  }

  it("give the whole pipeline the same bits with a helper as without", () => {
    // Many regions, few activities: the engine takes the region-block kernel.
    const nR = 1000;
    const nP = 300;
    const random = seeded(11);
    const matrix = {
      regions: Array.from({ length: nR }, (_, r) => `R${r}`),
      activities: Array.from({ length: nP }, (_, p) => `P${p}`),
      values: Float64Array.from({ length: nR * nP }, () =>
        random() < 0.4 ? Math.floor(random() * 1000) + 1 : 0,
      ),
    };
    const helper = inThreadHelper();
    const alone = analyseComplexity(matrix);
    const split = analyseComplexity(matrix, { helper });
    expect(helper.calls.map((c) => c.name)).toEqual(["countBitsetRows", "fourRussiansColumns"]);
    for (const key of ["rca", "density", "cog", "eci", "pci", "coi"] as const) {
      expect(sameBits(split[key], alone[key]), key).toBe(true);
    }
  });

  it("pass a helper's failure on to the caller", () => {
    const sparse = randomPresence(80, 130, 0.4, 9);
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
