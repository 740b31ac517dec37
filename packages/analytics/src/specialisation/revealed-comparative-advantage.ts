// Balassa (1965) revealed comparative advantage, the location quotient of regional science:
// RCA_rp = (x_rp / X_r) / (X_p / X). Same formula in every established tool.
import { activityTotals, type RegionActivityMatrix } from "../matrix/region-activity-matrix.ts";
import { type MatrixMargins, matrixMargins } from "./matrix-margins.ts";

/** X_p / X per activity, the denominator of RCA. */
export function activityShares(margins: MatrixMargins): Float64Array {
  const { activityTotals: xp, total } = margins;
  const share = new Float64Array(xp.length);
  for (let p = 0; p < xp.length; p++) share[p] = xp[p]! / total;
  return share;
}

/**
 * out[at + p] = RCA of the row at values[base ..] for p < share.length: x_rp / X_r / (X_p / X), in
 * that order (`at` defaults to `base`).
 */
export function fillRcaRow(
  values: Float64Array,
  out: Float64Array,
  base: number,
  rowTotal: number,
  share: Float64Array,
  at = base,
) {
  const nP = share.length;
  for (let p = 0; p < nP; p++) out[at + p] = rcaCell(values[base + p]!, rowTotal, share[p]!);
}

/** RCA of one cell, (x_rp / X_r) / (X_p / X): every RCA of the package is made by this expression. */
export function rcaCell(value: number, rowTotal: number, share: number): number {
  return value / rowTotal / share;
}

/**
 * RCA (LQ) for every cell, row-major R x P. A cell of an all-zero region or activity is NaN (0/0),
 * never 0 or 1: callers decide what an undefined ratio means. Never mutates the input. `margins`
 * may be passed when already computed.
 * Example: x = [[1, 1], [1, 3]] gives RCA = [[1.5, 0.75], [0.75, 1.125]].
 */
export function revealedComparativeAdvantage(
  matrix: RegionActivityMatrix,
  margins: MatrixMargins = matrixMargins(matrix),
): Float64Array {
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const share = activityShares(margins);
  const out = new Float64Array(nR * nP);
  for (let r = 0; r < nR; r++) fillRcaRow(matrix.values, out, r * nP, margins.regionTotals[r]!, share);
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
