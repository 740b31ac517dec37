// The WebAssembly popcount must give the very counts of the JavaScript SWAR loop it replaces: checked
// on a worked example, then through `countBitsetRows` with and without the module (and with a module
// the platform refuses) over item counts, event counts across 64-bit word boundaries, both output
// widths, row ranges and shared groups of rows.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { wasmInstance } from "../../src/common/wasm-instance.ts";
import { sparsePresence } from "../../src/matrix/sparse-presence.ts";
import { activityCooccurrence } from "../../src/relatedness/cooccurrence-counts.ts";
import { bitsetRowsKernels, countBitsetRows } from "../../src/relatedness/cooccurrence-kernels.ts";
import { popcountRowsWasm } from "../../src/relatedness/popcount-rows-wasm.ts";
import { wasmApi } from "../fixtures/wasm-api.ts";
import { seeded } from "./arbitraries.ts";

type CountRow = (a: number, n: number, words64: number, bits: number, out: number, wide: number) => void;

/** Event sets as 32-bit words, `words` (even) per item, with the given events. */
function bitsOf(sets: number[][], words: number): Int32Array {
  const bits = new Int32Array(sets.length * words);
  sets.forEach((events, a) => {
    for (const e of events) bits[a * words + (e >>> 5)]! |= 1 << (e & 31);
  });
  return bits;
}

describe("the WebAssembly popcount rows", () => {
  it("is a valid module exporting countRow", () => {
    expect(wasmApi.validate(popcountRowsWasm)).toBe(true);
    expect(popcountRowsWasm.length).toBeLessThan(512);
    expect(wasmApi.Module.exports(new wasmApi.Module(popcountRowsWasm))).toEqual([
      { name: "countRow", kind: "function" },
    ]);
  });

  it("counts a worked example: three items over events 0..99 (two 64-bit words)", () => {
    // Item 0: {0, 5, 63, 64, 99}; item 1: {5, 63, 70}; item 2: {0, 64, 99, 70}.
    const bits = bitsOf(
      [
        [0, 5, 63, 64, 99],
        [5, 63, 70],
        [0, 64, 99, 70],
      ],
      4,
    );
    const instance = wasmInstance(popcountRowsWasm, "smartspec.test.popcount", 4096)!;
    new Int32Array(instance.memory, 0, bits.length).set(bits);
    const countRow = instance.exports.countRow as CountRow;
    const out32 = new Uint32Array(instance.memory, 1024, 2);
    countRow(0, 3, 2, 0, 1024, 1);
    // 0 ∩ 1 = {5, 63}; 0 ∩ 2 = {0, 64, 99}.
    expect([...out32]).toEqual([2, 3]);
    const out16 = new Uint16Array(instance.memory, 2048, 1);
    countRow(1, 3, 2, 0, 2048, 0);
    // 1 ∩ 2 = {70}.
    expect([...out16]).toEqual([1]);
  });

  test.prop(
    [
      fc.record({
        items: fc.integer({ min: 2, max: 40 }),
        events: fc.integer({ min: 1, max: 300 }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        wide: fc.boolean(),
        seed: fc.integer({ min: 1, max: 2 ** 30 }),
      }),
    ],
    { seed: 21, numRuns: 150 },
  )("gives countBitsetRows the counts of the JavaScript loop", ({ items, events, share, wide, seed }) => {
    const random = seeded(seed);
    const words = 2 * Math.ceil(events / 64);
    const sets = Array.from({ length: items }, () =>
      Array.from({ length: events }, (_, e) => e).filter(() => random() < share),
    );
    const bits = bitsOf(sets, words);
    const size = (items * (items - 1)) / 2;
    const make = () => (wide ? new Uint32Array(size) : new Uint16Array(size));
    const job = { nItems: items, words, bits, rowFrom: 0, rowTo: items };
    const loop = make();
    const simd = make();
    const refused = make();
    expect([
      countBitsetRows({ ...job, out: loop }, bitsetRowsKernels),
      countBitsetRows({ ...job, out: simd, wasm: popcountRowsWasm }, bitsetRowsKernels),
      countBitsetRows({ ...job, out: refused, wasm: Uint8Array.from([0, 1, 2, 3]) }, bitsetRowsKernels),
    ]).toEqual(["loop", "wasm", "loop"]);
    // The naive count, pair by pair.
    const naive: number[] = [];
    for (let a = 0; a < items; a++) {
      for (let b = a + 1; b < items; b++) naive.push(sets[a]!.filter((e) => sets[b]!.includes(e)).length);
    }
    expect([...loop]).toEqual(naive);
    expect([...simd]).toEqual(naive);
    expect([...refused]).toEqual(naive);
    // A row range and shared groups of rows give the same rows.
    const groups = make();
    const claim = new Int32Array(new SharedArrayBuffer(4));
    countBitsetRows(
      { ...job, out: groups, wasm: popcountRowsWasm, claim, rowsPerClaim: 3 },
      bitsetRowsKernels,
    );
    expect([...groups]).toEqual(naive);
  });

  it("counts a real-sized presence the same way through activityCooccurrence (bitset against scatter)", () => {
    const random = seeded(5);
    const nR = 300;
    const nP = 120;
    const dense = Uint8Array.from({ length: nR * nP }, () => (random() < 0.4 ? 1 : 0));
    const presence = sparsePresence(dense, nR, nP);
    const bitset = activityCooccurrence(presence, "bitset");
    const scatter = activityCooccurrence(presence, "scatter");
    expect([...bitset.counts]).toEqual([...scatter.counts]);
  });
});
