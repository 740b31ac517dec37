// Both compressed forms of a presence matrix, by the byte path (no branch per cell) and by the
// generic path, against a worked example and a naive construction on random matrices.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { sparsePresence } from "../../src/matrix/sparse-presence.ts";
import { seeded } from "../relatedness/arbitraries.ts";

/** The compressed forms built the obvious way, cell by cell. */
function naive(cells: ArrayLike<number>, nR: number, nP: number) {
  const rows: number[][] = Array.from({ length: nR }, () => []);
  const cols: number[][] = Array.from({ length: nP }, () => []);
  for (let r = 0; r < nR; r++) {
    for (let p = 0; p < nP; p++) {
      if (cells[r * nP + p] !== 0) {
        rows[r]!.push(p);
        cols[p]!.push(r);
      }
    }
  }
  const starts = (lists: number[][]) => lists.reduce((s, l) => [...s, s.at(-1)! + l.length], [0]);
  return {
    rowStart: starts(rows),
    rowActivities: rows.flat(),
    colStart: starts(cols),
    colRegions: cols.flat(),
  };
}

const plain = (m: ReturnType<typeof sparsePresence>) => ({
  rowStart: [...m.rowStart],
  rowActivities: [...m.rowActivities],
  colStart: [...m.colStart],
  colRegions: [...m.colRegions],
});

describe("sparsePresence", () => {
  it("compresses a worked example (regions x activities 3 x 4)", () => {
    // Region 0 holds activities 1 and 3, region 1 none, region 2 activities 0, 1 and 3.
    const cells = [0, 1, 0, 1, 0, 0, 0, 0, 1, 1, 0, 1];
    const expected = {
      rowStart: [0, 2, 2, 5],
      rowActivities: [1, 3, 0, 1, 3],
      colStart: [0, 1, 3, 3, 5],
      colRegions: [2, 0, 2, 0, 2],
    };
    expect(plain(sparsePresence(Uint8Array.from(cells), 3, 4))).toEqual(expected);
    expect(plain(sparsePresence(cells, 3, 4))).toEqual(expected);
  });

  test.prop(
    [
      fc.record({
        nR: fc.integer({ min: 0, max: 30 }),
        nP: fc.integer({ min: 0, max: 30 }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
        seed: fc.integer({ min: 1, max: 2 ** 30 }),
      }),
    ],
    { seed: 31, numRuns: 200 },
  )("gives the naive forms from bytes of any value and from other arrays", ({ nR, nP, share, seed }) => {
    const random = seeded(seed);
    // Any non-zero byte counts as present (2..255 too), the last cell included.
    const bytes = Uint8Array.from({ length: nR * nP }, () =>
      random() < share ? 1 + Math.floor(random() * 255) : 0,
    );
    const expected = naive(bytes, nR, nP);
    expect(plain(sparsePresence(bytes, nR, nP))).toEqual(expected);
    expect(plain(sparsePresence(Float64Array.from(bytes), nR, nP))).toEqual(expected);
    expect(plain(sparsePresence(Array.from(bytes), nR, nP))).toEqual(expected);
  });
});
