// The WebAssembly number writer (Schubfach, decision 0016) against String(x), V8's Number::toString,
// the reference: every power of two and its neighbours, every binary exponent, random bit patterns
// over the whole normal range, everyday values, ties, and each layout rule of Number::toString.
import { describe, expect, it } from "vitest";
import { shortestNumberTables, writeShortestNumber } from "../src/output/shortest-number.ts";
import { OUTPUT_AT, shortestNumberWasm } from "../src/output/shortest-number-wasm.ts";
import { fromWords, words } from "./double-bits.ts";

/** The WebAssembly API as this test uses it (the ES library has no types for it). */
const wasmApi = (
  globalThis as unknown as {
    WebAssembly: {
      validate(bytes: Uint8Array): boolean;
      Module: (new (bytes: Uint8Array) => object) & { exports(module: object): { name: string }[] };
      Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
    };
  }
).WebAssembly;

const { exports } = new wasmApi.Instance(new wasmApi.Module(shortestNumberWasm()), {});
const shortest = exports.shortest as (x: number) => number;
const memory = new Uint8Array((exports.memory as { buffer: ArrayBuffer }).buffer);
const decoder = new TextDecoder();

/** The module's text for x, or undefined when it declines. */
function text(x: number): string | undefined {
  const length = shortest(x);
  return length < 0 ? undefined : decoder.decode(memory.subarray(OUTPUT_AT, OUTPUT_AT + length));
}

/** Checks many doubles and reports the first few that differ (one expect per batch, not per double). */
function expectAllStringOf(xs: Iterable<number>): number {
  const wrong: string[] = [];
  let n = 0;
  for (const x of xs) {
    n++;
    const got = text(x);
    if (got !== String(x) && wrong.length < 5) wrong.push(`${String(x)} written as ${got}`);
  }
  expect(wrong).toEqual([]);
  return n;
}

describe("shortestNumberWasm", () => {
  it("is a valid module of about 13 KB exporting shortest, cells and its memory", () => {
    expect(wasmApi.validate(shortestNumberWasm())).toBe(true);
    expect(shortestNumberWasm().length).toBeLessThan(16 << 10);
    expect(shortestNumberWasm()).toBe(shortestNumberWasm());
    const names = wasmApi.Module.exports(new wasmApi.Module(shortestNumberWasm())).map((e) => e.name);
    expect(names.sort()).toEqual(["cells", "memory", "shortest"]);
  });

  it.each([
    // Hand-checked against String(x): each layout rule of Number::toString.
    [1, "1"],
    [0.1, "0.1"],
    [1 / 3, "0.3333333333333333"],
    [123.456, "123.456"],
    [-0.007, "-0.007"],
    [0.000001, "0.000001"],
    [1e-7, "1e-7"],
    [1.5e-7, "1.5e-7"],
    [-2.5e-7, "-2.5e-7"],
    [-0.0000012345678901234567, "-0.0000012345678901234567"],
    [123456789012345680000, "123456789012345680000"],
    [1e21, "1e+21"],
    [1.5e300, "1.5e+300"],
    [1.7976931348623157e308, "1.7976931348623157e+308"],
    [2.2250738585072014e-308, "2.2250738585072014e-308"],
    [2 ** 60, "1152921504606847000"],
    [2 ** 53 + 2, "9007199254740994"],
    [1e23, "1e+23"],
    [0.5631836084027376, "0.5631836084027376"],
    [1234567890123456.5 + 0.25, "1234567890123456.8"],
    [0.5, "0.5"],
  ])("writes %s as %s", (x, expected) => {
    expect(String(x)).toBe(expected);
    expect(text(x)).toBe(expected);
  });

  it.each([
    ["0", 0],
    ["-0", -0],
    ["the smallest subnormal", 5e-324],
    ["the largest subnormal", fromWords(0x000fffff, 0xffffffff)],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
  ])("declines %s", (_name, x) => {
    expect(shortest(x)).toBe(-1);
  });

  it("is String(x) for every power of two, its neighbours and the largest significand of each exponent", () => {
    function* edges() {
      for (let e = 1; e < 2047; e++) {
        for (const sign of [0, 0x80000000]) {
          const high = (sign | (e << 20)) >>> 0;
          yield fromWords(high, 0); // 2^(e - 1023)
          yield fromWords(high, 1);
          yield fromWords((high | 0xfffff) >>> 0, 0xffffffff);
        }
      }
    }
    expect(expectAllStringOf(edges())).toBe(6 * 2046);
  });

  it("is String(x) for 400,000 random bit patterns over every normal exponent", () => {
    const next = words(20261129);
    function* random() {
      for (let i = 0; i < 400_000; i++) {
        const exponent = 1 + (next() % 2046);
        yield fromWords(((next() & 0x800fffff) | (exponent << 20)) >>> 0, next());
      }
    }
    expect(expectAllStringOf(random())).toBe(400_000);
  });

  it("is String(x) for 200,000 everyday values: ratios, shares, counts, short decimals", () => {
    const next = words(7);
    function* everyday() {
      for (let i = 0; i < 50_000; i++) {
        yield (next() % 100_000) / (1 + (next() % 99_999)); // location quotients
        yield next() / 2 ** 32 - 0.5; // shares, COG-like values of either sign
        yield next() % 1_000_000; // counts
        yield (next() % 100_000) / 1000; // short decimals, often with trailing zeros removed
      }
    }
    expect(expectAllStringOf(everyday())).toBe(200_000);
  });
});

describe("writeShortestNumber with the WebAssembly writer", () => {
  const tables = shortestNumberTables(shortestNumberWasm());

  it("uses it, writes from the given offset and returns the end, within 28 bytes", () => {
    expect(tables.wasm).not.toBeNull();
    const out = new Uint8Array(48).fill(35);
    const x = -0.0000012345678901234567;
    const end = writeShortestNumber(x, out, 5, tables);
    expect(end).toBe(30);
    expect(decoder.decode(out.subarray(0, end))).toBe(`#####${String(x)}`);
    expect([...out.subarray(33)]).toEqual(Array(15).fill(35));
  });

  it("writes what the JavaScript path declines (powers of two, huge, tiny, exact ties)", () => {
    const out = new Uint8Array(32);
    for (const x of [0.5, 1e300, 2 ** 53 + 2, 1e-25, 1234567890123456.5 + 0.25]) {
      expect(writeShortestNumber(x, out, 0, shortestNumberTables())).toBe(-1);
      const end = writeShortestNumber(x, out, 0, tables);
      expect(decoder.decode(out.subarray(0, end))).toBe(String(x));
    }
    expect(writeShortestNumber(0, out, 0, tables)).toBe(-1);
  });
});
