// The "change over years" chart of a region profile: LQ per year for the top specialisations,
// one line per activity, with a reference rule at LQ = 1 (the national share). Each line is named
// at its last year; names that would overlap are spread apart. Pure Plot options.
import * as Plot from "@observablehq/plot";
import type { RegionProfile } from "../api/explorer-types.ts";
import type { LegendEntry } from "./export-layout.ts";

export interface ChangePoint {
  readonly activity: string;
  readonly year: number;
  readonly lq: number;
}

/** Observable's "observable10" colours, one per line in the order of the profile's change list. */
export const changeColours = [
  "#4269d0",
  "#efb118",
  "#ff725c",
  "#6cc5b0",
  "#3ca951",
  "#ff8ab7",
  "#a463f2",
  "#97bbf5",
  "#9c6b4e",
  "#9498a0",
] as const;

const height = 300;
const marginTop = 20;
const marginBottom = 30;
/** Pixels between the baselines of two end labels. */
const labelGap = 12;

/**
 * The profile's `change` as long rows, sorted by activity then year. Years without a drawable LQ
 * are dropped: null (undefined, e.g. no employment in the activity anywhere that year) and 0 (the
 * log scale has no place for it).
 */
export function changePoints(change: RegionProfile["change"]): ChangePoint[] {
  const points: ChangePoint[] = [];
  for (const series of change) {
    for (const [year, lq] of Object.entries(series.lqByYear)) {
      if (lq !== null && lq > 0 && Number.isFinite(lq))
        points.push({ activity: series.activity, year: Number(year), lq });
    }
  }
  return points.sort((a, b) => a.activity.localeCompare(b.activity) || a.year - b.year);
}

/**
 * Spreads sorted label positions so neighbours are at least `gap` apart, moving labels up only
 * (the lowest stays where it is). Returns the new positions in the input's order.
 * Example: ([1, 1.05, 3], 0.2) -> [1, 1.2, 3].
 */
export function spreadLabels(positions: readonly number[], gap: number): number[] {
  const order = positions
    .map((position, index) => ({ position, index }))
    .sort((a, b) => a.position - b.position);
  const spread = new Array<number>(positions.length);
  let previous = Number.NEGATIVE_INFINITY;
  for (const { position, index } of order) {
    previous = Math.max(position, previous + gap);
    spread[index] = previous;
  }
  return spread;
}

/**
 * Each line's last point with the LQ its label is drawn at (`labelLq`): on the log scale, labels
 * closer than 12 pixels are spread apart (the pixel size of a log unit estimated from the data's
 * extent and the plot's inner height).
 */
export function changeLabels(points: readonly ChangePoint[]): (ChangePoint & { readonly labelLq: number })[] {
  const last = new Map<string, ChangePoint>();
  for (const point of points) {
    const seen = last.get(point.activity);
    if (!seen || point.year > seen.year) last.set(point.activity, point);
  }
  const ends = [...last.values()];
  const logs = points.map((point) => Math.log10(point.lq));
  const span = Math.max(...logs, 0) - Math.min(...logs, 0) || 1;
  const gap = (labelGap / (height - marginTop - marginBottom)) * span;
  const spread = spreadLabels(
    ends.map((end) => Math.log10(end.lq)),
    gap,
  );
  return ends.map((end, index) => ({ ...end, labelLq: 10 ** (spread[index] ?? Math.log10(end.lq)) }));
}

/** The colour key of the lines for exported files: "<code> <title>" in the change list's order. */
export function changeLegend(
  activities: readonly string[],
  titles: ReadonlyMap<string, string>,
): LegendEntry[] {
  return activities.map((activity, index) => ({
    colour: changeColours[index % changeColours.length] ?? "#4269d0",
    label: `${activity} ${titles.get(activity) ?? ""}`.trim(),
  }));
}

/**
 * Plot options: x = year (integer ticks), y = LQ on a log scale (LQ is a ratio), one line per
 * activity coloured in `activities`' order, each named at its last year.
 */
export function changePlotOptions(
  points: readonly ChangePoint[],
  activities: readonly string[],
  width: number,
): Plot.PlotOptions {
  const years = [...new Set(points.map((point) => point.year))].sort((a, b) => a - b);
  return {
    width,
    height,
    marginTop,
    marginBottom,
    marginLeft: 48,
    marginRight: 72,
    className: "plot",
    ariaLabel: "Change over years",
    x: { label: "Year", ticks: years, tickFormat: "d" },
    y: { type: "log", label: "↑ LQ (log scale)", grid: true },
    color: { domain: [...activities], range: [...changeColours] },
    marks: [
      Plot.ruleY([1], { stroke: "#4a5567", strokeDasharray: "4 3" }),
      Plot.line(points, { x: "year", y: "lq", stroke: "activity", marker: "circle" }),
      Plot.text(changeLabels(points), {
        x: "year",
        y: "labelLq",
        text: "activity",
        dx: 6,
        textAnchor: "start",
        fill: "activity",
      }),
    ],
  };
}
