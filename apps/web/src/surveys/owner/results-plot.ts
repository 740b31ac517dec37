// Chart options for the results page, pure (tested without a browser), drawn by PlotFigure:
// estimated shares as horizontal bars with their confidence intervals, and a Likert item as one
// diverging stacked bar (Heiberger & Robbins 2014) centred on the neutral point.
import * as Plot from "@observablehq/plot";
import type { CategoryEstimate, LikertResult } from "../../api/survey-types.ts";

// The bar is lighter than our primary so the interval line drawn across it stays visible:
// 3.7:1 on white and 4.3:1 under the line (WCAG 1.4.11 asks 3:1 of graphics).
export const barColour = "#5a86c5";
export const intervalColour = "#1b2230";

/** Disagree shades (darkest first) and agree shades (lightest first); each 3:1 or more on white. */
const divergingRange = ["#8c2f2f", "#c0504d", "#6b7686", "#4f81bd", "#1d4f91"];

export function proportionPlotOptions(
  categories: readonly CategoryEstimate[],
  width: number,
  intervalName = "95% interval",
): Plot.PlotOptions {
  const labels = categories.map((c) => c.label);
  return {
    width,
    height: 36 + 32 * categories.length,
    marginLeft: Math.min(Math.round(width * 0.4), 12 + 7 * Math.max(4, ...labels.map((l) => l.length))),
    // `percent` multiplies the proportions by 100 before the scale, so the domain is in percent.
    x: { domain: [0, 100], label: `Share, % (bar) and ${intervalName} (line)`, percent: true, grid: true },
    y: { domain: labels, label: null },
    marks: [
      Plot.barX(categories, { x: "proportion", y: "label", fill: barColour, insetTop: 6, insetBottom: 6 }),
      Plot.ruleY(categories, { x1: "low", x2: "high", y: "label", stroke: intervalColour, strokeWidth: 2 }),
      Plot.tickX(categories, { x: "low", y: "label", stroke: intervalColour, inset: 8 }),
      Plot.tickX(categories, { x: "high", y: "label", stroke: intervalColour, inset: 8 }),
      Plot.ruleX([0]),
    ],
  };
}

/** The colours of a scale's categories, lowest to highest, from the diverging palette. */
export function divergingColours(count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [divergingRange[2]!];
  return Array.from({ length: count }, (_, i) => divergingRange[Math.round((i * 4) / (count - 1))]!);
}

export function likertPlotOptions(
  likert: Pick<LikertResult, "diverging">,
  labelOf: (category: string) => string,
  width: number,
): Plot.PlotOptions {
  const segments = likert.diverging.map((segment) => ({
    ...segment,
    label: labelOf(segment.category),
    row: "All",
  }));
  const labels = segments.map((s) => s.label);
  return {
    width,
    height: 90,
    marginLeft: 40,
    x: {
      label: "← disagree · % of answers · agree →",
      percent: true,
      domain: [-100, 100],
      grid: true,
      // Both sides are shares of answers: 40% disagreeing is drawn left of 0 but read as 40.
      tickFormat: (value: number) => `${Math.abs(value)}`,
    },
    y: { label: null, axis: null },
    color: { domain: labels, range: divergingColours(labels.length) },
    marks: [
      Plot.barX(segments, { x1: "start", x2: "end", y: "row", fill: "label", title: "label" }),
      Plot.ruleX([0], { stroke: intervalColour }),
    ],
  };
}

/** The non-response caveat threshold: below this RR1 the results page warns of bias. */
export const lowResponseRate = 0.2;
