// The WebAssembly gather of the eigen-solver's operator must give the very bits of the JavaScript
// `gatherSums` (the same four accumulators, the same order): a worked example, then random compressed
// rows of every length remainder (0..13 entries: groups of four and the rest) over doubles of every
// size and sign.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { wasmInstance } from "../../src/common/wasm-instance.ts";
import { gatherSums } from "../../src/complexity/gather-sums.ts";
import { gatherSumsWasm } from "../../src/complexity/gather-sums-wasm.ts";
import { wasmApi } from "../fixtures/wasm-api.ts";
import { sameBits, seeded } from "../relatedness/arbitraries.ts";

type Gather = (start: number, index: number, source: number, out: number, count: number) => void;

/** Runs the module's gather on copies of the arrays; returns `out`. */
function wasmGather(start: Int32Array, index: Int32Array, source: Float64Array, count: number): Float64Array {
  const startAt = 0;
  const indexAt = 8 * Math.ceil((4 * start.length) / 8);
  const sourceAt = indexAt + 8 * Math.ceil((4 * index.length) / 8);
  const outAt = sourceAt + 8 * source.length;
  const instance = wasmInstance(gatherSumsWasm, "smartspec.test.gatherSums", outAt + 8 * count)!;
  new Int32Array(instance.memory, startAt, start.length).set(start);
  new Int32Array(instance.memory, indexAt, index.length).set(index);
  new Float64Array(instance.memory, sourceAt, source.length).set(source);
  const out = new Float64Array(instance.memory, outAt, count);
  out.fill(Number.NaN); // every sum is written
  (instance.exports.gatherSums as Gather)(startAt, indexAt, sourceAt, outAt, count);
  return Float64Array.from(out);
}

describe("the WebAssembly gather-sum", () => {
  it("is a valid module exporting gatherSums", () => {
    expect(wasmApi.validate(gatherSumsWasm)).toBe(true);
    expect(gatherSumsWasm.length).toBeLessThan(512);
    expect(wasmApi.Module.exports(new wasmApi.Module(gatherSumsWasm))).toEqual([
      { name: "gatherSums", kind: "function" },
    ]);
  });

  it("sums a worked example: rows {0, 2}, {}, {1, 1, 2, 0, 2} of source (1, 10, 100)", () => {
    const start = Int32Array.from([0, 2, 2, 7]);
    const index = Int32Array.from([0, 2, 1, 1, 2, 0, 2]);
    const source = Float64Array.from([1, 10, 100]);
    expect([...wasmGather(start, index, source, 3)]).toEqual([101, 0, 10 + 10 + 100 + 1 + 100]);
  });

  test.prop(
    [
      fc.record({
        rows: fc.integer({ min: 1, max: 30 }),
        sources: fc.integer({ min: 1, max: 50 }),
        seed: fc.integer({ min: 1, max: 2 ** 30 }),
      }),
    ],
    { seed: 41, numRuns: 200 },
  )("gives the JavaScript gather's bits", ({ rows, sources, seed }) => {
    const random = seeded(seed);
    const start = new Int32Array(rows + 1);
    for (let j = 0; j < rows; j++) start[j + 1] = start[j]! + Math.floor(random() * 14);
    const index = Int32Array.from({ length: start[rows]! }, () => Math.floor(random() * sources));
    // Sums of mixed magnitudes and signs, where the order of additions shows in the last bits.
    const source = Float64Array.from({ length: sources }, () => (random() - 0.5) * 10 ** (12 * random() - 6));
    const expected = new Float64Array(rows);
    gatherSums(start, index, source, expected);
    expect(sameBits(wasmGather(start, index, source, rows), expected)).toBe(true);
  });
});
