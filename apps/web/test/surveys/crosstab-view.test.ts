// The "Compare by" helpers of the results page: select choices, API path, bars, table rows and
// chart scales, with exact values worked by hand from the small reply below.
import { describe, expect, it } from "vitest";
import { contrastRatio } from "../../src/lib/contrast.ts";
import {
  crosstabBars,
  crosstabByOptions,
  crosstabPath,
  crosstabPlotOptions,
  crosstabTableRows,
  groupColours,
  type SurveyCrosstab,
} from "../../src/surveys/owner/results/crosstab-view.ts";

const reply: SurveyCrosstab = {
  row: { name: "aware", title: "Aware?" },
  by: { name: "size_band", title: "size band", kind: "frame" },
  categories: [
    { value: "yes", label: "Yes" },
    { value: "no", label: "No" },
  ],
  groups: [
    {
      value: "0-9",
      label: "0-9",
      n: 2,
      nEffective: 2,
      categories: [
        { value: "yes", label: "Yes", proportion: 0.5, low: 0.125, high: 0.875, n: 1 },
        { value: "no", label: "No", proportion: 0.5, low: 0.125, high: 0.875, n: 1 },
      ],
    },
    { value: "10-49", label: "10-49", n: 0, nEffective: 0, categories: [] },
  ],
  test: null,
  sentence: "The Rao-Scott test cannot be made.",
  withoutGroup: 0,
};

describe("crosstab helpers", () => {
  it("offer the frame variables, then the other single-choice, rating and Likert questions", () => {
    const options = crosstabByOptions("aware", [
      { name: "aware", title: "Aware?", type: "single-choice" },
      { name: "benefits", title: "Benefits?", type: "multiple-choice" },
      { name: "useful", title: "Useful?", type: "likert" },
      { name: "score", title: "Score", type: "rating" },
    ]);
    expect(options).toEqual([
      { value: "size_band", label: "Size band" },
      { value: "region", label: "Region" },
      { value: "sic_section", label: "SIC section" },
      { value: "stratum", label: "Sample stratum" },
      { value: "useful", label: "Question: Useful?" },
      { value: "score", label: "Question: Score" },
    ]);
  });

  it("build the path with the page's weighting, leaving out the design default", () => {
    expect(crosstabPath("ne", "s1", "aware", "size_band", { weighting: "design" })).toBe(
      "/api/workspaces/ne/surveys/s1/crosstab?row=aware&by=size_band",
    );
    expect(
      crosstabPath("ne", "s1", "aware", "size_band", { weighting: "rake:size,section", year: 2022 }),
    ).toBe(
      "/api/workspaces/ne/surveys/s1/crosstab?row=aware&by=size_band&weighting=rake%3Asize%2Csection&year=2022",
    );
  });

  it("give one bar per group and answer, and a table row per group", () => {
    expect(crosstabBars(reply)).toEqual([
      { group: "0-9", answer: "Yes", proportion: 0.5, low: 0.125, high: 0.875 },
      { group: "0-9", answer: "No", proportion: 0.5, low: 0.125, high: 0.875 },
    ]);
    expect(crosstabTableRows(reply)).toEqual([
      {
        group: "0-9",
        cells: ["50.0% (12.5% to 87.5%)", "50.0% (12.5% to 87.5%)"],
        n: "2",
        nEffective: "2.0",
      },
      { group: "10-49", cells: ["-", "-"], n: "0", nEffective: "-" },
    ]);
  });

  it("draw on a 0-100 % axis with answers as panels and groups as bars", () => {
    const options = crosstabPlotOptions(reply, 600);
    expect(options.x?.domain).toEqual([0, 100]);
    expect(options.fy?.domain).toEqual(["Yes", "No"]);
    expect(options.y?.domain).toEqual(["0-9", "10-49"]);
    expect(options.color?.range).toEqual(["#1d4f91", "#c0504d"]);
    // 40 + 22 x 2 bars + 12 x 2 answers; margin 12 + 7 x 5 characters ("10-49").
    expect([options.height, options.marginLeft]).toEqual([108, 47]);
  });

  it("use group colours of at least 3:1 on white (WCAG 1.4.11)", () => {
    for (const colour of groupColours)
      expect(contrastRatio(colour, "#ffffff"), colour).toBeGreaterThanOrEqual(3);
  });
});
