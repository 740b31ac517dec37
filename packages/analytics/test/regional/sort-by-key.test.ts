import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { keySortScratch, sortByKey } from "../../src/regional/sort-by-key.ts";

/** Reference: a stable comparator sort of the unit numbers, NaN last (as R's order()). */
function referenceOrder(keys: readonly number[]): number[] {
  return keys
    .map((_, i) => i)
    .sort((i, j) => {
      const a = keys[i]!;
      const b = keys[j]!;
      if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
      if (Number.isNaN(b)) return -1;
      return a < b ? -1 : a > b ? 1 : 0;
    });
}

function sorted(keys: readonly number[]): number[] {
  const s = keySortScratch(keys.length);
  keys.forEach((k, i) => {
    s.keyOfUnit[i] = k;
    s.index[i] = i;
  });
  sortByKey(s, 0, keys.length);
  return Array.from(s.index);
}

// Keys that share their high 32 bits (differ below 2^-20 relative), ties, +Infinity and spreads of
// magnitude: the cases the radix passes alone cannot order.
const keyArbitrary = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.integer({ min: 0, max: 5 }).map((k) => 1 + k * 2 ** -40),
  fc.constantFrom(0, 1, 2, Number.POSITIVE_INFINITY),
);

describe("sortByKey (radix on the high word, then an insertion pass)", () => {
  it("orders the documented example", () => {
    expect(sorted([3, 1, 2])).toEqual([1, 2, 0]);
  });

  test.prop([fc.array(keyArbitrary, { maxLength: 300 })], { seed: 42, numRuns: 200 })(
    "equals a stable comparator sort for non-negative keys",
    (keys) => {
      expect(sorted(keys)).toEqual(referenceOrder(keys));
    },
  );

  test.prop([fc.array(fc.oneof(keyArbitrary, fc.constantFrom(-1, Number.NaN)), { maxLength: 100 })], {
    seed: 42,
    numRuns: 100,
  })("falls back to the comparator sort for negative or NaN keys", (keys) => {
    expect(sorted(keys)).toEqual(referenceOrder(keys));
  });

  it("orders 3000 keys (the 11-bit path) exactly, with ties and near-ties", () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const keys = Array.from({ length: 3000 }, (_, i) =>
      i % 3 === 0
        ? Math.floor(next() * 50)
        : i % 3 === 1
          ? 7 + Math.floor(next() * 4) * 2 ** -44
          : next() * 1e4,
    );
    expect(sorted(keys)).toEqual(referenceOrder(keys));
  });

  it("stays exact when every key shares its high bits (the insertion pass gives up and falls back)", () => {
    const keys = Array.from({ length: 2000 }, (_, i) => 1 + ((i * 7919) % 2000) * 2 ** -45);
    expect(sorted(keys)).toEqual(referenceOrder(keys));
  });
});
