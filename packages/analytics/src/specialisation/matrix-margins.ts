// Row totals X_r, column totals X_p and the grand total X of a region x activity matrix in one pass
// over the values (the margins of Balassa's RCA), with the check exact tie-breaking needs: whether
// every value is a safe integer. The sums are added in the same order as `regionTotals` and
// `activityTotals` (along each row; down each column), so they are bit-identical to those.
import type { RegionActivityMatrix } from "../matrix/region-activity-matrix.ts";

export interface MatrixMargins {
  /** X_r, length R. */
  readonly regionTotals: Float64Array;
  /** X_p, length P. */
  readonly activityTotals: Float64Array;
  /** X = Σ_r X_r. */
  readonly total: number;
  /** Every value is an integer of magnitude ≤ 2^53 − 1 (`Number.isSafeInteger`). */
  readonly safeIntegers: boolean;
}

/**
 * Margins of `matrix` in one pass. Example: x = [[1, 1], [1, 3]] gives X_r = [2, 4], X_p = [2, 4],
 * X = 6 and safeIntegers true.
 */
export function matrixMargins(matrix: RegionActivityMatrix): MatrixMargins {
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const values = matrix.values;
  const regionTotals = new Float64Array(nR);
  const activityTotals = new Float64Array(nP);
  let safeIntegers = true;
  for (let r = 0; r < nR; r++) {
    const base = r * nP;
    let s = 0;
    for (let p = 0; p < nP; p++) {
      const v = values[base + p]!;
      s += v;
      activityTotals[p]! += v;
      // Number.isSafeInteger without the call: NaN fails the first test, ±Infinity the second.
      if (Math.floor(v) !== v || Math.abs(v) > Number.MAX_SAFE_INTEGER) safeIntegers = false;
    }
    regionTotals[r] = s;
  }
  let total = 0;
  for (let r = 0; r < nR; r++) total += regionTotals[r]!;
  return { regionTotals, activityTotals, total, safeIntegers };
}
