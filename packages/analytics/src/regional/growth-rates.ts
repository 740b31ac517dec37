// Growth between two periods in per cent, EconGeo `growth_mat`, `growth_ind`, `growth_reg`
// (analytics reference §4.15): g = (after - before) / before · 100, with 0/0 -> 0 (no change from
// nothing) while x/0 stays +Infinity. EconGeo rounds to 2 dp ("econgeo"); it also requires equal
// dimensions, whereas these align the two matrices on the union of their codes (`align-codes.ts`).
import { roundR } from "../common/round-r.ts";
import { activityTotals, type RegionActivityMatrix, regionTotals } from "../matrix/region-activity-matrix.ts";
import {
  type AlignmentOptions,
  alignVector,
  type CodedValues,
  missingFill,
  rowReader,
  unionCodes,
} from "./align-codes.ts";
import { type RegionalConventionOptions, resolveConvention } from "./regional-convention.ts";

export interface GrowthOptions extends AlignmentOptions, RegionalConventionOptions {}

/** Growth in per cent of one row (or vector) of aligned values, written at out[offset ..]. */
export function growthRow(
  before: ArrayLike<number>,
  after: ArrayLike<number>,
  out: Float64Array,
  offset: number,
  econgeo: boolean,
): void {
  for (let i = 0; i < before.length; i++) {
    const b = before[i]!;
    const a = after[i]!;
    // 0/0 -> 0 (EconGeo's is.nan -> 0); a NaN input (unknown code) stays NaN.
    const g = b === 0 && a === 0 ? 0 : ((a - b) / b) * 100;
    out[offset + i] = econgeo ? roundR(g, 2) : g;
  }
}

/** `growthRow` over whole vectors. */
export function growthOf(before: Float64Array, after: Float64Array, econgeo: boolean): Float64Array {
  const out = new Float64Array(before.length);
  growthRow(before, after, out, 0, econgeo);
  return out;
}

/**
 * Growth of every region x activity cell in per cent, over the union of the codes. 0/0 = 0;
 * from 0 to a positive value = +Infinity. `convention: "econgeo"` rounds to 2 dp as `growth_mat`.
 * Example: before [[10, 0, 0]], after [[15, 0, 3]] gives [[50, 0, Infinity]].
 */
export function cellGrowth(
  before: RegionActivityMatrix,
  after: RegionActivityMatrix,
  options: GrowthOptions = {},
): RegionActivityMatrix {
  const econgeo = resolveConvention(options) === "econgeo";
  const fill = missingFill(options);
  const regions = unionCodes([before.regions, after.regions]);
  const activities = unionCodes([before.activities, after.activities]);
  const readBefore = rowReader(before, before.values, regions, activities, fill, false);
  const readAfter = rowReader(after, after.values, regions, activities, fill, false);
  const nP = activities.length;
  const values = new Float64Array(regions.length * nP);
  for (let r = 0; r < regions.length; r++) growthRow(readBefore(r), readAfter(r), values, r * nP, econgeo);
  return { regions, activities, values };
}

/**
 * Growth of each activity's total (column sums, each over its own period's regions) in per cent,
 * over the union of activity codes, as EconGeo `growth_ind`. Example: totals 40 -> 50 give 25.
 */
export function activityGrowth(
  before: RegionActivityMatrix,
  after: RegionActivityMatrix,
  options: GrowthOptions = {},
): CodedValues {
  const econgeo = resolveConvention(options) === "econgeo";
  const fill = missingFill(options);
  const codes = unionCodes([before.activities, after.activities]);
  const b = alignVector(activityTotals(before), before.activities, codes, fill);
  const a = alignVector(activityTotals(after), after.activities, codes, fill);
  return { codes, values: growthOf(b, a, econgeo) };
}

/**
 * Growth of each region's total (row sums) in per cent, over the union of region codes, as
 * EconGeo `growth_reg`. Example: totals 200 -> 150 give -25.
 */
export function regionGrowth(
  before: RegionActivityMatrix,
  after: RegionActivityMatrix,
  options: GrowthOptions = {},
): CodedValues {
  const econgeo = resolveConvention(options) === "econgeo";
  const fill = missingFill(options);
  const codes = unionCodes([before.regions, after.regions]);
  const b = alignVector(regionTotals(before), before.regions, codes, fill);
  const a = alignVector(regionTotals(after), after.regions, codes, fill);
  return { codes, values: growthOf(b, a, econgeo) };
}
