import { describe, expect, it } from "vitest";
import { matrixFromRows } from "../../src/matrix/region-activity-matrix.ts";
import { exportSimilarity } from "../../src/regional/export-similarity.ts";
import {
  productEmissionIntensityIndex,
  productGiniIndex,
  productMeasureIndex,
} from "../../src/regional/product-measure-index.ts";
import { closeToPrinted, toy, toyPresence } from "../fixtures/toy.ts";

// No golden values exist for §4.11; the expectations below are computed by hand, as shown.
describe("export similarity (OEC similarity(), Bahar et al. 2014)", () => {
  it("is -0.5 between three symmetric regions, whatever ε", () => {
    // X_r = X_p = 4, X = 12, so RCA = 3x/4: each row is a permutation of (1.5, 0.75, 0.75) and its
    // log(RCA + ε) of (a, b, b). Centred: (2d, -d, -d) with d = (a - b)/3, so two rows have
    // covariance -3d² over variance 6d²: correlation -0.5.
    const m = matrixFromRows(
      ["a", "b", "c"],
      ["x", "y", "z"],
      [
        [2, 1, 1],
        [1, 2, 1],
        [1, 1, 2],
      ],
    );
    const s = exportSimilarity(m);
    expect(closeToPrinted(s, [1, -0.5, -0.5, -0.5, 1, -0.5, -0.5, -0.5, 1], 12)).toEqual([]);
    expect(s[1]).toBe(s[3]); // symmetric
  });

  it("depends on ε where an activity is absent: -0.801327 with ε = 0.1, -0.955308 with ε = 1", () => {
    // x = [[1, 1, 0], [0, 1, 1]]: X_r = 2, X_p = (1, 2, 1), X = 4, RCA = [[2, 1, 0], [0, 1, 2]].
    // ε = 0.1: L1 = (ln 2.1, ln 1.1, ln 0.1) = (0.741937, 0.095310, -2.302585), L2 reversed.
    //   mean -0.488446; deviations (1.230383, 0.583756, -1.814139) and reversed;
    //   covariance 2·1.230383·(-1.814139) + 0.583756² = -4.123361; variance 5.145713; r = -0.801327.
    // ε = 1: L1 = (ln 3, ln 2, 0) = (1.098612, 0.693147, 0); mean 0.597253;
    //   deviations (0.501359, 0.095894, -0.597253); covariance -0.589680; variance 0.617268; r = -0.955308.
    const m = matrixFromRows(
      ["a", "b"],
      ["x", "y", "z"],
      [
        [1, 1, 0],
        [0, 1, 1],
      ],
    );
    expect(closeToPrinted(exportSimilarity(m), [1, -0.801327, -0.801327, 1], 6)).toEqual([]);
    expect(closeToPrinted(exportSimilarity(m, { epsilon: 1 }), [1, -0.955308, -0.955308, 1], 6)).toEqual([]);
  });

  it("computes only the requested rows, equal to the rows of the full matrix", () => {
    const full = exportSimilarity(toy());
    const rows = exportSimilarity(toy(), { regions: [4, 1] });
    expect(Array.from(rows.subarray(0, 6))).toEqual(Array.from(full.subarray(24, 30)));
    expect(Array.from(rows.subarray(6, 12))).toEqual(Array.from(full.subarray(6, 12)));
    expect(() => exportSimilarity(toy(), { regions: [6] })).toThrow("Region index 6 is outside 0..5.");
    expect(() => exportSimilarity(toy(), { epsilon: 0 })).toThrow(
      "epsilon must be a positive number, not 0.",
    );
  });

  it("gives NaN for an all-zero region", () => {
    const m = matrixFromRows(
      ["a", "b", "c"],
      ["x", "y"],
      [
        [1, 2],
        [0, 0],
        [2, 1],
      ],
    );
    const s = exportSimilarity(m);
    expect(s[1]).toBeNaN();
    expect(s[4]).toBeNaN();
    expect(closeToPrinted([s[0]!, s[2]!], [1, -1], 12)).toEqual([]);
  });
});

describe("product measure index (OEC pmi / pgi / peii)", () => {
  const m = matrixFromRows(
    ["a", "b"],
    ["x", "y"],
    [
      [1, 1],
      [1, 3],
    ],
  );

  it("averages the regional measure over specialised regions, weighted by the activity's share", () => {
    // Shares s = [[0.5, 0.5], [0.25, 0.75]].
    // M = [[1, 0], [0, 1]]: PMI_x = 0.5·10 / 0.5 = 10, PMI_y = 0.75·20 / 0.75 = 20.
    expect([...productMeasureIndex(m, [1, 0, 0, 1], [10, 20])]).toEqual([10, 20]);
    // M all ones: PMI_x = (0.5·10 + 0.25·20) / 0.75 = 13.333..., PMI_y = (0.5·10 + 0.75·20) / 1.25 = 16.
    expect(closeToPrinted(productMeasureIndex(m, [1, 1, 1, 1], [10, 20]), [13.333333, 16], 6)).toEqual([]);
  });

  it("skips regions with a missing measure, or counts them as 0 as the OEC library does", () => {
    // skip: only b counts -> 20, 20. zero: PMI_x = (0.5·0 + 0.25·20) / 0.75 = 6.667, PMI_y = 15 / 1.25 = 12.
    expect([...productMeasureIndex(m, [1, 1, 1, 1], [Number.NaN, 20])]).toEqual([20, 20]);
    const zero = productMeasureIndex(m, [1, 1, 1, 1], [Number.NaN, 20], { missingMeasure: "zero" });
    expect(closeToPrinted(zero, [6.666667, 12], 6)).toEqual([]);
  });

  it("is NaN for an activity no region is specialised in", () => {
    const pmi = productMeasureIndex(m, [1, 0, 1, 0], [10, 20]);
    expect(pmi[1]).toBeNaN();
  });

  it("names PGI and PEII as PMI with an income Gini or an emission intensity", () => {
    const gini = [0.3, 0.4, 0.35, 0.5, 0.25, 0.45];
    const pmi = productMeasureIndex(toy(), toyPresence(), gini);
    expect(Array.from(productGiniIndex(toy(), toyPresence(), gini))).toEqual(Array.from(pmi));
    expect(Array.from(productEmissionIntensityIndex(toy(), toyPresence(), gini))).toEqual(Array.from(pmi));
    // Toy I5 is specialised in by R5 (s = 50/270) and R6 (s = 30/215):
    // (0.185185·0.25 + 0.139535·0.45) / (0.185185 + 0.139535) = (0.046296 + 0.062791) / 0.324720 = 0.335942.
    expect(closeToPrinted([pmi[4]!], [0.335942], 6)).toEqual([]);
  });
});
