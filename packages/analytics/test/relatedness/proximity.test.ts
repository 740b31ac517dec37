import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { pearsonCorrelation } from "../../src/common/descriptive.ts";
import { sparsePresence } from "../../src/matrix/sparse-presence.ts";
import {
  activityCooccurrence,
  activityProximity,
  asymmetricProximity,
  continuousProximity,
  cooccurrenceCount,
  cooccurrenceMatrix,
  crossProximity,
  minimumConditionalProximity,
  regionCooccurrence,
  regionProximity,
  sqrtProximity,
} from "../../src/relatedness/index.ts";
import { revealedComparativeAdvantage } from "../../src/specialisation/revealed-comparative-advantage.ts";
import { closeToPrinted, toy, toyPresence } from "../fixtures/toy.ts";
import { presenceArbitrary, snapshot } from "./arbitraries.ts";

const toySparse = () => sparsePresence(toyPresence(), 6, 8);

// Reference §6.8: min-conditional-probability proximity; off-diagonal identical in every tool.
const toyPhiOffDiagonal = [
  [0, 1, 0.75, 0.75, 0, 0, 0, 0.25],
  [1, 0, 0.75, 0.75, 0, 0, 0, 0.25],
  [0.75, 0.75, 0, 0.5, 0, 0, 0, 1 / 3],
  [0.75, 0.75, 0.5, 0, 0.25, 0.25, 0.25, 0.25],
  [0, 0, 0, 0.25, 0, 1, 1, 2 / 3],
  [0, 0, 0, 0.25, 1, 0, 1, 2 / 3],
  [0, 0, 0, 0.25, 1, 1, 0, 2 / 3],
  [0.25, 0.25, 1 / 3, 0.25, 2 / 3, 2 / 3, 2 / 3, 0],
];
const withDiagonal = (rows: number[][], d: number) =>
  rows.map((row, i) => row.map((v, j) => (i === j ? d : v)));

// Reference §6.8: economiccomplexity `proximity()$proximity_country` (diagonal 1), printed to 2 dp.
const toyRegionPhi = [
  [1, 1, 0.75, 0.75, 0, 0.2],
  [1, 1, 0.75, 0.75, 0, 0.2],
  [0.75, 0.75, 1, 0.5, 0.25, 0.2],
  [0.75, 0.75, 0.5, 1, 0, 0.2],
  [0, 0, 0.25, 0, 1, 0.8],
  [0.2, 0.2, 0.2, 0.2, 0.8, 1],
];

describe("activityProximity (reference §6.8)", () => {
  it("reproduces the toy proximity with diagonal 1 (py-ecomplexity, economiccomplexity)", () => {
    const phi = activityProximity(toySparse(), { diagonal: 1 });
    expect(closeToPrinted(phi.toDense(), withDiagonal(toyPhiOffDiagonal, 1).flat(), 12)).toEqual([]);
  });

  it("reproduces the toy proximity with diagonal 0 (Stata, OEC), cell by cell and row by row", () => {
    const phi = activityProximity(toySparse(), { diagonal: 0 });
    const expected = withDiagonal(toyPhiOffDiagonal, 0);
    const cells: number[] = [];
    for (let i = 0; i < 8; i++) for (let j = 0; j < 8; j++) cells.push(phi.value(i, j));
    expect(closeToPrinted(cells, expected.flat(), 12)).toEqual([]);
    for (let i = 0; i < 8; i++) expect(closeToPrinted(phi.row(i), expected[i]!, 12)).toEqual([]);
    expect(phi.size).toBe(8);
    expect(phi.diagonal).toBe(0);
  });

  it("keeps the counts compact: a strict upper triangle of unsigned integers plus the ubiquities", () => {
    const c = activityCooccurrence(toySparse());
    expect(c.counts).toBeInstanceOf(Uint16Array);
    expect(c.counts.length).toBe(28);
    expect([...c.occurrences]).toEqual([4, 4, 3, 4, 2, 2, 2, 3]);
    expect(cooccurrenceCount(c, 0, 1)).toBe(4);
    expect(cooccurrenceCount(c, 7, 2)).toBe(1);
    expect(cooccurrenceCount(c, 3, 3)).toBe(4);
  });

  it("gives region proximity as economiccomplexity proximity_country (diagonal 1, 2 dp)", () => {
    const phi = regionProximity(toySparse(), { diagonal: 1 });
    expect(closeToPrinted(phi.toDense(), toyRegionPhi.flat(), 2)).toEqual([]);
    expect(regionProximity(toySparse(), { diagonal: 0 }).value(4, 4)).toBe(0);
  });

  it("gives 0, not 0/0, for activities present nowhere", () => {
    const phi = activityProximity(sparsePresence([1, 0, 1, 0], 2, 2), { diagonal: 1 });
    expect(phi.value(0, 1)).toBe(0);
    expect(phi.value(1, 1)).toBe(1);
  });
});

describe("proximity variants (reference §4.6)", () => {
  it("asymmetric proximity holds P(q | p) in row p: C_pq / k_p", () => {
    const phi = asymmetricProximity(activityCooccurrence(toySparse()), { diagonal: 1 });
    expect(phi[0 * 8 + 7]).toBe(1 / 4); // I1 -> I8: C = 1, k_I1 = 4
    expect(phi[7 * 8 + 0]).toBe(1 / 3); // I8 -> I1: C = 1, k_I8 = 3
    expect(phi[3 * 8 + 3]).toBe(1);
  });

  it("sqrt proximity is C_pq / sqrt(k_p k_q) (OEC procedure = 'sqrt', diagonal 0)", () => {
    const phi = sqrtProximity(activityCooccurrence(toySparse()), { diagonal: 0 });
    expect(phi[0 * 8 + 2]).toBeCloseTo(3 / Math.sqrt(12), 15);
    expect(phi[2 * 8 + 0]).toBeCloseTo(3 / Math.sqrt(12), 15);
    expect(phi[0]).toBe(0);
  });

  it("continuous proximity is (1 + Pearson corr of RCA columns) / 2", () => {
    const rca = revealedComparativeAdvantage(toy());
    const phi = continuousProximity(rca, 6, 8, { diagonal: 1 });
    const column = (p: number) => Array.from({ length: 6 }, (_, r) => rca[r * 8 + p]!);
    expect(phi[1 * 8 + 6]).toBeCloseTo((1 + pearsonCorrelation(column(1), column(6))) / 2, 14);
    expect(phi[9]).toBe(1);
    expect(continuousProximity(rca, 6, 8, { diagonal: 0 })[9]).toBe(0);
  });

  it("continuous proximity is NaN for a zero-variance activity, as numpy's corrcoef", () => {
    const phi = continuousProximity([1, 2, 1, 3, 1, 5], 3, 2, { diagonal: 1 });
    expect(phi[1]).toBeNaN();
  });

  it("cross-proximity of a layer with itself is its proximity with diagonal 1", () => {
    const sparse = toySparse();
    const cross = crossProximity(sparse, sparse);
    expect(closeToPrinted(cross, withDiagonal(toyPhiOffDiagonal, 1).flat(), 12)).toEqual([]);
  });

  it("cross-proximity uses max(k_a, k_b) across layers", () => {
    // a in regions {0, 1} (k = 2); b0 in {0, 1} (k = 2), b1 in {1} (k = 1).
    const a = sparsePresence([1, 1, 0], 3, 1);
    const b = sparsePresence([1, 0, 1, 1, 0, 0], 3, 2);
    expect([...crossProximity(a, b)]).toEqual([2 / 2, 1 / 2]);
  });
});

describe("co-occurrence kernels", () => {
  test.prop([presenceArbitrary(40, 30)], { seed: 42, numRuns: 100 })(
    "scatter and bitset count the same C = MᵀM and MMᵀ as a dense product",
    ({ dense, sparse, nRegions, nActivities }) => {
      const naive = new Float64Array(nActivities * nActivities);
      for (let r = 0; r < nRegions; r++) {
        for (let p = 0; p < nActivities; p++) {
          for (let q = 0; q < nActivities; q++)
            naive[p * nActivities + q]! += dense[r * nActivities + p]! * dense[r * nActivities + q]!;
        }
      }
      for (const strategy of ["scatter", "bitset"] as const) {
        expect([...cooccurrenceMatrix(activityCooccurrence(sparse, strategy), true)]).toEqual([...naive]);
        expect([...regionCooccurrence(sparse, strategy).counts]).toEqual([
          ...regionCooccurrence(sparse, "scatter").counts,
        ]);
      }
    },
  );

  test.prop([presenceArbitrary()], { seed: 42, numRuns: 100 })(
    "proximity is symmetric, within [0, 1], with the stated diagonal; inputs are not mutated",
    ({ sparse, nActivities }) => {
      const before = snapshot(sparse);
      for (const diagonal of [0, 1] as const) {
        const phi = activityProximity(sparse, { diagonal });
        for (let i = 0; i < nActivities; i++) {
          expect(phi.value(i, i)).toBe(diagonal);
          for (let j = 0; j < nActivities; j++) {
            const v = phi.value(i, j);
            expect(v).toBe(phi.value(j, i));
            expect(v >= 0 && v <= 1).toBe(true);
          }
        }
      }
      expect(snapshot(sparse)).toBe(before);
    },
  );

  it("switches to 32-bit counts beyond 65,535 events", () => {
    const nRegions = 70_000;
    const dense = new Uint8Array(nRegions * 2).fill(1);
    const c = activityCooccurrence(sparsePresence(dense, nRegions, 2));
    expect(c.counts).toBeInstanceOf(Uint32Array);
    expect(minimumConditionalProximity(c, { diagonal: 0 }).value(0, 1)).toBe(1);
    expect(cooccurrenceCount(c, 0, 1)).toBe(70_000);
  });
});
