// CellKeySet against a plain Set of "r,a,t" strings on seeded random cells: the same answers
// while the bit grid grows in each dimension, and after it turns into the hash set.
import { describe, expect, it } from "vitest";
import { CellKeySet } from "../../src/import/checks/cell-key-set.ts";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function compare(
  set: CellKeySet,
  cells: number,
  sizes: readonly [number, number, number],
  seed: number,
): void {
  const random = mulberry32(seed);
  const reference = new Set<string>();
  for (let i = 0; i < cells; i++) {
    const [r, a, t] = sizes.map((n) => Math.floor(random() * n)) as [number, number, number];
    const key = `${r},${a},${t}`;
    expect(set.add(r, a, t)).toBe(!reference.has(key));
    reference.add(key);
  }
  expect(set.size).toBe(reference.size);
}

describe("CellKeySet", () => {
  it("finds repeats in a grid that grows in every dimension", () => {
    const set = new CellKeySet();
    compare(set, 20000, [300, 200, 5], 1);
    expect(set.mode).toBe("grid");
    // 300 -> 9 bits, 200 -> 8 bits, 5 -> 3 bits: 2^20 bits = 131,072 bytes.
    expect(set.bytes).toBe(131072);
  });

  it("turns into a hash set when the grid would pass its limit, keeping every cell", () => {
    const set = new CellKeySet(2 ** 16);
    compare(set, 20000, [5000, 5000, 3], 2);
    expect(set.mode).toBe("hash");
  });

  it("moves the cells it holds into the hash set when new codes keep arriving", () => {
    // One new region and one new activity per cell, as in a file whose codes never repeat: the
    // grid grows until 2^20 bits, then every cell moves to the hash set.
    const set = new CellKeySet(2 ** 20);
    for (let i = 0; i < 5000; i++) expect(set.add(i, i, 0)).toBe(true);
    expect(set.mode).toBe("hash");
    for (let i = 0; i < 5000; i++) expect(set.add(i, i, 0)).toBe(false);
    expect(set.add(1, 2, 0)).toBe(true);
    expect(set.size).toBe(5001);
  });

  it("keeps ids up to 2^30 in hash mode", () => {
    const set = new CellKeySet();
    expect(set.add(2 ** 30, 7, 0)).toBe(true);
    expect(set.add(2 ** 30, 7, 0)).toBe(false);
    expect(set.add(7, 2 ** 30, 1)).toBe(true);
    expect(set.mode).toBe("hash");
  });
});
