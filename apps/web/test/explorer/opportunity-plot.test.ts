// Expected values by hand from the three rows below.
import { describe, expect, it } from "vitest";
import type { OpportunityRow } from "../../src/api/explorer-types.ts";
import {
  defaultCutoffs,
  opportunityDomains,
  opportunityPlotOptions,
  type PlacedOpportunity,
  placedOpportunities,
  quadrantLabels,
  quadrantOf,
} from "../../src/explorer/opportunity-plot.ts";

const row = (
  activity: string,
  density: number,
  pci: number,
  value: number,
  section: string | null,
): PlacedOpportunity => ({
  activity,
  title: `Title ${activity}`,
  section,
  value,
  lq: 0.5,
  density,
  pci,
  cog: 0,
});

const rows = [row("10", 0.1, -1.5, 100, "C"), row("62", 0.4, 2, 50, "J"), row("99", 0.25, 0.5, 0, null)];
const cutoffs = { density: 0.2, complexity: 0 };

interface MarkLike {
  data: unknown[];
  channels: Record<string, { value: unknown }>;
  strokeDasharray?: string;
}

describe("opportunityPlotOptions", () => {
  const options = opportunityPlotOptions(rows, cutoffs, 800);
  const [ruleX, ruleY, dots] = options.marks as unknown as MarkLike[];

  it("draws one dot per row, in row order", () => {
    expect(dots?.data).toEqual(rows);
  });

  it("puts the dashed quadrant lines at the cut-offs", () => {
    expect(ruleX?.data).toEqual([0.2]);
    expect(ruleY?.data).toEqual([0]);
    expect(ruleX?.strokeDasharray).toBe("6 4");
    expect(ruleY?.strokeDasharray).toBe("6 4");
  });

  it("colours dots by SIC section, grey without one", () => {
    const fill = dots?.channels.fill?.value as (value: PlacedOpportunity) => string;
    expect(rows.map(fill)).toEqual(["#1d5aa6", "#0369a1", "#6b7686"]);
  });

  it("spans density and PCI over the data (density not forced to start at 0)", () => {
    expect(options.x?.domain).toEqual([0.1, 0.4]);
    expect(options.y?.domain).toEqual([-1.5, 2]);
    expect(options.ariaLabel).toBe("Opportunity chart");
  });
});

describe("opportunityDomains", () => {
  it("widens the domains to hold cut-offs beyond the data", () => {
    expect(opportunityDomains(rows, { density: 0.9, complexity: 3 })).toEqual({
      x: [0.1, 0.9],
      y: [-1.5, 3],
    });
  });

  it("gives empty data a usable domain", () => {
    expect(opportunityDomains([], { density: 0, complexity: 0 })).toEqual({ x: [0, 1], y: [0, 1] });
  });
});

describe("quadrantOf (Balland et al. 2019)", () => {
  it("names the four quadrants, a value on a line counting as high", () => {
    expect(rows.map((item) => quadrantOf(item, cutoffs))).toEqual([
      "least-promising",
      "best-bets",
      "best-bets",
    ]);
    expect(quadrantOf({ density: 0.3, pci: -1 }, cutoffs)).toBe("low-hanging");
    expect(quadrantOf({ density: 0.1, pci: 1 }, cutoffs)).toBe("long-shots");
    expect(quadrantOf({ density: 0.2, pci: 0 }, cutoffs)).toBe("best-bets");
  });
});

describe("rows without a density or a PCI (null in the reply)", () => {
  const unplaced: OpportunityRow[] = [
    { ...row("20", 0.3, 1, 10, "C"), density: null },
    { ...row("21", 0.3, 1, 10, "C"), pci: null, cog: null },
  ];

  it("are left off the chart, the others kept in order", () => {
    expect(placedOpportunities([rows[0]!, ...unplaced, rows[1]!]).map((item) => item.activity)).toEqual([
      "10",
      "62",
    ]);
  });

  it("are in no quadrant", () => {
    expect(unplaced.map((item) => quadrantOf(item, cutoffs))).toEqual(["unplaced", "unplaced"]);
    expect(quadrantLabels.unplaced).toBe("Not placed (no density or PCI)");
  });
});

describe("defaultCutoffs", () => {
  it("starts at the API's medians, 0 where it has none", () => {
    expect(defaultCutoffs({ density: 0.31, complexity: -0.2 })).toEqual({ density: 0.31, complexity: -0.2 });
    expect(defaultCutoffs({ density: null, complexity: null })).toEqual({ density: 0, complexity: 0 });
  });
});
