// Explicit, recorded data cleaning before any index is computed (analytics reference pitfall 13):
// published rankings (OEC, the Atlas) drop very small countries and thin products first; without
// such a step, tiny units with a few idiosyncratic activities rank implausibly high. Here each step
// is chosen by the user, applied in a fixed order, and returned with the codes it removed.
import { AnalyticsError } from "../common/analytics-error.ts";
import type { Panel } from "./matrix-from-long.ts";
import { activityTotals, type RegionActivityMatrix, regionTotals } from "./region-activity-matrix.ts";

export interface PanelFilter {
  /** Keep only the periods from this one on (period codes compare as text: "2018" <= "2021"). */
  readonly fromTime?: string;
  /** Keep only the periods up to this one. */
  readonly toTime?: string;
  /** Remove these regions (codes not in the data are recorded as not found). */
  readonly excludeRegions?: readonly string[];
  /** Remove these activities. */
  readonly excludeActivities?: readonly string[];
  /** Remove regions whose total is below this in any period. */
  readonly minRegionTotal?: number;
  /** Then remove activities whose total (over the remaining regions) is below this in any period. */
  readonly minActivityTotal?: number;
}

/** One cleaning step as applied: what it was and which codes (or periods) it removed. */
export type CleaningStep =
  | {
      readonly step: "min-region-total" | "min-activity-total";
      readonly threshold: number;
      /** Codes removed by this step, in code order. */
      readonly removed: readonly string[];
    }
  | {
      readonly step: "exclude-regions" | "exclude-activities";
      readonly codes: readonly string[];
      readonly removed: readonly string[];
      /** Codes asked for that the data does not have. */
      readonly notFound: readonly string[];
    }
  | {
      readonly step: "time-window";
      readonly from: string | null;
      readonly to: string | null;
      /** Periods removed. */
      readonly removed: readonly string[];
    };

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

function excluded(codes: readonly string[], exclude: readonly string[]) {
  const wanted = new Set(exclude);
  const keep = Uint8Array.from(codes, (code) => (wanted.has(code) ? 0 : 1));
  const present = new Set(codes);
  return {
    keep,
    removed: codes.filter((c) => wanted.has(c)),
    notFound: [...wanted].filter((c) => !present.has(c)),
  };
}

/**
 * Applies the filters in this order to every period of `panel`, so all periods keep the same
 * codes: time window, excluded regions, excluded activities, minimum region totals, then minimum
 * activity totals (over the remaining regions). Returns the filtered panel and one step record per
 * filter given. Never mutates the input. Throws when a filter would leave nothing.
 * Example: `filterPanel(panel, { fromTime: "2018", excludeActivities: ["68IMP"], minRegionTotal: 1e6 })`.
 */
export function filterPanel(panel: Panel, filter: PanelFilter): { panel: Panel; steps: CleaningStep[] } {
  checkThreshold(filter.minRegionTotal, "minRegionTotal");
  checkThreshold(filter.minActivityTotal, "minActivityTotal");
  const steps: CleaningStep[] = [];
  let times = panel.times;
  let matrices = panel.matrices;
  const first = () => matrices[0]!;
  if (filter.fromTime !== undefined || filter.toTime !== undefined) {
    const inside = (t: string) =>
      (filter.fromTime === undefined || t >= filter.fromTime) &&
      (filter.toTime === undefined || t <= filter.toTime);
    const kept = times.flatMap((t, k) => (inside(t) ? [k] : []));
    if (kept.length === 0) {
      throw new AnalyticsError(
        "invalid-option",
        `No period lies between ${filter.fromTime ?? "the first"} and ${filter.toTime ?? "the last"}; the data has ${times.join(", ")}.`,
        { field: "time" },
      );
    }
    steps.push({
      step: "time-window",
      from: filter.fromTime ?? null,
      to: filter.toTime ?? null,
      removed: times.filter((t) => !inside(t)),
    });
    matrices = kept.map((k) => matrices[k]!);
    times = kept.map((k) => times[k]!);
  }
  if (filter.excludeRegions !== undefined && matrices.length > 0) {
    const { keep, removed, notFound } = excluded(first().regions, filter.excludeRegions);
    matrices = matrices.map((m) => keepRows(m, keep));
    steps.push({ step: "exclude-regions", codes: [...filter.excludeRegions], removed, notFound });
  }
  if (filter.excludeActivities !== undefined && matrices.length > 0) {
    const { keep, removed, notFound } = excluded(first().activities, filter.excludeActivities);
    matrices = matrices.map((m) => keepColumns(m, keep));
    steps.push({ step: "exclude-activities", codes: [...filter.excludeActivities], removed, notFound });
  }
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
  if (matrices.length > 0 && (first().regions.length === 0 || first().activities.length === 0)) {
    throw new AnalyticsError(
      "invalid-option",
      `The cleaning steps leave no ${first().regions.length === 0 ? "regions" : "activities"} to analyse.`,
    );
  }
  return { panel: { times, matrices }, steps };
}
