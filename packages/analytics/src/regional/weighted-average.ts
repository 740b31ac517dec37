// Share-weighted averages across a region x activity matrix (EconGeo `weighted_avg(mat, vec, reg)`;
// analytics reference §4.12): a region's average of an activity attribute, weighted by the region's
// activity shares (reg = TRUE), or an activity's average of a region attribute, weighted by how the
// activity is spread over regions (reg = FALSE). PRODY and EXPY are special cases of the idea.
import { activityTotals, type RegionActivityMatrix, regionTotals } from "../matrix/region-activity-matrix.ts";
import { checkActivityVector, checkRegionVector } from "./regional-convention.ts";

/**
 * Per region: Σ_p s_rp v_p with s_rp = x_rp / X_r and `activityValues` v (one per activity), as
 * EconGeo `weighted_avg(mat, vec, reg = TRUE)`. Activities absent from the region are skipped, so a
 * NaN attribute only matters where the region is active. NaN for an all-zero region.
 * Example: x = [[1, 3]], v = [10, 20] gives [17.5].
 */
export function regionWeightedAverage(
  matrix: RegionActivityMatrix,
  activityValues: ArrayLike<number>,
): Float64Array {
  checkActivityVector(matrix, activityValues, "activityValues");
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
      const x = v[base + p]!;
      if (x !== 0) sum += (x / total) * activityValues[p]!;
    }
    out[r] = total > 0 ? sum : Number.NaN;
  }
  return out;
}

/**
 * Per activity: Σ_r (x_rp / X_p) u_r with `regionValues` u (one per region), as EconGeo
 * `weighted_avg(mat, vec, reg = FALSE)`. Regions without the activity are skipped. NaN for an
 * all-zero activity. Example: x = [[1], [3]], u = [10, 20] gives [17.5].
 */
export function activityWeightedAverage(
  matrix: RegionActivityMatrix,
  regionValues: ArrayLike<number>,
): Float64Array {
  checkRegionVector(matrix, regionValues, "regionValues");
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const totals = activityTotals(matrix);
  const v = matrix.values;
  const out = new Float64Array(nP);
  for (let r = 0; r < nR; r++) {
    const u = regionValues[r]!;
    const base = r * nP;
    for (let p = 0; p < nP; p++) {
      const x = v[base + p]!;
      if (x !== 0) out[p]! += x * u;
    }
  }
  for (let p = 0; p < nP; p++) out[p] = totals[p]! > 0 ? out[p]! / totals[p]! : Number.NaN;
  return out;
}
