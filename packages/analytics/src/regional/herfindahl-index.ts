// Herfindahl(-Hirschman) index of a region's activity mix, H_r = Σ_p s_rp² (EconGeo `herfindahl`;
// analytics reference §4.12). No hidden rounding in EconGeo, so there is no convention option.
import { type RegionActivityMatrix, regionTotals } from "../matrix/region-activity-matrix.ts";

/**
 * Herfindahl index per region: the sum of squared activity shares, in (0, 1]; 1 = a single
 * activity, 1/P = all activities equal. NaN for an all-zero region (0/0 shares).
 * Example: x = [[1, 1], [3, 1]] gives [0.5, 0.625].
 */
export function herfindahlIndex(matrix: RegionActivityMatrix): Float64Array {
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const totals = regionTotals(matrix);
  const v = matrix.values;
  const out = new Float64Array(nR);
  for (let r = 0; r < nR; r++) {
    const total = totals[r]!;
    const base = r * nP;
    let sum = 0;
    for (let p = 0; p < nP; p++) {
      const s = v[base + p]! / total;
      sum += s * s;
    }
    out[r] = total > 0 ? sum : Number.NaN;
  }
  return out;
}
