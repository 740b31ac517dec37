// The WebAssembly SIMD functions must give the very bits of the JavaScript loops they replace
// (decision 0014): same operations per lane, in the same order, no fused multiply-add. Checked on
// random inputs (fixed seed): `addPairedRows` over every row-group remainder (runs of 0..11 rows:
// groups of 4, 2, 1) and every column parity (widths 1..66: pairs of columns and the odd last one),
// `foldBuckets` over g = 1..7 and spans 1..41, `blockSums` against its JavaScript steps, then the
// whole region-block product with and without the module for several block sizes, and with a module
// the platform refuses.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { sparsePresence } from "../../src/matrix/sparse-presence.ts";
import { activityCooccurrence } from "../../src/relatedness/cooccurrence-counts.ts";
import { fourRussiansPlan } from "../../src/relatedness/four-russians-plan.ts";
import {
  foldBuckets,
  fourRussiansColumns,
  fourRussiansKernels,
} from "../../src/relatedness/four-russians-proximity-kernel.ts";
import { pairedRowsWasm } from "../../src/relatedness/paired-rows-wasm.ts";
import { addPairedRows } from "../../src/relatedness/proximity-row-sums.ts";
import { wasmApi } from "../fixtures/wasm-api.ts";
import { sameBits, seeded } from "./arbitraries.ts";

type WasmAdd = (...args: number[]) => void;

function instantiate(pages: number): {
  add: WasmAdd;
  fold: WasmAdd;
  blockSums: WasmAdd;
  buffer: ArrayBuffer;
} {
  const memory = new wasmApi.Memory({ initial: pages });
  const instance = new wasmApi.Instance(new wasmApi.Module(pairedRowsWasm), { env: { memory } });
  const { addPairedRows, foldBuckets, blockSums } = instance.exports;
  return {
    add: addPairedRows as WasmAdd,
    fold: foldBuckets as WasmAdd,
    blockSums: blockSums as WasmAdd,
    buffer: memory.buffer,
  };
}

/** Doubles of every size and sign, with zeros (and negative zeros) among them. */
const anyValue = (random: () => number) => {
  const r = random();
  if (r < 0.15) return 0;
  if (r < 0.2) return -0;
  return (random() - 0.4) * 10 ** (8 * random() - 4);
};

describe("the WebAssembly paired-rows function", () => {
  it("is a valid module exporting its three functions", () => {
    expect(wasmApi.validate(pairedRowsWasm)).toBe(true);
    expect(pairedRowsWasm.length).toBeLessThan(2048);
    const exports = wasmApi.Module.exports(new wasmApi.Module(pairedRowsWasm));
    expect(exports).toEqual([
      { name: "addPairedRows", kind: "function" },
      { name: "foldBuckets", kind: "function" },
      { name: "blockSums", kind: "function" },
    ]);
  });

  it("folds a worked example: g = 2, buckets (100, 1, 2, 4) of one column", () => {
    const { fold, buffer } = instantiate(1);
    const buckets = new Float64Array(buffer, 0, 4);
    buckets.set([100, 1, 2, 4]);
    const sums = new Float64Array(buffer, 64, 2);
    sums.set([-7, -7]); // overwritten
    fold(0, 1, 2, 64);
    // Region 0 (bit 0) holds the activities of patterns 1 and 3, region 1 those of patterns 2 and 3;
    // pattern 0 (no region of the block) is in neither.
    expect(Array.from(sums)).toEqual([1 + 4, 2 + 4]);
    // The lower half after both folds: (100 + 2) + (1 + 4) in row 0, 1 + 4 in row 1.
    expect(Array.from(buckets)).toEqual([107, 5, 2, 4]);
  });

  test.prop(
    [
      fc.record({
        g: fc.integer({ min: 1, max: 7 }),
        span: fc.integer({ min: 1, max: 41 }),
        seed: fc.integer({ min: 1, max: 2 ** 30 }),
      }),
    ],
    { seed: 15, numRuns: 200 },
  )("folds buckets to the JavaScript fold's bits", ({ g, span, seed }) => {
    const random = seeded(seed);
    const { fold, buffer } = instantiate(1);
    const rows = 2 ** g;
    const buckets = new Float64Array(buffer, 0, rows * span);
    for (let i = 0; i < buckets.length; i++) buckets[i] = anyValue(random);
    const sumsAt = 8 * rows * span;
    const sums = new Float64Array(buffer, sumsAt, g * span);
    sums.fill(Number.NaN); // every sum is written
    const expectedBuckets = Float64Array.from(buckets);
    const expectedSums = new Float64Array(g * span);
    foldBuckets(expectedBuckets, span, g, expectedSums);
    fold(0, span, g, sumsAt);
    expect(sameBits(sums, expectedSums)).toBe(true);
    expect(sameBits(buckets, expectedBuckets)).toBe(true);
  });

  test.prop(
    [
      fc.record({
        g: fc.integer({ min: 1, max: 6 }),
        width: fc.integer({ min: 1, max: 33 }),
        seed: fc.integer({ min: 1, max: 2 ** 30 }),
      }),
    ],
    { seed: 16, numRuns: 200 },
  )(
    "sums a region block to the bits of clearing, adding each pattern's rows and folding",
    ({ g, width, seed }) => {
      const random = seeded(seed);
      const nP = 37;
      const patterns = 2 ** g;
      const { blockSums, buffer } = instantiate(2);
      // Layout: block (nP x width) at 0, buckets, u, activities, runs, sums.
      const block = new Float64Array(buffer, 0, nP * width);
      for (let i = 0; i < block.length; i++) block[i] = anyValue(random);
      const bucketsAt = 8 * nP * width;
      const buckets = new Float64Array(buffer, bucketsAt, patterns * 2 * width);
      buckets.fill(Number.NaN); // cleared by the call
      const uAt = bucketsAt + 8 * buckets.length;
      const u = new Float64Array(buffer, uAt, nP);
      for (let q = 0; q < nP; q++) u[q] = anyValue(random);
      // Each activity in one random pattern (0 = none of the block's regions), listed by pattern.
      const patternOf = Array.from({ length: nP }, () => Math.floor(random() * patterns));
      const listAt = uAt + 8 * nP;
      const list = new Int32Array(buffer, listAt, nP);
      const runsAt = listAt + 4 * nP;
      const runs = new Int32Array(buffer, runsAt, patterns + 1);
      let k = 0;
      for (let s = 0; s < patterns; s++) {
        runs[s] = k;
        for (let q = 0; q < nP; q++) if (patternOf[q] === s && s !== 0) list[k++] = q;
      }
      runs[patterns] = k;
      const sumsAt = 8 * Math.ceil((runsAt + 4 * (patterns + 1)) / 8);
      const sums = new Float64Array(buffer, sumsAt, g * 2 * width);
      const expectedBuckets = new Float64Array(patterns * 2 * width);
      for (let s = 1; s < patterns; s++) {
        const at = s * 2 * width;
        addPairedRows(
          expectedBuckets,
          at,
          expectedBuckets,
          at + width,
          block,
          width,
          list,
          runs[s]!,
          runs[s + 1]!,
          u,
        );
      }
      const expectedSums = new Float64Array(g * 2 * width);
      foldBuckets(expectedBuckets, 2 * width, g, expectedSums);
      blockSums(bucketsAt, width, 0, listAt, runsAt, g, uAt, sumsAt);
      expect(sameBits(sums, expectedSums)).toBe(true);
      expect(sameBits(buckets, expectedBuckets)).toBe(true);
    },
  );

  it("adds a worked example: rows 0 and 2 of a 3 x 3 block, u = (2, 5, -1)", () => {
    const { add, buffer } = instantiate(1);
    const block = new Float64Array(buffer, 0, 9);
    block.set([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const plain = new Float64Array(buffer, 80, 3);
    const weighted = new Float64Array(buffer, 112, 3);
    plain.set([10, 10, 10]);
    const activities = new Int32Array(buffer, 144, 2);
    activities.set([0, 2]);
    const u = new Float64Array(buffer, 152, 3);
    u.set([2, 5, -1]);
    add(80, 112, 0, 3, 144, 0, 2, 152);
    // plain = 10 + (row 0 + row 2) = 10 + (8, 10, 12); weighted = 2·row 0 − row 2 = (−5, −4, −3).
    expect(Array.from(plain)).toEqual([18, 20, 22]);
    expect(Array.from(weighted)).toEqual([-5, -4, -3]);
  });

  test.prop(
    [
      fc.record({
        width: fc.integer({ min: 1, max: 66 }),
        rows: fc.integer({ min: 0, max: 11 }),
        seed: fc.integer({ min: 1, max: 2 ** 30 }),
      }),
    ],
    { seed: 14, numRuns: 300 },
  )("gives the JavaScript loop's bits", ({ width, rows, seed }) => {
    const nP = 40;
    const random = seeded(seed);
    const { add, buffer } = instantiate(1);
    // Layout: block (nP x width) at 0, plain, weighted, activities, u.
    const block = new Float64Array(buffer, 0, nP * width);
    for (let i = 0; i < block.length; i++)
      block[i] = random() < 0.3 ? 0 : (random() - 0.3) * 10 ** (4 * random());
    const plainAt = 8 * nP * width;
    const weightedAt = plainAt + 8 * width;
    const activitiesAt = weightedAt + 8 * width;
    const uAt = activitiesAt + 4 * 16;
    const plain = new Float64Array(buffer, plainAt, width);
    const weighted = new Float64Array(buffer, weightedAt, width);
    for (let p = 0; p < width; p++) {
      plain[p] = random();
      weighted[p] = random() - 0.5;
    }
    const from = 2;
    const activities = new Int32Array(buffer, activitiesAt, 16);
    for (let i = 0; i < 16; i++) activities[i] = Math.floor(random() * nP);
    const u = new Float64Array(buffer, uAt, nP);
    for (let q = 0; q < nP; q++) u[q] = random() * 4 - 2;
    const expectedPlain = Float64Array.from(plain);
    const expectedWeighted = Float64Array.from(weighted);
    addPairedRows(expectedPlain, 0, expectedWeighted, 0, block, width, activities, from, from + rows, u);
    add(plainAt, weightedAt, 0, width, activitiesAt, from, from + rows, uAt);
    expect(sameBits(plain, expectedPlain)).toBe(true);
    expect(sameBits(weighted, expectedWeighted)).toBe(true);
  });

  for (const [nR, nP] of [
    [90, 70],
    [300, 129],
  ] as const) {
    it(`gives the region-block product the same bits as the JavaScript loop (${nR} x ${nP})`, () => {
      const random = seeded(nP);
      const dense = Uint8Array.from({ length: nR * nP }, () => (random() < 0.35 ? 1 : 0));
      const presence = sparsePresence(dense, nR, nP);
      const u = Float64Array.from({ length: nP }, () => random() - 0.5);
      // The plan's own block size, and block sizes that leave a partial last block.
      for (const plan of [
        fourRussiansPlan(presence),
        fourRussiansPlan(presence, 7),
        fourRussiansPlan(presence, 1),
      ]) {
        const run = (wasm: Uint8Array | undefined) => {
          const outs = [new Float64Array(nR * nP), new Float64Array(nR * nP)];
          const job = {
            nRegions: nR,
            nActivities: nP,
            plan,
            phi: activityCooccurrence(presence),
            weights: [null, u],
            outs,
            columnFrom: 0,
            columnTo: nP,
            chunk: 64,
            ...(wasm ? { wasm } : {}),
          };
          return { outs, used: fourRussiansColumns(job, fourRussiansKernels) };
        };
        const javascript = run(undefined);
        const simd = run(pairedRowsWasm);
        // A module the platform refuses (here: not WebAssembly at all) falls back to the loop.
        const refused = run(Uint8Array.from([0, 1, 2, 3]));
        expect([javascript.used, simd.used, refused.used]).toEqual(["loop", "simd", "loop"]);
        expect(javascript.outs[1]!.some((x) => x !== 0)).toBe(true);
        for (const w of [0, 1]) {
          expect(sameBits(simd.outs[w]!, javascript.outs[w]!), `weight ${w}`).toBe(true);
          expect(sameBits(refused.outs[w]!, javascript.outs[w]!), `weight ${w}, refused`).toBe(true);
        }
      }
    });
  }
});
