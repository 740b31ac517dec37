// Rolling activities up a classification (subclass -> class -> division -> section), or regions up
// a geography (district -> ITL3 -> ITL2 -> ITL1): the values of every code that shares a parent are
// added into one column (row) for that parent. Employment and
// counts are additive, so the rolled-up matrix is what the source would publish at the coarser
// level, up to the source's own rounding of each cell.
import { AnalyticsError } from "../common/analytics-error.ts";
import { compareCodes } from "./matrix-from-long.ts";
import type { RegionActivityMatrix } from "./region-activity-matrix.ts";

/**
 * Sums the columns of `matrix` into groups: `groups[p]` is the code of activity p's group (its
 * parent at the chosen level). The result's activities are the distinct group codes, sorted as
 * codes are everywhere; regions are unchanged. Never mutates the input.
 * Example: activities ["29100", "29201", "30300"] with groups ["29", "29", "30"] give columns
 * "29" (the first two added) and "30".
 */
export function rollUpActivities(
  matrix: RegionActivityMatrix,
  groups: readonly string[],
): RegionActivityMatrix {
  const nP = matrix.activities.length;
  if (groups.length !== nP) {
    throw new AnalyticsError(
      "length-mismatch",
      `rollUpActivities needs one group per activity: ${groups.length} groups for ${nP} activities.`,
    );
  }
  const activities = [...new Set(groups)].sort(compareCodes);
  const column = new Map(activities.map((code, g) => [code, g]));
  const target = Int32Array.from(groups, (code) => column.get(code)!);
  const nG = activities.length;
  const nR = matrix.regions.length;
  const values = new Float64Array(nR * nG);
  const source = matrix.values;
  for (let r = 0; r < nR; r++) {
    const from = r * nP;
    const to = r * nG;
    for (let p = 0; p < nP; p++) values[to + target[p]!]! += source[from + p]!;
  }
  return { regions: matrix.regions, activities, values };
}

/**
 * Sums the rows of `matrix` into groups: `groups[r]` is the code of region r's group (districts to
 * ITL3, ITL3 to ITL2 ...). The result's regions are the distinct group codes, sorted; activities are
 * unchanged. Never mutates the input.
 * Example: regions ["E06000022", "E06000023"] with groups ["TLK", "TLK"] give one row "TLK".
 */
export function rollUpRegions(matrix: RegionActivityMatrix, groups: readonly string[]): RegionActivityMatrix {
  const nR = matrix.regions.length;
  if (groups.length !== nR) {
    throw new AnalyticsError(
      "length-mismatch",
      `rollUpRegions needs one group per region: ${groups.length} groups for ${nR} regions.`,
    );
  }
  const regions = [...new Set(groups)].sort(compareCodes);
  const row = new Map(regions.map((code, g) => [code, g]));
  const nP = matrix.activities.length;
  const values = new Float64Array(regions.length * nP);
  const source = matrix.values;
  for (let r = 0; r < nR; r++) {
    const to = row.get(groups[r]!)! * nP;
    const from = r * nP;
    for (let p = 0; p < nP; p++) values[to + p]! += source[from + p]!;
  }
  return { regions, activities: matrix.activities, values };
}
