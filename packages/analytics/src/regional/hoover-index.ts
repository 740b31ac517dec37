// Hoover (1936) index of each activity across regions, EconGeo `hoover_index(mat, pop)` (analytics
// reference §4.13): 100 · ½ Σ_r |x_rp / X_p - pop_r / POP|, the share of the activity (in %) that
// would have to move for it to be spread like the reference. EconGeo rounds to 2 dp ("econgeo").
import { roundR } from "../common/round-r.ts";
import type { RegionActivityMatrix } from "../matrix/region-activity-matrix.ts";
import {
  type RegionalConventionOptions,
  regionsWithPopulation,
  resolveConvention,
} from "./regional-convention.ts";

export interface HooverIndexOptions extends RegionalConventionOptions {
  /** Reference per region; without it every region gets the same weight (EconGeo's missing `pop`). */
  readonly population?: ArrayLike<number>;
}

/**
 * Hoover index per activity, 0-100: 0 = distributed exactly like `population` (or evenly), 100 =
 * entirely where the reference is not. Regions with a non-finite population are left out of both
 * shares (EconGeo drops incomplete cases). NaN for an all-zero activity.
 * Example: x = [0, 10], no population: 100 · ½ (|0 - 0.5| + |1 - 0.5|) = 50.
 */
export function hooverIndex(matrix: RegionActivityMatrix, options: HooverIndexOptions = {}): Float64Array {
  const econgeo = resolveConvention(options) === "econgeo";
  const nP = matrix.activities.length;
  const population = options.population;
  const regions = population
    ? regionsWithPopulation(matrix, population)
    : Array.from({ length: matrix.regions.length }, (_, r) => r);
  let referenceTotal = 0;
  for (const r of regions) referenceTotal += population ? population[r]! : 1;
  const v = matrix.values;
  // Activity totals over the regions kept, as EconGeo sums after dropping incomplete rows.
  const totals = new Float64Array(nP);
  for (const r of regions) for (let p = 0; p < nP; p++) totals[p]! += v[r * nP + p]!;
  const out = new Float64Array(nP);
  for (const r of regions) {
    const share = (population ? population[r]! : 1) / referenceTotal;
    const base = r * nP;
    for (let p = 0; p < nP; p++) out[p]! += Math.abs(v[base + p]! / totals[p]! - share);
  }
  for (let p = 0; p < nP; p++) {
    const value = (out[p]! * 100) / 2;
    out[p] = econgeo ? roundR(value, 2) : value;
  }
  return out;
}
