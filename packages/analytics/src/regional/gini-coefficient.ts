// Concentration of each activity across regions by the Lorenz area (Gini 1921; analytics reference
// §4.13), in EconGeo 2.0's three variants:
//   `gini`            regions by x_rp ascending, equal reference weights 1/n; max (n - 1)/n; 3 dp.
//   `locational_gini` regions by x_rp / (X_r / X), reference = region size X_r / X; ÷ 2 (Krugman
//                     1991, theoretical max 0.5); not rounded.
//   `hoover_gini`     regions by x_rp / pop_r, reference = population share (Hoover 1936); 3 dp.
// "econgeo" applies EconGeo's rounding; "exact" (default) does not.
import { roundR } from "../common/round-r.ts";
import { type RegionActivityMatrix, regionTotals } from "../matrix/region-activity-matrix.ts";
import { lorenzArea, lorenzScratch, orderByRatio } from "./lorenz-area.ts";
import {
  type RegionalConventionOptions,
  regionsWithPopulation,
  resolveConvention,
} from "./regional-convention.ts";

/**
 * Gini coefficient of each activity over regions (equal weights), 0 = evenly spread, (n - 1)/n =
 * all in one of n regions. NaN for an all-zero activity. `convention: "econgeo"` rounds to 3 dp
 * as EconGeo `gini(mat)`. Example: a column [0, 0, 0, 10] gives 0.75.
 */
export function giniCoefficient(
  matrix: RegionActivityMatrix,
  options: RegionalConventionOptions = {},
): Float64Array {
  const econgeo = resolveConvention(options) === "econgeo";
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const v = matrix.values;
  const scratch = lorenzScratch(nR);
  scratch.reference.fill(1); // equal weights: π_i = i / n
  const out = new Float64Array(nP);
  for (let p = 0; p < nP; p++) {
    for (let r = 0; r < nR; r++) scratch.amount[r] = v[r * nP + p]!;
    orderByRatio(scratch, nR);
    const g = lorenzArea(scratch.orderedAmount, scratch.orderedReference, nR);
    out[p] = econgeo ? roundR(g, 3) : g;
  }
  return out;
}

/**
 * Locational Gini of each activity (EconGeo `locational_gini`): the Lorenz area of the activity
 * against region size X_r / X, halved, so 0 = spread like total activity and 0.5 is the theoretical
 * maximum. Never rounded by EconGeo, so no convention. NaN for an all-zero activity.
 * Example: x = [[1, 0], [0, 1]] gives 0.25 for both activities.
 */
export function locationalGini(matrix: RegionActivityMatrix): Float64Array {
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const v = matrix.values;
  const size = regionTotals(matrix);
  let total = 0;
  for (let r = 0; r < nR; r++) total += size[r]!;
  for (let r = 0; r < nR; r++) size[r] = size[r]! / total;
  const scratch = lorenzScratch(nR);
  const out = new Float64Array(nP);
  for (let p = 0; p < nP; p++) {
    for (let r = 0; r < nR; r++) {
      scratch.amount[r] = v[r * nP + p]!;
      scratch.reference[r] = size[r]!;
    }
    orderByRatio(scratch, nR);
    out[p] = lorenzArea(scratch.orderedAmount, scratch.orderedReference, nR) / 2;
  }
  return out;
}

/**
 * Hoover-Gini of each activity against `population` (one per region): the Lorenz area of the
 * activity with regions ordered by output per head and the population share as reference. 0 =
 * proportional to population. Regions with a non-finite population are left out (EconGeo drops
 * incomplete cases). NaN for an all-zero activity. `convention: "econgeo"` rounds to 3 dp as
 * EconGeo `hoover_gini(mat, pop)`. Example: x = [0, 10], pop = [1, 1] gives 0.5.
 */
export function hooverGini(
  matrix: RegionActivityMatrix,
  population: ArrayLike<number>,
  options: RegionalConventionOptions = {},
): Float64Array {
  const econgeo = resolveConvention(options) === "econgeo";
  const nP = matrix.activities.length;
  const kept = regionsWithPopulation(matrix, population);
  const n = kept.length;
  const v = matrix.values;
  const scratch = lorenzScratch(n);
  const out = new Float64Array(nP);
  for (let p = 0; p < nP; p++) {
    for (let i = 0; i < n; i++) {
      const r = kept[i]!;
      scratch.amount[i] = v[r * nP + p]!;
      scratch.reference[i] = population[r]!;
    }
    orderByRatio(scratch, n);
    const g = lorenzArea(scratch.orderedAmount, scratch.orderedReference, n);
    out[p] = econgeo ? roundR(g, 3) : g;
  }
  return out;
}
