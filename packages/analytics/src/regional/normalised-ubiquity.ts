// Ubiquity-based complexity proxies of Balland & Rigby (2017, Economic Geography 93(1):1-23), EconGeo
// `norm_ubiquity` and `inv_norm_ubiquity` (analytics reference §4.12). EconGeo derives the ubiquity
// from its own `rca(binary = TRUE)`; here the caller passes the presence matrix M, so the same
// presence rule (and tie handling) is used as everywhere else in the analysis. EconGeo rounds both
// to 2 dp ("econgeo" convention).
import { roundR } from "../common/round-r.ts";
import { activityTotals, type RegionActivityMatrix } from "../matrix/region-activity-matrix.ts";
import { ubiquity } from "../specialisation/diversity-ubiquity.ts";
import { checkCellArray, type RegionalConventionOptions, resolveConvention } from "./regional-convention.ts";

const INVERSE_LOG_OFFSET = 0.001;

/**
 * Normalised ubiquity per activity: (X_p / X) / (k_p0 / Σ_q k_q0), the activity's share of the
 * total over its share of all presences. > 1: bigger than its ubiquity suggests. `presence` is M
 * (0/1), row-major R x P; its column sums are the ubiquities k_p0.
 * Infinity for an activity with X_p > 0 and no presence; NaN with neither.
 * Example: x = [[3, 1], [1, 1]], M = [[1, 0], [0, 1]] gives [(4/6)/(1/2), (2/6)/(1/2)] = [1.33, 0.67].
 */
export function normalisedUbiquity(
  matrix: RegionActivityMatrix,
  presence: ArrayLike<number>,
  options: RegionalConventionOptions = {},
): Float64Array {
  checkCellArray(matrix, presence, "presence");
  const econgeo = resolveConvention(options) === "econgeo";
  const nP = matrix.activities.length;
  const xp = activityTotals(matrix);
  const k = ubiquity(presence, matrix.regions.length, nP);
  let total = 0;
  let presences = 0;
  for (let p = 0; p < nP; p++) {
    total += xp[p]!;
    presences += k[p]!;
  }
  const out = new Float64Array(nP);
  for (let p = 0; p < nP; p++) {
    const value = xp[p]! / total / (k[p]! / presences);
    out[p] = econgeo ? roundR(value, 2) : value;
  }
  return out;
}

/**
 * Inverse normalised ubiquity per activity: 100 · ln(X_p + 0.001) / k_p0 (natural log). Larger for
 * big activities present in few regions. Infinity when k_p0 = 0. `presence` as in `normalisedUbiquity`.
 * Example: X_p = 100 in 2 regions gives 100 · ln(100.001) / 2 = 230.26.
 */
export function inverseNormalisedUbiquity(
  matrix: RegionActivityMatrix,
  presence: ArrayLike<number>,
  options: RegionalConventionOptions = {},
): Float64Array {
  checkCellArray(matrix, presence, "presence");
  const econgeo = resolveConvention(options) === "econgeo";
  const nP = matrix.activities.length;
  const xp = activityTotals(matrix);
  const k = ubiquity(presence, matrix.regions.length, nP);
  const out = new Float64Array(nP);
  for (let p = 0; p < nP; p++) {
    const value = (Math.log(xp[p]! + INVERSE_LOG_OFFSET) / k[p]!) * 100;
    out[p] = econgeo ? roundR(value, 2) : value;
  }
  return out;
}
