// Product measure index (OEC library `pmi()`, with `pgi()` and `peii()` as named uses; Hartmann et
// al. 2017, World Development 93:75-93 for the Product Gini Index; analytics reference §4.11):
// PMI_p = Σ_r M_rp s_rp m_r / Σ_r M_rp s_rp, the average of a regional measure m over the regions
// specialised in p, weighted by the share s_rp = x_rp / X_r of p in each region's mix.
import { AnalyticsError } from "../common/analytics-error.ts";
import { type RegionActivityMatrix, regionTotals } from "../matrix/region-activity-matrix.ts";
import { checkCellArray, checkRegionVector } from "./regional-convention.ts";

export const missingMeasurePolicies = ["skip", "zero"] as const;

export interface ProductMeasureOptions {
  /**
   * A region whose measure is NaN: "skip" it (default; it weighs nothing) or count it as 0 ("zero",
   * as the OEC library's `measure.fillna(0)`, which drags the index towards 0).
   */
  readonly missingMeasure?: (typeof missingMeasurePolicies)[number];
}

/**
 * PMI per activity from the matrix, presence M (row-major 0/1, e.g. RCA >= 1 as the OEC library)
 * and `measure` (one value per region). NaN for an activity no region (with a known measure) is
 * specialised in. Example: x = [[1, 1], [1, 3]], M = [[1, 0], [0, 1]], m = [10, 20] gives
 * [10, 20]; with M all ones, activity 2 gets (0.5·10 + 0.75·20) / 1.25 = 16.
 */
export function productMeasureIndex(
  matrix: RegionActivityMatrix,
  presence: ArrayLike<number>,
  measure: ArrayLike<number>,
  options: ProductMeasureOptions = {},
): Float64Array {
  checkCellArray(matrix, presence, "presence");
  checkRegionVector(matrix, measure, "measure");
  const policy = options.missingMeasure ?? "skip";
  if (!(missingMeasurePolicies as readonly string[]).includes(policy)) {
    throw new AnalyticsError("invalid-option", `Unknown missingMeasure "${String(policy)}".`, {
      field: "missingMeasure",
      value: policy,
    });
  }
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const totals = regionTotals(matrix);
  const v = matrix.values;
  const numerator = new Float64Array(nP);
  const denominator = new Float64Array(nP);
  for (let r = 0; r < nR; r++) {
    let m = measure[r]!;
    if (Number.isNaN(m)) {
      if (policy === "skip") continue;
      m = 0;
    }
    const total = totals[r]!;
    if (!(total > 0)) continue;
    const base = r * nP;
    for (let p = 0; p < nP; p++) {
      if (presence[base + p]! === 0) continue;
      const s = v[base + p]! / total;
      numerator[p]! += s * m;
      denominator[p]! += s;
    }
  }
  for (let p = 0; p < nP; p++) numerator[p] = numerator[p]! / denominator[p]!;
  return numerator;
}

/**
 * Product Gini Index (OEC `pgi()`): PMI with the regions' income Gini as the measure, the income
 * inequality associated with an activity.
 */
export function productGiniIndex(
  matrix: RegionActivityMatrix,
  presence: ArrayLike<number>,
  regionGini: ArrayLike<number>,
  options: ProductMeasureOptions = {},
): Float64Array {
  return productMeasureIndex(matrix, presence, regionGini, options);
}

/**
 * Product Emission Intensity Index (OEC `peii()`): PMI with the regions' emission intensity (e.g.
 * kt CO2-equivalent per unit of GDP) as the measure, in that unit.
 */
export function productEmissionIntensityIndex(
  matrix: RegionActivityMatrix,
  presence: ArrayLike<number>,
  emissionIntensity: ArrayLike<number>,
  options: ProductMeasureOptions = {},
): Float64Array {
  return productMeasureIndex(matrix, presence, emissionIntensity, options);
}
