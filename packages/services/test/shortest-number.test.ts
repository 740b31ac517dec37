// writeShortestNumber must write exactly String(x) (V8's Number::toString, the reference) whenever it
// writes anything, and must write for nearly every double of everyday size, or it saves nothing.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { shortestNumberTables, writeShortestNumber } from "../src/output/shortest-number.ts";
import { fromWords, words } from "./double-bits.ts";

const tables = shortestNumberTables();
const buffer = new Uint8Array(32);
const decoder = new TextDecoder();

/** The text written, or undefined when the function declined. */
function written(x: number): string | undefined {
  const end = writeShortestNumber(x, buffer, 0, tables);
  return end < 0 ? undefined : decoder.decode(buffer.subarray(0, end));
}

describe("writeShortestNumber", () => {
  it.each([
    [0.1, "0.1"],
    [1 / 3, "0.3333333333333333"],
    [2 / 3, "0.6666666666666666"],
    [4.951633981598449, "4.951633981598449"],
    [0.36155746113053155, "0.36155746113053155"],
    [123.456, "123.456"],
    [-0.007, "-0.007"],
    [1.5e-7, "1.5e-7"],
    [-2.5e-7, "-2.5e-7"],
    [1.2345678901234567e-20, "1.2345678901234567e-20"],
    [0.000001, "0.000001"],
    [0.0000012345, "0.0000012345"],
    [9007199254740.5, "9007199254740.5"],
    [1234567890123456.5 + 0.25 ** 2, "1234567890123456.5"],
    [3, "3"],
    [0.09999999999999999, "0.09999999999999999"],
    [1e-5, "0.00001"],
    [1e15 + 0.375, "1000000000000000.4"],
  ])("writes %s as %s (hand-checked against String(x))", (x, text) => {
    expect(String(x)).toBe(text);
    expect(written(x)).toBe(text);
  });

  it.each([
    ["zero", 0],
    ["-0", -0],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a power of two (lopsided rounding interval)", 0.5],
    ["the smallest subnormal", 5e-324],
    ["a huge double", 1e300],
    ["2^53 and above", 2 ** 53 + 2],
    ["a tiny double", 1e-25],
    ["an exact tie between two 17-digit decimals", 1234567890123456.5 + 0.25],
  ])("declines %s", (_name, x) => {
    expect(writeShortestNumber(x, buffer, 0, tables)).toBe(-1);
  });

  it("writes from the given offset, returns the end, and stays within 25 bytes", () => {
    const out = new Uint8Array(40).fill(35);
    const x = -0.0000012345678901234567;
    const end = writeShortestNumber(x, out, 5, tables);
    expect(decoder.decode(out.subarray(0, end))).toBe(`#####${String(x)}`);
    expect(end).toBe(30);
    expect([...out.subarray(30)]).toEqual(Array(10).fill(35));
  });

  it("is String(x) for 600,000 random bit patterns in its range, declining few of everyday size", () => {
    const next = words(20261129);
    let declined = 0;
    let everyday = 0;
    const n = 600_000;
    for (let i = 0; i < n; i++) {
      // Exponents 2^-67 .. 2^52, either sign, every mantissa bit random.
      const exponent = -67 + (next() % 120);
      const x = fromWords(((next() & 0x800fffff) | ((exponent + 1023) << 20)) >>> 0, next());
      const text = written(x);
      if (exponent <= 30) everyday++;
      if (text === undefined) declined += exponent <= 30 ? 1 : 0;
      else if (text !== String(x)) expect(text, `bits of ${x}`).toBe(String(x));
    }
    // Above 2^30, x·10^k has few fraction bits and exact ties (left to String(x)) become common.
    expect(declined).toBeLessThan(everyday / 1000);
  });

  it("is String(x) for short decimals and ratios of small integers (the ties and near-ties)", () => {
    const next = words(7);
    for (let i = 0; i < 200_000; i++) {
      const digits = 1 + (next() % 17);
      const x = Number(((next() % 1_000_000) / 10 ** (next() % 12)).toPrecision(digits));
      const ratio = (next() % 100_000) / (1 + (next() % 5_000));
      for (const value of [x, ratio, -x]) {
        const text = written(value);
        if (text !== undefined && text !== String(value)) expect(text).toBe(String(value));
      }
    }
  });

  it("is String(x) next to powers of ten and at the ends of its range", () => {
    for (let e = -20; e <= 15; e++) {
      const power = Number(`1e${e}`);
      let below = power;
      let above = power;
      for (let step = 0; step < 50; step++) {
        below = below - below * 2 ** -53;
        above = above + above * 2 ** -52;
        for (const x of [below, above]) {
          const text = written(x);
          if (text !== undefined) expect(text).toBe(String(x));
        }
      }
    }
    for (const x of [2 ** -67 * 1.5, 2 ** 53 - 1.5, 7e-21, 8.999999999999999e15]) {
      const text = written(x);
      if (text !== undefined) expect(text).toBe(String(x));
    }
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })], { seed: 42, numRuns: 20_000 })(
    "never writes anything but String(x) (any double)",
    (x) => {
      const text = written(x);
      if (text !== undefined) expect(text).toBe(String(x));
    },
  );
});
