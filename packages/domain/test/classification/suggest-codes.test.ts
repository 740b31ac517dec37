import { describe, expect, it } from "vitest";
import { createClassificationIndex, editDistance, normaliseSicCode, suggestCodes } from "../../src/index.ts";
import { tiny } from "./tiny-classification.ts";

describe("suggestCodes", () => {
  const index = createClassificationIndex(tiny);

  it("puts same-length codes at edit distance 1 first, then longer distances", () => {
    // By hand, "30.4" is compared as "304": 30.3 ("303") is 1 edit away, same length; "30" is 1
    // edit (a deletion) away but shorter, so ranks 1.5; "01" and "02" are 2 edits (2.5), tie broken
    // by code; every three-digit group other than 30.3 is 3 edits away and left out.
    expect(suggestCodes(index, "30.4", 3, normaliseSicCode)).toEqual([
      { code: "30.3", title: "Manufacture of aircraft and spacecraft" },
      { code: "30", title: "Other transport equipment" },
      { code: "01", title: "Crops" },
    ]);
  });

  it("breaks ties in edit distance by the longer shared prefix (codes are hierarchical)", () => {
    // "02.2" is compared as "022": 02.1 ("021") and 01.2 ("012") are both 1 edit away; 02.1
    // shares "02", 01.2 only "0", so 02.1 comes first although 01.2 sorts first as a code.
    expect(suggestCodes(index, "02.2", 2, normaliseSicCode).map((s) => s.code)).toEqual(["02.1", "01.2"]);
  });

  it("suggests a title repeated one level up once, at the finer level", () => {
    const repeated = createClassificationIndex({
      ...tiny,
      nodes: tiny.nodes.map((n) => (n.code === "02.1" ? { ...n, title: "Forestry" } : n)),
    });
    expect(suggestCodes(repeated, "forestry", 5)).toEqual([{ code: "02.1", title: "Forestry" }]);
  });

  it("matches title words when the text is not a code", () => {
    expect(suggestCodes(index, "aircraft manufacture", 2)).toEqual([
      { code: "30.3", title: "Manufacture of aircraft and spacecraft" },
      { code: "29.1", title: "Manufacture of cars" },
    ]);
  });

  it("returns nothing when nothing is close", () => {
    expect(suggestCodes(index, "7777", 5, normaliseSicCode)).toEqual([]);
    expect(suggestCodes(index, "zebra", 5)).toEqual([]);
  });

  it("returns at most n suggestions", () => {
    expect(suggestCodes(index, "manufacture", 1)).toHaveLength(1);
  });
});

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["30300", "30310", 1],
    ["3030", "30300", 1],
    ["kitten", "sitting", 3],
  ])("%j to %j is %i", (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });
});
