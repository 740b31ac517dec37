// Balassa (1965) revealed comparative advantage, the location quotient of regional science:
// RCA_rp = (x_rp / X_r) / (X_p / X). Same formula in every established tool.
import { activityTotals, type RegionActivityMatrix, regionTotals } from "../matrix/region-activity-matrix.ts";

/**
 * RCA (LQ) for every cell, row-major R x P. A cell of an all-zero region or activity is NaN (0/0),
 * never 0 or 1: callers decide what an undefined ratio means. Never mutates the input.
 * Example: x = [[1, 1], [1, 3]] gives RCA = [[1.5, 0.75], [0.75, 1.125]].
 */
export function revealedComparativeAdvantage(matrix: RegionActivityMatrix): Float64Array {
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const xr = regionTotals(matrix);
  const xp = activityTotals(matrix);
  let total = 0;
  for (let r = 0; r < nR; r++) total += xr[r]!;
  const share = new Float64Array(nP);
  for (let p = 0; p < nP; p++) share[p] = xp[p]! / total;
  const out = new Float64Array(nR * nP);
  const v = matrix.values;
  for (let r = 0; r < nR; r++) {
    const base = r * nP;
    const rowTotal = xr[r]!;
    for (let p = 0; p < nP; p++) out[base + p] = v[base + p]! / rowTotal / share[p]!;
  }
  return out;
}

/**
 * Per-capita revealed advantage (RPOP, py-ecomplexity / Stata `ecomplexity`):
 * RPOP_rp = (x_rp / X_p) / (pop_r / POP). `population` is per region, in the matrix's region order.
 */
export function perCapitaAdvantage(
  matrix: RegionActivityMatrix,
  population: ArrayLike<number>,
): Float64Array {
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const xp = activityTotals(matrix);
  let pop = 0;
  for (let r = 0; r < nR; r++) pop += population[r]!;
  const out = new Float64Array(nR * nP);
  const v = matrix.values;
  for (let r = 0; r < nR; r++) {
    const popShare = population[r]! / pop;
    const base = r * nP;
    for (let p = 0; p < nP; p++) out[base + p] = v[base + p]! / xp[p]! / popShare;
  }
  return out;
}
