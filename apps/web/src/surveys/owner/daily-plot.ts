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

export function dailyPlotOptions(rows: readonly DayKindCount[], width: number): Plot.PlotOptions {
  const kinds = [...new Set(rows.map((row) => row.kind))];
  const data = rows.map((row) => ({
    date: new Date(`${row.day}T00:00:00Z`),
    cases: row.cases,
    kind: eventLabels[row.kind] ?? row.kind,
  }));
  return {
    width,
    height: 240,
    marginLeft: 48,
    x: { type: "utc", label: "Day", ticks: Math.max(2, Math.floor(width / 110)) },
    y: { label: "Cases", grid: true, nice: true, zero: true },
    color: {
      domain: kinds.map((kind) => eventLabels[kind] ?? kind),
      range: kinds.map((kind) => eventColours[kind] ?? "#1b2230"),
    },
    marks: [
      Plot.ruleY([0]),
      Plot.line(data, { x: "date", y: "cases", stroke: "kind", strokeWidth: 2 }),
      Plot.dot(data, { x: "date", y: "cases", fill: "kind", r: 3, title: (d) => `${d.kind}: ${d.cases}` }),
    ],
  };
}
