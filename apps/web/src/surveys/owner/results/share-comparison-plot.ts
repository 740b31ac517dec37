// Chart options for "who answered", pure (tested without a browser), drawn by PlotFigure: per
// level of a variable, the respondents' share as a bar and the population's share as a dark mark
// across it, so a gap between the two shows which firms answered more or less than their weight.
import * as Plot from "@observablehq/plot";
import type { LevelComparison } from "../../../api/survey-weighting-types.ts";
import { barColour, intervalColour } from "../results-plot.ts";

/** About 7 px a character at the axis's font size, 12 px for the tick and gap. */
const characterWidth = 7;

/** `label`, cut to `limit` characters with an ellipsis when longer. */
export function shortLabel(label: string, limit: number): string {
  return label.length <= limit ? label : `${label.slice(0, Math.max(1, limit - 1)).trimEnd()}\u2026`;
}

/**
 * Respondents' share (bar) against the population's share (mark) for each level, on a 0-100 %
 * axis. Labels longer than the left margin allows (40 % of the width) are cut with an ellipsis;
 * the table under the chart carries the full labels and the same numbers.
 */
export function shareComparisonPlotOptions(
  levels: readonly LevelComparison[],
  width: number,
): Plot.PlotOptions {
  const limit = Math.max(4, Math.floor((Math.round(width * 0.4) - 12) / characterWidth));
  const rows = levels.map((level) => ({ ...level, short: shortLabel(level.label, limit) }));
  const longest = Math.max(4, ...rows.map((row) => row.short.length));
  return {
    width,
    height: 40 + 34 * rows.length,
    marginLeft: 12 + characterWidth * longest,
    // `percent` multiplies the proportions by 100 before the scale, so the domain is in percent.
    x: {
      domain: [0, 100],
      label: "Share, %: respondents (bar), population (dark mark)",
      percent: true,
      grid: true,
    },
    y: { domain: rows.map((row) => row.short), label: null },
    marks: [
      Plot.barX(rows, { x: "respondentShare", y: "short", fill: barColour, insetTop: 7, insetBottom: 7 }),
      Plot.tickX(rows, { x: "populationShare", y: "short", stroke: intervalColour, strokeWidth: 3 }),
      Plot.ruleX([0]),
    ],
  };
}
