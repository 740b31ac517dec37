import { describe, expect, it } from "vitest";
import { AnalyticsError } from "../../src/common/analytics-error.ts";
import { matrixFromRows } from "../../src/matrix/region-activity-matrix.ts";
import {
  activityProductivityLevel,
  productivityLevels,
  regionProductivityLevel,
  regionProductivityLevelFromActivities,
} from "../../src/regional/productivity-levels.ts";
import { revealedComparativeAdvantage } from "../../src/specialisation/revealed-comparative-advantage.ts";
import { closeToPrinted, toy, toyIncome } from "../fixtures/toy.ts";

describe("PRODY / EXPY on the toy (reference §6.13, Y = 50, 40, 30, 20, 25, 35)", () => {
  it("reproduces economiccomplexity productivity_levels() PRODY to 5 dp", () => {
    const expected = [33.05301, 33.96708, 38.99752, 35.06511, 31.51791, 32.7231, 30.85676, 30.27804];
    expect(closeToPrinted(activityProductivityLevel(toy(), toyIncome), expected, 5)).toEqual([]);
  });

  it("reproduces EconGeo prody() (RCA rounded to 2 dp) to 5 dp", () => {
    const expected = [33.04631, 33.97037, 38.98897, 35.05636, 31.51099, 32.71457, 30.87379, 30.26316];
    const prody = activityProductivityLevel(toy(), toyIncome, { convention: "econgeo" });
    expect(closeToPrinted(prody, expected, 5)).toEqual([]);
  });

  it("reproduces economiccomplexity EXPY to 5 dp", () => {
    const expected = [34.2756, 34.72611, 34.19157, 33.52573, 31.30381, 31.97718];
    expect(closeToPrinted(regionProductivityLevel(toy(), toyIncome), expected, 5)).toEqual([]);
    expect(closeToPrinted(productivityLevels(toy(), toyIncome).regions, expected, 5)).toEqual([]);
  });

  it("reproduces EconGeo expy(X, Y), which takes Y and computes PRODY itself (printed 34.2711 = 34.27110)", () => {
    const expected = [34.2711, 34.72152, 34.18616, 33.52177, 31.30039, 31.9733];
    const expy = regionProductivityLevel(toy(), toyIncome, { convention: "econgeo" });
    expect(closeToPrinted(expy, expected, 5)).toEqual([]);
  });

  it("equals the RCA-weighted form Σ RCA·Y / Σ RCA without rounding (reference §3.4: X_p/X cancels)", () => {
    const m = toy();
    const rca = revealedComparativeAdvantage(m);
    const exact = activityProductivityLevel(m, toyIncome);
    for (let p = 0; p < 8; p++) {
      let num = 0;
      let den = 0;
      for (let r = 0; r < 6; r++) {
        num += rca[r * 8 + p]! * toyIncome[r]!;
        den += rca[r * 8 + p]!;
      }
      expect(Math.abs(exact[p]! - num / den)).toBeLessThan(1e-12);
    }
  });
});

describe("PRODY / EXPY edge cases", () => {
  const small = matrixFromRows(
    ["a", "b"],
    ["x", "y"],
    [
      [1, 0],
      [1, 1],
    ],
  );

  it("computes the documented example by hand", () => {
    // s = [[1, 0], [0.5, 0.5]]; PRODY_x = (1·10 + 0.5·20) / 1.5 = 13.333..., PRODY_y = 0.5·20 / 0.5 = 20;
    // EXPY_a = 13.333..., EXPY_b = (13.333... + 20) / 2 = 16.666...
    const { activities, regions } = productivityLevels(small, [10, 20]);
    expect(closeToPrinted(activities, [13.333333, 20], 6)).toEqual([]);
    expect(closeToPrinted(regions, [13.333333, 16.666667], 6)).toEqual([]);
  });

  it("leaves out regions with unknown income instead of turning PRODY into NaN", () => {
    // Only b counts: PRODY_x = PRODY_y = 20, and EXPY_a uses the PRODY it can.
    const { activities, regions } = productivityLevels(small, [Number.NaN, 20]);
    expect([...activities]).toEqual([20, 20]);
    expect([...regions]).toEqual([20, 20]);
  });

  it("gives NaN EXPY for an all-zero region and skips activities a region does not have", () => {
    const m = matrixFromRows(
      ["a", "b", "c"],
      ["x", "y"],
      [
        [1, 0],
        [0, 0],
        [1, 0],
      ],
    );
    // Activity y has no region: PRODY NaN; EXPY of a and c still (1·10 + 1·30) / 2 = 20.
    const activities = activityProductivityLevel(m, [10, 20, 30]);
    expect(activities[0]).toBe(20);
    expect(activities[1]).toBeNaN();
    const regions = regionProductivityLevelFromActivities(m, activities);
    expect([regions[0], regions[2]]).toEqual([20, 20]);
    expect(regions[1]).toBeNaN();
  });

  it("rejects an income vector of the wrong length and an unknown convention", () => {
    expect(() => activityProductivityLevel(small, [1])).toThrow(AnalyticsError);
    expect(() => activityProductivityLevel(small, [1])).toThrow(
      "income has 1 values but the matrix has 2 regions.",
    );
    // @ts-expect-error an unknown convention must fail loudly
    expect(() => activityProductivityLevel(small, [1, 2], { convention: "stata" })).toThrow(
      /Unknown convention/,
    );
  });
});
