import { describe, expect, it } from "vitest";
import { createClassificationIndex, rollUpCodes, sumByGroup } from "../../src/index.ts";
import { tiny } from "./tiny-classification.ts";

describe("rollUpCodes", () => {
  const index = createClassificationIndex(tiny);

  it("maps codes to their ancestors at a level, groups sorted", () => {
    const rolled = rollUpCodes(index, ["30.3", "29.1", "01.2", "01.1"], "division");
    expect(rolled.groupCodes).toEqual(["01", "29", "30"]);
    expect([...rolled.groupOf]).toEqual([2, 1, 0, 0]);
    expect(rolled.unknown).toEqual([]);
  });

  it("marks unknown codes and codes coarser than the level with -1, listed once each", () => {
    const rolled = rollUpCodes(index, ["01.1", "99.9", "29", "99.9", "29.1"], "group");
    expect(rolled.groupCodes).toEqual(["01.1", "29.1"]);
    expect([...rolled.groupOf]).toEqual([0, -1, -1, -1, 1]);
    expect(rolled.unknown).toEqual(["99.9", "29"]);
  });

  it("rolls mixed levels to a coarser level", () => {
    const rolled = rollUpCodes(index, ["01", "30.3", "C"], "section");
    expect(rolled.groupCodes).toEqual(["A", "C"]);
    expect([...rolled.groupOf]).toEqual([0, 1, 1]);
  });

  it("throws for a level the classification does not have", () => {
    expect(() => rollUpCodes(index, ["01"], "class")).toThrow('tiny has no level "class"');
  });
});

describe("sumByGroup", () => {
  it("adds each value to its group and skips -1", () => {
    // By hand: group 0 = 5 + 2 = 7, group 1 = 7; the 100 has no group.
    const sums = sumByGroup(Int32Array.from([0, 1, 0, -1]), [5, 7, 2, 100], 2);
    expect([...sums]).toEqual([7, 7]);
  });
});
