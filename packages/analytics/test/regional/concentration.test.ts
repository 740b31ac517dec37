import { describe, expect, it } from "vitest";
import { matrixFromRows } from "../../src/matrix/region-activity-matrix.ts";
import { hooverCurve, locationalGiniCurve, lorenzCurve } from "../../src/regional/concentration-curves.ts";
import { giniCoefficient, hooverGini, locationalGini } from "../../src/regional/gini-coefficient.ts";
import { hooverIndex } from "../../src/regional/hoover-index.ts";
import { inverseNormalisedUbiquity, normalisedUbiquity } from "../../src/regional/normalised-ubiquity.ts";
import { closeToPrinted, toy, toyPopulation, toyPresence } from "../fixtures/toy.ts";

const econgeo = { convention: "econgeo" } as const;

describe("concentration of an activity on the toy (EconGeo 2.0, reference §6.15)", () => {
  it("gini (3 dp) digit for digit", () => {
    expect([...giniCoefficient(toy(), econgeo)]).toEqual([
      0.452, 0.477, 0.522, 0.5, 0.529, 0.551, 0.654, 0.601,
    ]);
  });

  it("exact gini rounds to the same printed digits", () => {
    const expected = [0.452, 0.477, 0.522, 0.5, 0.529, 0.551, 0.654, 0.601];
    expect(closeToPrinted(giniCoefficient(toy()), expected, 3)).toEqual([]);
  });

  it("locational_gini (unrounded) to 7 dp", () => {
    const expected = [0.1958727, 0.1963623, 0.2015564, 0.1819066, 0.2150228, 0.225232, 0.2910805, 0.2710765];
    expect(closeToPrinted(locationalGini(toy()), expected, 7)).toEqual([]);
  });

  it("hoover_gini with the §6.1 population (3 dp) digit for digit", () => {
    const expected = [0.432, 0.437, 0.45, 0.4, 0.401, 0.426, 0.561, 0.518];
    expect([...hooverGini(toy(), toyPopulation, econgeo)]).toEqual(expected);
    expect(closeToPrinted(hooverGini(toy(), toyPopulation), expected, 3)).toEqual([]);
  });

  it("hoover_index with the §6.1 population (2 dp) digit for digit", () => {
    const expected = [36.97, 38.21, 39.28, 32.43, 29.02, 36.38, 51.77, 45.62];
    expect([...hooverIndex(toy(), { population: toyPopulation, ...econgeo })]).toEqual(expected);
    expect(closeToPrinted(hooverIndex(toy(), { population: toyPopulation }), expected, 2)).toEqual([]);
  });

  it("norm_ubiquity and inv_norm_ubiquity (2 dp) digit for digit, from the §6.2 presence", () => {
    expect([...normalisedUbiquity(toy(), toyPresence(), econgeo)]).toEqual([
      1.31, 1, 0.93, 0.47, 1.07, 1.21, 1.21, 1.03,
    ]);
    expect([...inverseNormalisedUbiquity(toy(), toyPresence(), econgeo)]).toEqual([
      140.87, 134.27, 167.02, 115.13, 237.25, 243.38, 243.38, 170.2,
    ]);
  });
});

describe("concentration by hand", () => {
  const twoRegions = matrixFromRows(
    ["a", "b"],
    ["x", "y"],
    [
      [0, 1],
      [10, 1],
    ],
  );

  it("gini of [0, 0, 0, 10] is the maximum (n - 1)/n = 0.75; of an even column 0", () => {
    const m = matrixFromRows(
      ["a", "b", "c", "d"],
      ["x", "y"],
      [
        [0, 5],
        [0, 5],
        [0, 5],
        [10, 5],
      ],
    );
    // ν = (0, 0, 0, 1), π = (0.25, 0.5, 0.75, 1): G = ν4·π3 = 0.75.
    expect([...giniCoefficient(m)]).toEqual([0.75, 0]);
  });

  it("hoover gini and hoover index of x = [0, 10] against pop = [1, 1] are 0.5 and 50", () => {
    // Ordered by x/pop: (0, 1), (10, 1); ν = (0, 1), π = (0.5, 1): G = 1·0.5 - 0·1 = 0.5.
    // Hoover: 100 · ½ (|0 - 0.5| + |1 - 0.5|) = 50; without population the reference is even, same here.
    expect(hooverGini(twoRegions, [1, 1])[0]).toBe(0.5);
    expect(hooverIndex(twoRegions, { population: [1, 1] })[0]).toBe(50);
    expect(hooverIndex(twoRegions)[0]).toBe(50);
    expect(hooverIndex(twoRegions)[1]).toBe(0);
  });

  it("locational gini of a perfectly separated 2 x 2 is 0.25 (half of the Lorenz area 0.5)", () => {
    const m = matrixFromRows(
      ["a", "b"],
      ["x", "y"],
      [
        [1, 0],
        [0, 1],
      ],
    );
    expect([...locationalGini(m)]).toEqual([0.25, 0.25]);
  });

  it("leaves regions with unknown population out, as EconGeo drops incomplete cases", () => {
    const m = matrixFromRows(["a", "b", "c"], ["x"], [[0], [10], [99]]);
    expect(hooverGini(m, [1, 1, Number.NaN])[0]).toBe(0.5);
    expect(hooverIndex(m, { population: [1, 1, Number.NaN] })[0]).toBe(50);
    expect(() => hooverGini(m, [1, -1, 1])).toThrow('Population -1 of region "b" is negative.');
    expect(() => hooverIndex(m, { population: [1, 1] })).toThrow(
      "population has 2 values but the matrix has 3 regions.",
    );
  });

  it("gives NaN for an all-zero activity", () => {
    const m = matrixFromRows(
      ["a", "b"],
      ["x", "y"],
      [
        [1, 0],
        [2, 0],
      ],
    );
    expect(giniCoefficient(m)[1]).toBeNaN();
    expect(locationalGini(m)[1]).toBeNaN();
    expect(hooverGini(m, [1, 1])[1]).toBeNaN();
    expect(hooverIndex(m)[1]).toBeNaN();
  });

  it("norm ubiquity of x = [[3, 1], [1, 1]], M = [[1, 0], [0, 1]] is [(4/6)/(1/2), (2/6)/(1/2)]", () => {
    const m = matrixFromRows(
      ["a", "b"],
      ["x", "y"],
      [
        [3, 1],
        [1, 1],
      ],
    );
    const presence = [1, 0, 0, 1];
    expect(closeToPrinted(normalisedUbiquity(m, presence), [4 / 3, 2 / 3], 12)).toEqual([]);
    expect([...normalisedUbiquity(m, presence, econgeo)]).toEqual([1.33, 0.67]);
    // 100 · ln(4.001) / 1 = 138.654..., 100 · ln(2.001) / 1 = 69.364...
    expect(closeToPrinted(inverseNormalisedUbiquity(m, presence), [138.6544, 69.3647], 4)).toEqual([]);
    expect(() => normalisedUbiquity(m, [1, 0, 0])).toThrow(
      "presence has 3 cells but the matrix has 2 x 2 = 4.",
    );
  });
});

describe("concentration curves (EconGeo lorenz_curve / hoover_curve / locational_gini_curve, plot = FALSE)", () => {
  it("lorenz curve of [10, 0]: regions sorted ascending, x = i/n", () => {
    const m = matrixFromRows(["a", "b"], ["x"], [[10], [0]]);
    const curve = lorenzCurve(m, 0);
    expect([...curve.x]).toEqual([0, 0.5, 1]);
    expect([...curve.y]).toEqual([0, 0, 1]);
  });

  it("hoover curve of x = [0, 10], pop = [1, 3]: x = cumulative population share", () => {
    const m = matrixFromRows(["a", "b"], ["x"], [[0], [10]]);
    const curve = hooverCurve(m, [1, 3], 0);
    expect([...curve.x]).toEqual([0, 0.25, 1]);
    expect([...curve.y]).toEqual([0, 0, 1]);
  });

  it("locational gini curve orders by x_rp / (X_r / X) and uses region size as x", () => {
    // Sizes 3/4 and 1/4; activity x = [1, 1]: ratios 1/(3/4) < 1/(1/4), so a comes first.
    const m = matrixFromRows(
      ["a", "b"],
      ["x", "y"],
      [
        [1, 2],
        [1, 0],
      ],
    );
    const curve = locationalGiniCurve(m, 0);
    expect([...curve.x]).toEqual([0, 0.75, 1]);
    expect([...curve.y]).toEqual([0, 0.5, 1]);
    expect(() => locationalGiniCurve(m, 2)).toThrow("Activity index 2 is outside 0..1.");
  });

  it("traces the same Lorenz area as the toy gini: G = Σ (y_i x_{i-1} - y_{i-1} x_i)", () => {
    const gini = giniCoefficient(toy());
    for (let p = 0; p < 8; p++) {
      const { x, y } = lorenzCurve(toy(), p);
      let g = 0;
      for (let i = 1; i < x.length; i++) g += y[i]! * x[i - 1]! - y[i - 1]! * x[i]!;
      expect(Math.abs(g - gini[p]!)).toBeLessThan(1e-12);
    }
  });
});
