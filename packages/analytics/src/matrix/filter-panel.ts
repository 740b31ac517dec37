// Explicit, recorded data cleaning before any index is computed (analytics reference pitfall 13):
// published rankings (OEC, the Atlas) drop very small countries and thin products first; without
// such a step, tiny units with a few idiosyncratic activities rank implausibly high. Here the step
// is chosen by the user, applied in a fixed order, and returned with the codes it removed.
import { AnalyticsError } from "../common/analytics-error.ts";
import type { Panel } from "./matrix-from-long.ts";
import { activityTotals, type RegionActivityMatrix, regionTotals } from "./region-activity-matrix.ts";

export interface PanelFilter {
  /** Remove regions whose total is below this in any period. */
  readonly minRegionTotal?: number;
  /** Then remove activities whose total (over the remaining regions) is below this in any period. */
  readonly minActivityTotal?: number;
}

export interface CleaningStep {
  readonly step: "min-region-total" | "min-activity-total";
  readonly threshold: number;
  /** Codes removed by this step, in code order. */
  readonly removed: readonly string[];
}

function checkThreshold(value: number | undefined, field: string): void {
  if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
    throw new AnalyticsError("invalid-option", `${field} must be a non-negative number, not ${value}.`, {
      field,
    });
  }
}

function keepRows(matrix: RegionActivityMatrix, keep: Uint8Array): RegionActivityMatrix {
  const nP = matrix.activities.length;
  const regions = matrix.regions.filter((_, r) => keep[r] === 1);
  const values = new Float64Array(regions.length * nP);
  let k = 0;
  for (let r = 0; r < matrix.regions.length; r++) {
    if (keep[r] === 1) values.set(matrix.values.subarray(r * nP, (r + 1) * nP), nP * k++);
  }
  return { regions, activities: matrix.activities, values };
}

function keepColumns(matrix: RegionActivityMatrix, keep: Uint8Array): RegionActivityMatrix {
  const nP = matrix.activities.length;
  const activities = matrix.activities.filter((_, p) => keep[p] === 1);
  const nKept = activities.length;
  const values = new Float64Array(matrix.regions.length * nKept);
  for (let r = 0; r < matrix.regions.length; r++) {
    let k = r * nKept;
    for (let p = 0; p < nP; p++) if (keep[p] === 1) values[k++] = matrix.values[r * nP + p]!;
  }
  return { regions: matrix.regions, activities, values };
}

function belowInAnyPeriod(totals: Float64Array[], size: number, minimum: number): Uint8Array {
  const keep = new Uint8Array(size).fill(1);
  for (const t of totals) for (let i = 0; i < size; i++) if (t[i]! < minimum) keep[i] = 0;
  return keep;
}

/**
 * Applies the filters in order (regions, then activities) to every period of `panel`, so all periods
 * keep the same codes. Returns the filtered panel and one step record per filter given. Never
 * mutates the input. Example: `filterPanel(panel, { minRegionTotal: 1e6 })`.
 */
export function filterPanel(panel: Panel, filter: PanelFilter): { panel: Panel; steps: CleaningStep[] } {
  checkThreshold(filter.minRegionTotal, "minRegionTotal");
  checkThreshold(filter.minActivityTotal, "minActivityTotal");
  const steps: CleaningStep[] = [];
  let matrices = panel.matrices;
  const first = () => matrices[0]!;
  if (filter.minRegionTotal !== undefined && matrices.length > 0) {
    const keep = belowInAnyPeriod(matrices.map(regionTotals), first().regions.length, filter.minRegionTotal);
    const removed = first().regions.filter((_, r) => keep[r] === 0);
    matrices = matrices.map((m) => keepRows(m, keep));
    steps.push({ step: "min-region-total", threshold: filter.minRegionTotal, removed });
  }
  if (filter.minActivityTotal !== undefined && matrices.length > 0) {
    const keep = belowInAnyPeriod(
      matrices.map(activityTotals),
      first().activities.length,
      filter.minActivityTotal,
    );
    const removed = first().activities.filter((_, p) => keep[p] === 0);
    matrices = matrices.map((m) => keepColumns(m, keep));
    steps.push({ step: "min-activity-total", threshold: filter.minActivityTotal, removed });
  }
  return { panel: { times: panel.times, matrices }, steps };
}
