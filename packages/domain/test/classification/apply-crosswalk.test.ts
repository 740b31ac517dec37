import { describe, expect, it } from "vitest";
import { applyCrosswalk, type Crosswalk, sumThroughCrosswalk } from "../../src/index.ts";

// Districts to LEPs as in 2021: Lichfield (E07000194) was in two LEPs.
const ladToLep: Crosswalk = {
  id: "lad-lep",
  from: "lad",
  to: "lep",
  pairs: [
    { from: "E06000022", to: "E37000037" },
    { from: "E06000023", to: "E37000037" },
    { from: "E07000194", to: "E37000022" },
    { from: "E07000194", to: "E37000029" },
    { from: "E07000194", to: "E37000029" },
  ],
};

describe("applyCrosswalk", () => {
  it("links a code with two targets to both, once each", () => {
    const mapping = applyCrosswalk(ladToLep, ["E07000194", "E06000022"]);
    expect(mapping.targetCodes).toEqual(["E37000022", "E37000029", "E37000037"]);
    expect([...mapping.from]).toEqual([0, 0, 1]);
    expect([...mapping.to]).toEqual([0, 1, 2]);
    expect(mapping.unmapped).toEqual([]);
  });

  it("lists codes without a pair once, in first-seen order", () => {
    const mapping = applyCrosswalk(ladToLep, ["W06000001", "E06000023", "W06000001", "S12000033"]);
    expect(mapping.targetCodes).toEqual(["E37000037"]);
    expect(mapping.unmapped).toEqual(["W06000001", "S12000033"]);
  });
});

describe("sumThroughCrosswalk", () => {
  it("counts a two-target code in both targets, as ONS LEP totals do", () => {
    // By hand: E37000022 = 10, E37000029 = 10, E37000037 = 4 + 6 = 10.
    const mapping = applyCrosswalk(ladToLep, ["E07000194", "E06000022", "E06000023"]);
    expect([...sumThroughCrosswalk(mapping, [10, 4, 6])]).toEqual([10, 10, 10]);
  });
});
