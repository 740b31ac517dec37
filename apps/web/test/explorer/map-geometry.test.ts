import { describe, expect, it } from "vitest";
import { codeProperty, geographyLevels, lqColour, noValueColour } from "../../src/explorer/map-geometry.ts";

describe("geographyLevels", () => {
  it("offers the own level then the coarser ITL levels", () => {
    expect(geographyLevels("lad")).toEqual(["lad", "itl3", "itl2", "itl1"]);
    expect(geographyLevels("itl2")).toEqual(["itl2", "itl1"]);
    expect(geographyLevels("lep")).toEqual(["lep"]);
    expect(geographyLevels(undefined)).toEqual([]);
  });
});

describe("codeProperty", () => {
  it("finds the property holding most region codes", () => {
    const properties = [
      { ITL221NM: "Tees Valley", ITL221CD: "TLC1", id: 1 },
      { ITL221NM: "Northumberland", ITL221CD: "TLC2", id: 2 },
      null,
    ];
    expect(codeProperty(properties, ["TLC1", "TLC2", "TLD1"])).toBe("ITL221CD");
    expect(codeProperty(properties, ["XX"])).toBeUndefined();
  });
});

describe("lqColour", () => {
  const colour = lqColour();
  it("is near white at LQ 1 and the end colours at 1/8 and 8 (clamped beyond)", () => {
    expect(colour(1)).toBe("rgb(244, 241, 234)");
    expect(colour(0.125)).toBe("rgb(29, 90, 166)");
    expect(colour(8)).toBe("rgb(180, 83, 9)");
    expect(colour(100)).toBe("rgb(180, 83, 9)");
  });
  it("greys out missing values and LQ 0", () => {
    expect(colour(null)).toBe(noValueColour);
    expect(colour(0)).toBe(noValueColour);
  });
});
