// The two-pass RCA + presence (margins in one pass, then RCA and M row by row) against a direct
// transcription of the definition (reference §4.1, pitfall 6): RCA = x / X_r / (X_p / X) with the
// totals summed separately, a cell within 1e-9 of θ decided by x·X op θ·X_r·X_p in BigInt when every
// value is a safe integer. Small integer cells make exact ties frequent; with θ = 3 or 5 the floating
// RCA of a tie is rarely exactly θ (with θ = 1 or 2 and exact totals it always is: both quotients
// round the same rational), so those thresholds exercise the exact decision.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  activityTotals,
  matrixFromRows,
  type RegionActivityMatrix,
  regionTotals,
} from "../../src/matrix/region-activity-matrix.ts";
import { matrixMargins } from "../../src/specialisation/matrix-margins.ts";
import { type PresenceComparison, presence } from "../../src/specialisation/presence.ts";
import { revealedComparativeAdvantage } from "../../src/specialisation/revealed-comparative-advantage.ts";

/** The definition, cell by cell (the slow path the fast one must reproduce bit for bit). */
function referencePresence(m: RegionActivityMatrix, threshold: number, comparison: PresenceComparison) {
  const nR = m.regions.length;
  const nP = m.activities.length;
  const xr = regionTotals(m);
  const xp = activityTotals(m);
  let total = 0;
  for (let r = 0; r < nR; r++) total += xr[r]!;
  const exact = m.values.every((v) => Number.isSafeInteger(v)) && Number.isSafeInteger(threshold);
  const rca = new Float64Array(nR * nP);
  const present = new Uint8Array(nR * nP);
  let ties = 0;
  for (let r = 0; r < nR; r++) {
    for (let p = 0; p < nP; p++) {
      const i = r * nP + p;
      const q = m.values[i]! / xr[r]! / (xp[p]! / total);
      rca[i] = q;
      if (Number.isNaN(q)) continue;
      let sign = q > threshold ? 1 : q < threshold ? -1 : 0;
      if (Math.abs(q - threshold) <= 1e-9 * threshold) {
        if (exact) {
          const lhs = BigInt(m.values[i]!) * BigInt(total);
          const rhs = BigInt(threshold) * BigInt(xr[r]!) * BigInt(xp[p]!);
          sign = lhs > rhs ? 1 : lhs < rhs ? -1 : 0;
          if (sign === 0) ties++;
        } else {
          ties++;
        }
      }
      present[i] = sign > 0 || (sign === 0 && comparison === ">=") ? 1 : 0;
    }
  }
  return { rca, presence: present, ties };
}

const matrixArbitrary = (scale: number) =>
  fc.record({ nR: fc.integer({ min: 1, max: 7 }), nP: fc.integer({ min: 1, max: 7 }) }).chain(({ nR, nP }) =>
    fc.array(fc.integer({ min: 0, max: 4 }), { minLength: nR * nP, maxLength: nR * nP }).map((cells) => ({
      regions: Array.from({ length: nR }, (_, i) => `r${i}`),
      activities: Array.from({ length: nP }, (_, i) => `a${i}`),
      values: Float64Array.from(cells, (v) => v * scale),
    })),
  );

/** Rank-one integer matrices m_r · c_p: every RCA is exactly 1, floating RCA lands on both sides. */
const rankOneArbitrary = fc
  .record({
    rows: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 7 }),
    columns: fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 7 }),
  })
  .map(({ rows, columns }) => ({
    regions: rows.map((_, i) => `r${i}`),
    activities: columns.map((_, i) => `a${i}`),
    values: Float64Array.from(rows.flatMap((a) => columns.map((b) => a * b))),
  }));

describe("presence: margins and RCA in two passes (reference §4.1)", () => {
  test.prop(
    [
      fc.oneof(matrixArbitrary(1), matrixArbitrary(0.1), matrixArbitrary(3), rankOneArbitrary),
      fc.constantFrom(1, 2, 3, 5, 1.5),
      fc.constantFrom(">=" as const, ">" as const),
    ],
    { seed: 42, numRuns: 300 },
  )("reproduces the definition: same RCA bits, same M, same tie count, input untouched", (m, θ, op) => {
    const before = m.values.slice();
    const fast = presence(m, { threshold: θ, comparison: op });
    const slow = referencePresence(m, θ, op);
    expect(fast.rca).toEqual(slow.rca);
    expect([...fast.presence]).toEqual([...slow.presence]);
    expect(fast.tiesAtThreshold).toBe(slow.ties);
    expect(revealedComparativeAdvantage(m)).toEqual(slow.rca);
    expect(m.values).toEqual(before);
  });

  test.prop([rankOneArbitrary, fc.constantFrom(">=" as const, ">" as const)], { seed: 42, numRuns: 200 })(
    "a rank-one integer matrix is all ties: M is all 1 under >= and all 0 under >",
    (m, op) => {
      const result = presence(m, { comparison: op });
      expect(result.tiesAtThreshold).toBe(m.values.length);
      expect(result.presence.every((v) => v === (op === ">=" ? 1 : 0))).toBe(true);
    },
  );

  it("decides an RCA of exactly 3 whose floating value lands below 3 (x·X = 3·X_r·X_p: 3·15 = 3·5·3)", () => {
    const m = matrixFromRows(
      ["a", "b"],
      ["x", "y"],
      [
        [3, 2],
        [0, 10],
      ],
    );
    expect(revealedComparativeAdvantage(m)[0]).toBeLessThan(3); // 3 / 5 / (3 / 15) = 2.9999999999999996
    const atLeast = presence(m, { threshold: 3, comparison: ">=" });
    expect([...atLeast.presence]).toEqual([1, 0, 0, 0]);
    expect(atLeast.tiesAtThreshold).toBe(1);
    expect([...presence(m, { threshold: 3, comparison: ">" }).presence]).toEqual([0, 0, 0, 0]);
  });

  it("decides an RCA of exactly 3 whose floating value lands above 3 (1·39 = 3·13·1)", () => {
    const m = matrixFromRows(
      ["a", "b"],
      ["x", "y"],
      [
        [1, 12],
        [0, 26],
      ],
    );
    expect(revealedComparativeAdvantage(m)[0]).toBeGreaterThan(3); // 1 / 13 / (1 / 39) = 3.0000000000000004
    expect([...presence(m, { threshold: 3, comparison: ">" }).presence]).toEqual([0, 0, 0, 0]);
    expect([...presence(m, { threshold: 3, comparison: ">=" }).presence]).toEqual([1, 0, 0, 0]);
  });

  it("decides the ties of 10 x 10 equal cells exactly (RCA = 1 everywhere, 100 ties)", () => {
    const rows = Array.from({ length: 10 }, () => Array.from({ length: 10 }, () => 3));
    const m = matrixFromRows(
      rows.map((_, i) => `r${i}`),
      rows.map((_, i) => `a${i}`),
      rows,
    );
    expect(presence(m, { comparison: ">" }).presence.every((v) => v === 0)).toBe(true);
    expect(presence(m).presence.every((v) => v === 1)).toBe(true);
    expect(presence(m).tiesAtThreshold).toBe(100);
  });
});

describe("matrixMargins", () => {
  it("gives the doc example: x = [[1, 1], [1, 3]]", () => {
    const m = matrixFromRows(
      ["a", "b"],
      ["x", "y"],
      [
        [1, 1],
        [1, 3],
      ],
    );
    const margins = matrixMargins(m);
    expect([...margins.regionTotals]).toEqual([2, 4]);
    expect([...margins.activityTotals]).toEqual([2, 4]);
    expect(margins.total).toBe(6);
    expect(margins.safeIntegers).toBe(true);
  });

  test.prop(
    [
      fc.oneof(matrixArbitrary(1), matrixArbitrary(0.1)),
      fc.constantFrom(0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 0.5, -0),
    ],
    { seed: 42, numRuns: 200 },
  )("equals regionTotals / activityTotals bit for bit and Number.isSafeInteger on every cell", (m, odd) => {
    const values = m.values.slice();
    values[values.length - 1] = odd;
    const withOdd = { ...m, values };
    const margins = matrixMargins(withOdd);
    expect(margins.regionTotals).toEqual(regionTotals(withOdd));
    expect(margins.activityTotals).toEqual(activityTotals(withOdd));
    expect(margins.safeIntegers).toBe(values.every((v) => Number.isSafeInteger(v)));
  });
});
