// PRODY and EXPY (Hausmann, Hwang & Rodrik 2007, "What you export matters", J. Econ. Growth 12:1-25;
// analytics reference §4.10). PRODY_p = Σ_r [s_rp / Σ_r' s_r'p] Y_r, the income level of an activity;
// EXPY_r = Σ_p s_rp PRODY_p, the income level of a region's mix (s_rp = x_rp / X_r).
// "exact" = R economiccomplexity `productivity_levels()`. "econgeo" = EconGeo `prody()` / `expy()`,
// which weight by Σ_r RCA_rp Y_r / Σ_r RCA_rp: the same thing algebraically (X_p / X cancels, §3.4),
// except that EconGeo's `rca()` rounds RCA to 2 dp first, which moves PRODY in the 2nd-4th decimal.
import { roundR } from "../common/round-r.ts";
import { activityTotals, type RegionActivityMatrix, regionTotals } from "../matrix/region-activity-matrix.ts";
import {
  checkRegionVector,
  type RegionalConventionOptions,
  resolveConvention,
} from "./regional-convention.ts";
import { regionWeightedAverage } from "./weighted-average.ts";

export interface ProductivityLevels {
  /** PRODY per activity, in the unit of `income`. NaN for an activity no region with known income has. */
  readonly activities: Float64Array;
  /** EXPY per region, in the unit of `income`. NaN for an all-zero region. */
  readonly regions: Float64Array;
}

/**
 * PRODY per activity: the income level associated with an activity, the mean of regional incomes
 * `income` (one per region, e.g. GDP per capita) weighted by each region's revealed advantage in it.
 * Regions with a non-finite income are left out of every PRODY (economiccomplexity drops regions
 * without GDP); all-zero regions carry no weight. `convention: "econgeo"` reproduces EconGeo
 * `prody(mat, vec)` (RCA rounded to 2 dp); the default reproduces economiccomplexity exactly.
 * Example: x = [[1, 0], [1, 1]], Y = [10, 20] gives PRODY = [(1·10 + 0.5·20) / 1.5, 20] = [13.333, 20].
 */
export function activityProductivityLevel(
  matrix: RegionActivityMatrix,
  income: ArrayLike<number>,
  options: RegionalConventionOptions = {},
): Float64Array {
  checkRegionVector(matrix, income, "income");
  const econgeo = resolveConvention(options) === "econgeo";
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const totals = regionTotals(matrix);
  // EconGeo rca() = (x_rp / X_r) / (X_p / X), NaN (0/0) -> 0, then round(, 2): same operation order.
  const systemShare = new Float64Array(nP);
  if (econgeo) {
    const xp = activityTotals(matrix);
    let total = 0;
    for (let r = 0; r < nR; r++) total += totals[r]!;
    for (let p = 0; p < nP; p++) systemShare[p] = xp[p]! / total;
  }
  const v = matrix.values;
  const numerator = new Float64Array(nP);
  const denominator = new Float64Array(nP);
  for (let r = 0; r < nR; r++) {
    const y = income[r]!;
    const rowTotal = totals[r]!;
    if (!Number.isFinite(y) || !(rowTotal > 0)) continue;
    const base = r * nP;
    for (let p = 0; p < nP; p++) {
      const x = v[base + p]!;
      if (x === 0) continue;
      let weight = x / rowTotal;
      if (econgeo) weight = roundR(weight / systemShare[p]!, 2);
      numerator[p]! += weight * y;
      denominator[p]! += weight;
    }
  }
  for (let p = 0; p < nP; p++) numerator[p] = numerator[p]! / denominator[p]!;
  return numerator;
}

/**
 * EXPY per region from PRODY: Σ_p s_rp PRODY_p, the income level of the region's activity mix.
 * Activities the region does not have are skipped, so one NaN PRODY (an activity without a region
 * of known income) does not turn every EXPY into NaN as it does in EconGeo. NaN for an all-zero region.
 */
export function regionProductivityLevelFromActivities(
  matrix: RegionActivityMatrix,
  activityLevel: ArrayLike<number>,
): Float64Array {
  return regionWeightedAverage(matrix, activityLevel);
}

/**
 * EXPY per region from regional incomes, as EconGeo `expy(mat, vec)` (which takes Y, not PRODY,
 * and computes PRODY itself): PRODY by `activityProductivityLevel`, then
 * `regionProductivityLevelFromActivities`. Same convention option.
 * Example: x = [[1, 0], [1, 1]], Y = [10, 20] gives EXPY = [13.333, (13.333 + 20) / 2] = [13.333, 16.667].
 */
export function regionProductivityLevel(
  matrix: RegionActivityMatrix,
  income: ArrayLike<number>,
  options: RegionalConventionOptions = {},
): Float64Array {
  return regionProductivityLevelFromActivities(matrix, activityProductivityLevel(matrix, income, options));
}

/**
 * PRODY and EXPY together, as economiccomplexity `productivity_levels(X, Y)` returns them
 * (`products_productivity_level`, `economies_productivity_level`).
 */
export function productivityLevels(
  matrix: RegionActivityMatrix,
  income: ArrayLike<number>,
  options: RegionalConventionOptions = {},
): ProductivityLevels {
  const activities = activityProductivityLevel(matrix, income, options);
  return { activities, regions: regionProductivityLevelFromActivities(matrix, activities) };
}
