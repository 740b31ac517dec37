// Entry, exit and growth between consecutive periods of a panel: what EconGeo's `entry_list`,
// `exit_list` and `growth_list*` are for, without their defect (analytics reference §4.15, pitfall 9:
// in EconGeo 2.0 they read global variables `mat1`, `mat2`, ... instead of their arguments).
// Every transition is laid over the union of the codes of ALL periods (as the `*_list` functions
// do), so transitions stack. Presence is decided on each period's own matrix before alignment,
// because RCA depends on that period's totals.
import { AnalyticsError } from "../common/analytics-error.ts";
import { activityTotals, type RegionActivityMatrix, regionTotals } from "../matrix/region-activity-matrix.ts";
import { presence as rcaPresence } from "../specialisation/presence.ts";
import { type AlignmentOptions, alignVector, missingFill, rowReader, unionCodes } from "./align-codes.ts";
import { entryRow, exitRow } from "./entry-exit.ts";
import { growthOf, growthRow } from "./growth-rates.ts";
import { type RegionalConventionOptions, resolveConvention } from "./regional-convention.ts";

export interface PeriodMatrix {
  readonly time: string;
  readonly matrix: RegionActivityMatrix;
}

export interface PanelDynamicsOptions extends AlignmentOptions, RegionalConventionOptions {
  /**
   * Presence M (row-major, 0/1) of one period's matrix. Default: RCA >= 1 with exact ties
   * (`presence()`). Pass `(m) => m.values` when the matrices already are 0/1 presence matrices.
   */
  readonly presence?: (matrix: RegionActivityMatrix) => ArrayLike<number>;
}

export interface PeriodTransition {
  readonly from: string;
  readonly to: string;
  /** Row-major over the panel's `regions` x `activities`: 1 entry, 0 still absent, NaN not at risk. */
  readonly entry: Float64Array;
  /** Row-major: 1 exit, 0 retained, NaN not at risk. */
  readonly exit: Float64Array;
  /** Row-major growth of the values in per cent (0/0 = 0, x/0 = Infinity). */
  readonly growth: Float64Array;
  /** Growth of each activity's total, in `activities` order. */
  readonly activityGrowth: Float64Array;
  /** Growth of each region's total, in `regions` order. */
  readonly regionGrowth: Float64Array;
}

export interface PanelDynamics {
  readonly regions: readonly string[];
  readonly activities: readonly string[];
  /**
   * One per consecutive pair of periods, in the order given, computed as you iterate: a long panel
   * never holds more than one transition's arrays (3 x R x P doubles) at once. Iterating again
   * recomputes; `Array.from(dynamics.transitions)` keeps them all.
   */
  readonly transitions: Iterable<PeriodTransition>;
}

/**
 * Entry, exit and growth for each consecutive pair of `periods` (in the order given; sort them
 * first), all over the union of every period's codes. Options: `presence` rule, `missing` codes
 * ("absent" = 0 as EconGeo, or "unknown" = NaN), `convention` ("econgeo" rounds growth to 2 dp).
 * Example: for a `Panel` from `panelFromLong`, pass
 * `panel.times.map((time, i) => ({ time, matrix: panel.matrices[i]! }))`.
 */
export function panelDynamics(
  periods: readonly PeriodMatrix[],
  options: PanelDynamicsOptions = {},
): PanelDynamics {
  const econgeo = resolveConvention(options) === "econgeo";
  const fill = missingFill(options);
  if (periods.length < 2) {
    throw new AnalyticsError("empty-input", `Dynamics need at least two periods, not ${periods.length}.`);
  }
  const seen = new Set<string>();
  for (const { time } of periods) {
    if (seen.has(time)) {
      throw new AnalyticsError("invalid-option", `Period "${time}" is given twice.`, { time });
    }
    seen.add(time);
  }
  const presenceOf = options.presence ?? ((m: RegionActivityMatrix) => rcaPresence(m).presence);
  const regions = unionCodes(periods.map((p) => p.matrix.regions));
  const activities = unionCodes(periods.map((p) => p.matrix.activities));
  // Each period keeps its own matrix and presence; rows are aligned on the fly for each transition.
  const prepare = ({ time, matrix }: PeriodMatrix) => {
    const m = presenceOf(matrix);
    if (m.length !== matrix.values.length) {
      throw new AnalyticsError(
        "dimension-mismatch",
        `The presence of period "${time}" has ${m.length} cells, its matrix ${matrix.values.length}.`,
        { time },
      );
    }
    return {
      time,
      presence: rowReader(matrix, m, regions, activities, fill, true),
      values: rowReader(matrix, matrix.values, regions, activities, fill, false),
      activityTotals: alignVector(activityTotals(matrix), matrix.activities, activities, fill),
      regionTotals: alignVector(regionTotals(matrix), matrix.regions, regions, fill),
    };
  };
  const nR = regions.length;
  const nP = activities.length;
  function* generate(): Generator<PeriodTransition> {
    let before = prepare(periods[0]!);
    for (let t = 1; t < periods.length; t++) {
      const after = prepare(periods[t]!);
      const entry = new Float64Array(nR * nP);
      const exit = new Float64Array(nR * nP);
      const growth = new Float64Array(nR * nP);
      for (let r = 0; r < nR; r++) {
        const presenceBefore = before.presence(r);
        const presenceAfter = after.presence(r);
        entryRow(presenceBefore, presenceAfter, entry, r * nP);
        exitRow(presenceBefore, presenceAfter, exit, r * nP);
        growthRow(before.values(r), after.values(r), growth, r * nP, econgeo);
      }
      yield {
        from: before.time,
        to: after.time,
        entry,
        exit,
        growth,
        activityGrowth: growthOf(before.activityTotals, after.activityTotals, econgeo),
        regionGrowth: growthOf(before.regionTotals, after.regionTotals, econgeo),
      };
      before = after;
    }
  }
  return { regions, activities, transitions: { [Symbol.iterator]: generate } };
}
