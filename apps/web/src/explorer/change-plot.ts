// The "change over years" chart of a region profile: LQ per year for the top specialisations,
// one line per activity, with a reference rule at LQ = 1 (the national share). Pure Plot options.
import * as Plot from "@observablehq/plot";
import type { RegionProfile } from "../api/explorer-types.ts";

export interface ChangePoint {
  readonly activity: string;
  readonly year: number;
  readonly lq: number;
}

/** The profile's `change` as long rows, sorted by activity then year; non-finite LQs dropped. */
export function changePoints(change: RegionProfile["change"]): ChangePoint[] {
  const points: ChangePoint[] = [];
  for (const series of change) {
    for (const [year, lq] of Object.entries(series.lqByYear)) {
      if (Number.isFinite(lq)) points.push({ activity: series.activity, year: Number(year), lq });
    }
  }
  return points.sort((a, b) => a.activity.localeCompare(b.activity) || a.year - b.year);
}

/** Plot options: x = year (integer ticks), y = LQ on a log scale (LQ is a ratio), lines by activity. */
export function changePlotOptions(points: readonly ChangePoint[], width: number): Plot.PlotOptions {
  const years = [...new Set(points.map((point) => point.year))].sort((a, b) => a - b);
  return {
    width,
    height: 300,
    marginLeft: 48,
    marginRight: 72,
    className: "plot",
    ariaLabel: "Change over years",
    x: { label: "Year", ticks: years, tickFormat: "d" },
    y: { type: "log", label: "↑ LQ (log scale)", grid: true },
    color: { type: "categorical", scheme: "observable10" },
    marks: [
      Plot.ruleY([1], { stroke: "#4a5567", strokeDasharray: "4 3" }),
      Plot.line(points, { x: "year", y: "lq", stroke: "activity", marker: "circle" }),
      Plot.text(
        points,
        Plot.selectLast({
          x: "year",
          y: "lq",
          z: "activity",
          text: "activity",
          dx: 6,
          textAnchor: "start",
          fill: "activity",
        }),
      ),
    ],
  };
}
