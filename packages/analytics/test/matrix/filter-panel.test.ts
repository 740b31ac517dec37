import { describe, expect, it } from "vitest";
import { filterPanel } from "../../src/matrix/filter-panel.ts";
import { matrixFromRows } from "../../src/matrix/region-activity-matrix.ts";

describe("filterPanel", () => {
  // Region totals: a 11, b 2, c 30. Activity totals: x 33, y 10 (9 once b is removed).
  const m = matrixFromRows(
    ["a", "b", "c"],
    ["x", "y"],
    [
      [10, 1],
      [1, 1],
      [22, 8],
    ],
  );

  it("removes small regions, then thin activities over the remaining regions, and records both", () => {
    const { panel, steps } = filterPanel(
      { times: [""], matrices: [m] },
      { minRegionTotal: 5, minActivityTotal: 10 },
    );
    // b (total 2) goes; then y sums to 1 + 8 = 9 < 10 over a and c, so y goes too.
    expect(steps).toEqual([
      { step: "min-region-total", threshold: 5, removed: ["b"] },
      { step: "min-activity-total", threshold: 10, removed: ["y"] },
    ]);
    expect(panel.matrices[0]!.regions).toEqual(["a", "c"]);
    expect(panel.matrices[0]!.activities).toEqual(["x"]);
    expect([...panel.matrices[0]!.values]).toEqual([10, 22]);
    expect([...m.values]).toEqual([10, 1, 1, 1, 22, 8]);
  });

  it("removes a region from every period when it is below the minimum in any one", () => {
    const later = matrixFromRows(
      ["a", "b", "c"],
      ["x", "y"],
      [
        [1, 1],
        [9, 9],
        [22, 8],
      ],
    );
    const { panel, steps } = filterPanel({ times: ["1", "2"], matrices: [m, later] }, { minRegionTotal: 5 });
    expect(steps[0]!.removed).toEqual(["a", "b"]);
    expect(panel.matrices.map((x) => x.regions)).toEqual([["c"], ["c"]]);
  });

  it("rejects a negative minimum", () => {
    expect(() => filterPanel({ times: [""], matrices: [m] }, { minRegionTotal: -1 })).toThrow(
      "minRegionTotal must be a non-negative number, not -1.",
    );
  });

  it("excludes named regions and activities, recording codes the data does not have", () => {
    const { panel, steps } = filterPanel(
      { times: [""], matrices: [m] },
      { excludeRegions: ["c", "zz"], excludeActivities: ["y"] },
    );
    expect(steps).toEqual([
      { step: "exclude-regions", codes: ["c", "zz"], removed: ["c"], notFound: ["zz"] },
      { step: "exclude-activities", codes: ["y"], removed: ["y"], notFound: [] },
    ]);
    expect(panel.matrices[0]!.regions).toEqual(["a", "b"]);
    expect([...panel.matrices[0]!.values]).toEqual([10, 1]);
  });

  it("keeps a window of periods, before any total is taken", () => {
    const later = matrixFromRows(
      ["a", "b", "c"],
      ["x", "y"],
      [
        [0, 0],
        [9, 9],
        [22, 8],
      ],
    );
    const { panel, steps } = filterPanel(
      { times: ["2019", "2020", "2021"], matrices: [m, later, m] },
      { fromTime: "2020", toTime: "2020", minRegionTotal: 1 },
    );
    // Only 2020 is kept, where a's total is 0 < 1.
    expect(steps).toEqual([
      { step: "time-window", from: "2020", to: "2020", removed: ["2019", "2021"] },
      { step: "min-region-total", threshold: 1, removed: ["a"] },
    ]);
    expect(panel.times).toEqual(["2020"]);
    expect(panel.matrices[0]!.regions).toEqual(["b", "c"]);
  });

  it("says when a window or an exclusion leaves nothing", () => {
    expect(() => filterPanel({ times: ["2019"], matrices: [m] }, { fromTime: "2020" })).toThrow(
      "No period lies between 2020 and the last; the data has 2019.",
    );
    expect(() => filterPanel({ times: [""], matrices: [m] }, { excludeActivities: ["x", "y"] })).toThrow(
      "The cleaning steps leave no activities to analyse.",
    );
  });
});
