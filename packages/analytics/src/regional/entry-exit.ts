// Entry and exit of specialisations between two periods (EconGeo `entry_mat`, `exit_mat`; Boschma,
// Balland & Kogler 2015, Industrial and Corporate Change 24(1):223-250; analytics reference §4.15).
//   entry: NaN where the region already had the activity in period 1 (not at risk of entering);
//          otherwise 1 if present in period 2 (0 -> 1), 0 if still absent.
//   exit:  NaN where the region did not have it in period 1 (not at risk of exiting);
//          otherwise 1 if absent in period 2 (1 -> 0), 0 if retained.
// Both run on the union of the two matrices' codes (sorted); see `align-codes.ts` for missing cells.
import type { RegionActivityMatrix } from "../matrix/region-activity-matrix.ts";
import { type AlignmentOptions, missingFill, rowReader, unionCodes } from "./align-codes.ts";

/** Entry for one row of 0/1/NaN presence (NaN = unknown), written at out[offset ..]. */
export function entryRow(
  before: ArrayLike<number>,
  after: ArrayLike<number>,
  out: Float64Array,
  offset: number,
): void {
  for (let p = 0; p < before.length; p++) {
    // before is 0 (at risk), 1 (already present) or NaN (unknown).
    out[offset + p] = before[p] === 0 ? after[p]! : Number.NaN;
  }
}

/** Exit for one row of 0/1/NaN presence (NaN = unknown), written at out[offset ..]. */
export function exitRow(
  before: ArrayLike<number>,
  after: ArrayLike<number>,
  out: Float64Array,
  offset: number,
): void {
  for (let p = 0; p < before.length; p++) {
    const a = after[p]!;
    out[offset + p] = before[p] === 1 ? (a === 1 ? 0 : a === 0 ? 1 : Number.NaN) : Number.NaN;
  }
}

function transition(
  before: RegionActivityMatrix,
  after: RegionActivityMatrix,
  options: AlignmentOptions,
  kernel: typeof entryRow,
): RegionActivityMatrix {
  const fill = missingFill(options);
  const regions = unionCodes([before.regions, after.regions]);
  const activities = unionCodes([before.activities, after.activities]);
  const readBefore = rowReader(before, before.values, regions, activities, fill, true);
  const readAfter = rowReader(after, after.values, regions, activities, fill, true);
  const nP = activities.length;
  const values = new Float64Array(regions.length * nP);
  for (let r = 0; r < regions.length; r++) kernel(readBefore(r), readAfter(r), values, r * nP);
  return { regions, activities, values };
}

/**
 * Entry matrix between presence matrices `before` and `after` (values 0/1; any non-zero counts as
 * present), over the union of their codes: 1 = entry, 0 = still absent, NaN = already present (or
 * unknown with `missing: "unknown"`). EconGeo `entry_mat(m1, m2)` with NA as NaN.
 * Example: before [[1, 0]], after [[1, 1]] gives [[NaN, 1]].
 */
export function entryMatrix(
  before: RegionActivityMatrix,
  after: RegionActivityMatrix,
  options: AlignmentOptions = {},
): RegionActivityMatrix {
  return transition(before, after, options, entryRow);
}

/**
 * Exit matrix between presence matrices `before` and `after`, over the union of their codes:
 * 1 = exit, 0 = retained, NaN = not present before (or unknown). EconGeo `exit_mat(m1, m2)`.
 * Example: before [[1, 1]], after [[0, 1]] gives [[1, 0]].
 */
export function exitMatrix(
  before: RegionActivityMatrix,
  after: RegionActivityMatrix,
  options: AlignmentOptions = {},
): RegionActivityMatrix {
  return transition(before, after, options, exitRow);
}
