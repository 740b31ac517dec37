// Coordinates of the concentration curves behind the Gini variants (EconGeo `lorenz_curve`,
// `hoover_curve`, `locational_gini_curve` with `plot = FALSE`; analytics reference §4.13), for
// charts. Each curve starts at (0, 0) and ends at (1, 1); x is the cumulative reference share and
// y the cumulative share of the activity, with regions in the order the matching Gini uses.
import { type RegionActivityMatrix, regionTotals } from "../matrix/region-activity-matrix.ts";
import { lorenzCoordinates, lorenzScratch, orderByRatio } from "./lorenz-area.ts";
import { checkActivityIndex, regionsWithPopulation } from "./regional-convention.ts";

export interface ConcentrationCurve {
  /** Cumulative reference share (regions, population or size), from 0 to 1; length n + 1. */
  readonly x: Float64Array;
  /** Cumulative share of the activity, from 0 to 1; NaN throughout for an all-zero activity. */
  readonly y: Float64Array;
}

function curve(
  matrix: RegionActivityMatrix,
  activity: number,
  reference: (r: number) => number,
  regions: readonly number[],
): ConcentrationCurve {
  checkActivityIndex(matrix, activity);
  const nP = matrix.activities.length;
  const n = regions.length;
  const scratch = lorenzScratch(n);
  for (let i = 0; i < n; i++) {
    const r = regions[i]!;
    scratch.amount[i] = matrix.values[r * nP + activity]!;
    scratch.reference[i] = reference(r);
  }
  orderByRatio(scratch, n);
  return lorenzCoordinates(scratch.orderedAmount, scratch.orderedReference, n);
}

const allRegions = (matrix: RegionActivityMatrix) =>
  Array.from({ length: matrix.regions.length }, (_, r) => r);

/**
 * Lorenz curve of activity index `activity`: regions in ascending order of x_rp, x = i / n.
 * Example: a column [0, 10] gives x = [0, 0.5, 1], y = [0, 0, 1].
 */
export function lorenzCurve(matrix: RegionActivityMatrix, activity: number): ConcentrationCurve {
  return curve(matrix, activity, () => 1, allRegions(matrix));
}

/**
 * Hoover curve of activity index `activity` against `population` (one per region): regions in
 * ascending order of output per head, x = cumulative population share. Regions with a
 * non-finite population are left out. Example: x = [0, 10], pop = [1, 3] gives x = [0, 0.25, 1],
 * y = [0, 0, 1].
 */
export function hooverCurve(
  matrix: RegionActivityMatrix,
  population: ArrayLike<number>,
  activity: number,
): ConcentrationCurve {
  return curve(matrix, activity, (r) => population[r]!, regionsWithPopulation(matrix, population));
}

/**
 * Locational Gini curve of activity index `activity`: regions in ascending order of
 * x_rp / (X_r / X), x = cumulative share of total activity. Example: x = [[1, 0], [0, 1]] gives,
 * for activity 0, x = [0, 0.5, 1], y = [0, 0, 1].
 */
export function locationalGiniCurve(matrix: RegionActivityMatrix, activity: number): ConcentrationCurve {
  const size = regionTotals(matrix);
  return curve(matrix, activity, (r) => size[r]!, allRegions(matrix));
}
