// The opportunity chart as Observable Plot options (Balland et al. 2019, "Smart specialization
// policy in the European Union", Fig. 3): x = relatedness density, y = complexity (PCI), one dot
// per activity the region lacks (M = 0), area by jobs, fill by SIC section, dashed lines at the
// cut-offs that split the four quadrants. Rows without a density or a PCI (null: undefined for
// that activity) cannot be placed: they stay in the table only. Pure, so it is tested without a
// browser.
import * as Plot from "@observablehq/plot";
import type { OpportunityRow, RegionOpportunities } from "../api/explorer-types.ts";
import { sectionColour } from "./section-colours.ts";

export interface Cutoffs {
  readonly density: number;
  readonly complexity: number;
}

/** An opportunity with a density and a PCI: one the chart can place. */
export type PlacedOpportunity = OpportunityRow & { readonly density: number; readonly pci: number };

/** The rows the chart can place (density and PCI not null), in row order. */
export function placedOpportunities(rows: readonly OpportunityRow[]): PlacedOpportunity[] {
  return rows.filter((row): row is PlacedOpportunity => row.density !== null && row.pci !== null);
}

/**
 * The cut-offs a chart starts at: the API's medians; 0 where it has none (no row has a density,
 * or none a PCI, so there is nothing to split).
 */
export function defaultCutoffs(medians: RegionOpportunities["cutoffs"]): Cutoffs {
  return { density: medians.density ?? 0, complexity: medians.complexity ?? 0 };
}

/** The four quadrants, and "unplaced" for a row without a density or a PCI. */
export type Quadrant = "best-bets" | "low-hanging" | "long-shots" | "least-promising" | "unplaced";

/** The quadrant of a row at the cut-offs (a value on a line counts as high). */
export function quadrantOf(row: Pick<OpportunityRow, "density" | "pci">, cutoffs: Cutoffs): Quadrant {
  if (row.density === null || row.pci === null) return "unplaced";
  const dense = row.density >= cutoffs.density;
  const complex = row.pci >= cutoffs.complexity;
  if (dense && complex) return "best-bets";
  if (dense) return "low-hanging";
  if (complex) return "long-shots";
  return "least-promising";
}

export const quadrantLabels: Readonly<Record<Quadrant, string>> = {
  "best-bets": "Best bets",
  "low-hanging": "Low-hanging fruit",
  "long-shots": "Long shots",
  "least-promising": "Least promising",
  unplaced: "Not placed (no density or PCI)",
};

/**
 * The x (density) and y (PCI) domains: the data's extent widened to hold the cut-offs, so the
 * quadrant lines are always on the chart. Density is not forced to start at 0: a diverse region's
 * densities can all lie between 0.25 and 0.4, and a 0-based axis would squeeze them into a strip.
 * Example: densities [0.1, 0.4], cut-off 0.5 -> x [0.1, 0.5].
 */
export function opportunityDomains(rows: readonly PlacedOpportunity[], cutoffs: Cutoffs) {
  const densities = rows.map((row) => row.density);
  const pcis = rows.map((row) => row.pci);
  const x: [number, number] = [
    Math.min(cutoffs.density, ...densities),
    Math.max(cutoffs.density, ...densities),
  ];
  const y: [number, number] = [Math.min(cutoffs.complexity, ...pcis), Math.max(cutoffs.complexity, ...pcis)];
  if (x[1] === x[0]) x[1] = x[0] + 1;
  if (y[1] === y[0]) y[1] = y[0] + 1;
  return { x, y };
}

/**
 * Plot options for the opportunity chart at a pixel width. Marks: the two dashed cut-off rules,
 * then the dots (one per row, in row order: `sort: null` keeps Plot from reordering by radius,
 * so the chart component can tag circle i with row i's activity).
 */
export function opportunityPlotOptions(
  rows: readonly PlacedOpportunity[],
  cutoffs: Cutoffs,
  width: number,
): Plot.PlotOptions {
  const domains = opportunityDomains(rows, cutoffs);
  const maxValue = Math.max(1, ...rows.map((row) => row.value));
  return {
    width,
    height: Math.round(Math.min(560, Math.max(320, width * 0.62))),
    marginLeft: 52,
    marginBottom: 44,
    className: "plot",
    ariaLabel: "Opportunity chart",
    // Room inside the frame so the largest circles at the extremes are not cut by the axes.
    inset: 14,
    x: { domain: domains.x, label: "Relatedness density →", grid: true },
    y: { domain: domains.y, label: "↑ Complexity (PCI)", grid: true },
    r: { type: "sqrt", domain: [0, maxValue], range: [2.5, 14] },
    marks: [
      Plot.ruleX([cutoffs.density], {
        stroke: "#4a5567",
        strokeDasharray: "6 4",
        ariaLabel: "Density cut-off",
      }),
      Plot.ruleY([cutoffs.complexity], {
        stroke: "#4a5567",
        strokeDasharray: "6 4",
        ariaLabel: "Complexity cut-off",
      }),
      Plot.dot(rows, {
        x: "density",
        y: "pci",
        r: "value",
        fill: (row: PlacedOpportunity) => sectionColour(row.section),
        fillOpacity: 0.75,
        stroke: "#1b2230",
        strokeWidth: 0.5,
        sort: null,
      }),
    ],
  };
}
