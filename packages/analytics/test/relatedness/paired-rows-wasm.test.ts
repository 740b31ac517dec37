// The WebAssembly SIMD `addPairedRows` must give the very bits of the JavaScript loop it replaces
// (decision 0014): same operations per lane, in the same order, no fused multiply-add. Checked on
// random inputs (fixed seed) over every row-group remainder (runs of 0..11 rows: groups of 4, 2, 1)
// and every column parity (widths 1..66: pairs of columns and the odd last one), then through the
// whole region-block product with and without the module, and with a module the platform refuses.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { sparsePresence } from "../../src/matrix/sparse-presence.ts";
import { activityCooccurrence } from "../../src/relatedness/cooccurrence-counts.ts";
import { fourRussiansPlan } from "../../src/relatedness/four-russians-plan.ts";
import {
  fourRussiansColumns,
  fourRussiansKernels,
} from "../../src/relatedness/four-russians-proximity-kernel.ts";
import { pairedRowsWasm } from "../../src/relatedness/paired-rows-wasm.ts";
import { addPairedRows } from "../../src/relatedness/proximity-row-sums.ts";
import { seeded } from "./arbitraries.ts";

type WasmAdd = (...args: number[]) => void;

/** The WebAssembly API as this test uses it (the ES library has no types for it). */
const wasmApi = (
  globalThis as unknown as {
    WebAssembly: {
      validate(bytes: Uint8Array): boolean;
      Memory: new (d: { initial: number }) => { buffer: ArrayBuffer };
      Module: (new (bytes: Uint8Array) => object) & { exports(module: object): unknown };
      Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
    };
  }
).WebAssembly;

function instantiate(pages: number): { add: WasmAdd; buffer: ArrayBuffer } {
  const memory = new wasmApi.Memory({ initial: pages });
  const instance = new wasmApi.Instance(new wasmApi.Module(pairedRowsWasm), { env: { memory } });
  return { add: instance.exports.addPairedRows as WasmAdd, buffer: memory.buffer };
}

const sameBits = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

describe("the WebAssembly paired-rows function", () => {
  it("is a valid module exporting one function", () => {
    expect(wasmApi.validate(pairedRowsWasm)).toBe(true);
    expect(pairedRowsWasm.length).toBeLessThan(2048);
    const exports = wasmApi.Module.exports(new wasmApi.Module(pairedRowsWasm));
    expect(exports).toEqual([{ name: "addPairedRows", kind: "function" }]);
  });

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
      const plan = fourRussiansPlan(presence);
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
    });
  }
});
