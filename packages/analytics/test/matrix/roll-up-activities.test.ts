import { describe, expect, it } from "vitest";
import { matrixFromRows } from "../../src/matrix/region-activity-matrix.ts";
import { rollUpActivities, rollUpRegions } from "../../src/matrix/roll-up-activities.ts";

describe("rollUpActivities", () => {
  const matrix = matrixFromRows(
    ["UKK1", "UKK2"],
    ["29100", "29201", "30300", "01000"],
    [
      [10, 5, 7, 1],
      [0, 2, 0, 3],
    ],
  );

  it("adds the columns of each group and sorts the group codes", () => {
    const rolled = rollUpActivities(matrix, ["29", "29", "30", "01"]);
    expect(rolled.activities).toEqual(["01", "29", "30"]);
    expect(rolled.regions).toEqual(["UKK1", "UKK2"]);
    // UKK1: 01 = 1, 29 = 10 + 5, 30 = 7; UKK2: 01 = 3, 29 = 0 + 2, 30 = 0.
    expect([...rolled.values]).toEqual([1, 15, 7, 3, 2, 0]);
  });

  it("keeps region totals and never mutates the input", () => {
    const before = [...matrix.values];
    const rolled = rollUpActivities(matrix, ["C", "C", "C", "A"]);
    expect([...rolled.values]).toEqual([1, 22, 3, 2]);
    expect([...matrix.values]).toEqual(before);
  });

  it("needs one group per activity", () => {
    expect(() => rollUpActivities(matrix, ["29"])).toThrow(
      "rollUpActivities needs one group per activity: 1 groups for 4 activities.",
    );
  });
});

describe("rollUpRegions", () => {
  const matrix = matrixFromRows(
    ["E06000022", "E06000023", "W06000015"],
    ["C", "G"],
    [
      [1, 2],
      [3, 4],
      [5, 6],
    ],
  );

  it("adds the rows of each group and sorts the group codes", () => {
    const rolled = rollUpRegions(matrix, ["TLK", "TLK", "TLL"]);
    expect(rolled.regions).toEqual(["TLK", "TLL"]);
    expect(rolled.activities).toEqual(["C", "G"]);
    expect([...rolled.values]).toEqual([4, 6, 5, 6]);
  });

  it("needs one group per region", () => {
    expect(() => rollUpRegions(matrix, [])).toThrow(
      "rollUpRegions needs one group per region: 0 groups for 3 regions.",
    );
  });
});
