// Options for the "per day" chart of the fieldwork dashboard: one line per event kind (cases first
// reaching it that day), dots on the days. Pure, so it is tested without a browser; drawn by
// PlotFigure (which strips Plot's inline <style> for the CSP).
import * as Plot from "@observablehq/plot";
import { type DayKindCount, eventLabels } from "./daily-counts.ts";

/** Colours with at least 3:1 against white (WCAG 1.4.11 for graphics), one per event kind. */
export const eventColours: Readonly<Record<string, string>> = {
  invited: "#4a5567",
  opened: "#8a4b08",
  started: "#6b3fa0",
  partial: "#0f6e6e",
  completed: "#1d5aa6",
  refused: "#a3262c",
  bounced: "#7a5c00",
  screened_out: "#3d6b21",
  unsubscribed: "#8c2f6e",
};

const dayMs = 86_400_000;

/**
 * The days the x axis spans: the first to the last day with events, widened by a day on each
 * side while fieldwork has lasted a single day (a one-day domain has no width to draw in).
 */
export function dailyDomain(rows: readonly DayKindCount[]): [Date, Date] | undefined {
  const times = rows.map((row) => Date.parse(`${row.day}T00:00:00Z`));
  if (times.length === 0) return undefined;
  const first = Math.min(...times);
  const last = Math.max(...times);
  return first === last
    ? [new Date(first - dayMs), new Date(last + dayMs)]
    : [new Date(first), new Date(last)];
}

/**
 * Midnights to label on the x axis: every day of `domain`, or every k-th day so that at most one
 * label falls in each 90 px of `width` (Plot's own ticks would add hours to a short domain).
 */
export function dailyTicks(domain: readonly [Date, Date], width: number): Date[] {
  const [start, end] = [domain[0].getTime(), domain[1].getTime()];
  const days = Math.round((end - start) / dayMs) + 1;
  const step = Math.max(1, Math.ceil(days / Math.max(2, Math.floor(width / 90))));
  return Array.from({ length: Math.ceil(days / step) }, (_, i) => new Date(start + i * step * dayMs));
}

export function dailyPlotOptions(rows: readonly DayKindCount[], width: number): Plot.PlotOptions {
  const kinds = [...new Set(rows.map((row) => row.kind))];
  const data = rows.map((row) => ({
    date: new Date(`${row.day}T00:00:00Z`),
    cases: row.cases,
    kind: eventLabels[row.kind] ?? row.kind,
  }));
  const domain = dailyDomain(rows);
  return {
    width,
    height: 240,
    marginLeft: 48,
    marginRight: 24,
    x: {
      type: "utc",
      label: "Day",
      domain,
      ...(domain ? { ticks: dailyTicks(domain, width) } : {}),
      tickFormat: "%-d %b",
    },
    y: { label: "Cases", grid: true, nice: true, zero: true },
    color: {
      domain: kinds.map((kind) => eventLabels[kind] ?? kind),
      range: kinds.map((kind) => eventColours[kind] ?? "#1b2230"),
    },
    marks: [
      Plot.ruleY([0]),
      // One line per event kind, named as such: with a day or two of fieldwork each kind has one or
      // two points, and Plot would warn that its implied series look like too many.
      Plot.line(data, { x: "date", y: "cases", stroke: "kind", z: "kind", strokeWidth: 2 }),
      Plot.dot(data, { x: "date", y: "cases", fill: "kind", r: 3, title: (d) => `${d.kind}: ${d.cases}` }),
    ],
  };
}
