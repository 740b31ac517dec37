import { describe, expect, it } from "vitest";
import { matrixFromRows } from "../../src/matrix/region-activity-matrix.ts";
import { herfindahlIndex } from "../../src/regional/herfindahl-index.ts";
import { shannonEntropy } from "../../src/regional/shannon-entropy.ts";
import {
  averageLocationQuotient,
  hachmanIndex,
  hooverSpecialisationCoefficient,
  krugmanIndex,
} from "../../src/regional/specialisation-coefficients.ts";
import { activityWeightedAverage, regionWeightedAverage } from "../../src/regional/weighted-average.ts";
import { closeToPrinted, toy } from "../fixtures/toy.ts";

describe("specialisation of a region on the toy (EconGeo 2.0, reference §6.14)", () => {
  it("herfindahl to 7 dp", () => {
    const expected = [0.1934468, 0.264, 0.2755102, 0.3372781, 0.2400549, 0.197404];
    expect(closeToPrinted(herfindahlIndex(toy()), expected, 7)).toEqual([]);
  });

  it("entropy (log2, +1e-9 inside the log, 3 dp) digit for digit with convention econgeo", () => {
    expect([...shannonEntropy(toy(), { convention: "econgeo" })]).toEqual([
      2.587, 2.062, 1.924, 1.738, 2.134, 2.502,
    ]);
  });

  it("exact entropy agrees with the derived H_total of reference §6.16 to 6 dp", () => {
    const expected = [2.587251, 2.062043, 1.924174, 1.738149, 2.133743, 2.501879];
    expect(closeToPrinted(shannonEntropy(toy()), expected, 6)).toEqual([]);
  });

  it("krugman_index and spec_coeff to 7 dp", () => {
    const krugman = [0.4636553, 0.7604669, 0.7392996, 0.9200838, 1.085459, 0.8643562];
    const hoover = [0.2318277, 0.3802335, 0.3696498, 0.4600419, 0.5427295, 0.4321781];
    expect(closeToPrinted(krugmanIndex(toy()), krugman, 7)).toEqual([]);
    expect(closeToPrinted(hooverSpecialisationCoefficient(toy()), hoover, 7)).toEqual([]);
  });

  it("hachman to 7 dp and location_quotient_avg to 6 dp", () => {
    const hachman = [0.7896175, 0.6223278, 0.6151691, 0.5225466, 0.4492918, 0.5453255];
    const average = [1.266436, 1.60687, 1.625569, 1.913705, 2.225725, 1.833767];
    expect(closeToPrinted(hachmanIndex(toy()), hachman, 7)).toEqual([]);
    expect(closeToPrinted(averageLocationQuotient(toy()), average, 6)).toEqual([]);
  });

  it("satisfies the identities of reference §3.4: spec_coeff = krugman / 2, hachman = 1 / LQ average", () => {
    const krugman = krugmanIndex(toy());
    const hoover = hooverSpecialisationCoefficient(toy());
    const hachman = hachmanIndex(toy());
    const average = averageLocationQuotient(toy());
    for (let r = 0; r < 6; r++) {
      expect(hoover[r]).toBe(krugman[r]! / 2);
      expect(hachman[r]).toBe(1 / average[r]!);
    }
  });
});

describe("specialisation edge cases", () => {
  const m = matrixFromRows(
    ["a", "b", "c"],
    ["x", "y"],
    [
      [1, 0],
      [0, 1],
      [0, 0],
    ],
  );

  it("computes the documented two-region examples by hand and NaN for an all-zero region", () => {
    // s_a = [1, 0], S = [0.5, 0.5]: Krugman |1 - 0.5| + |0 - 0.5| = 1; LQ avg = 2·1 = 2; Hachman 0.5.
    expect([...krugmanIndex(m).slice(0, 2)]).toEqual([1, 1]);
    expect([...hooverSpecialisationCoefficient(m).slice(0, 2)]).toEqual([0.5, 0.5]);
    expect([...averageLocationQuotient(m).slice(0, 2)]).toEqual([2, 2]);
    expect([...hachmanIndex(m).slice(0, 2)]).toEqual([0.5, 0.5]);
    expect([...herfindahlIndex(m).slice(0, 2)]).toEqual([1, 1]);
    for (const f of [krugmanIndex, hooverSpecialisationCoefficient, averageLocationQuotient, hachmanIndex]) {
      expect(f(m)[2]).toBeNaN();
    }
    expect(herfindahlIndex(m)[2]).toBeNaN();
    expect(shannonEntropy(m)[2]).toBeNaN();
  });

  it("gives a one-activity region entropy 0 in both conventions (EconGeo: round(-log2(1 + 1e-9), 3) = 0)", () => {
    expect(shannonEntropy(m)[0]).toBe(0);
    expect(shannonEntropy(m, { convention: "econgeo" })[0]).toBe(0);
  });

  it("herfindahl of x = [[1, 1], [3, 1]] is [0.5, 0.625] by hand", () => {
    const h = herfindahlIndex(
      matrixFromRows(
        ["a", "b"],
        ["x", "y"],
        [
          [1, 1],
          [3, 1],
        ],
      ),
    );
    expect([...h]).toEqual([0.5, 0.625]);
  });
});

describe("weighted averages (EconGeo weighted_avg)", () => {
  it("weights an activity attribute by region shares (reg = TRUE): [[1, 3]] with v = [10, 20] -> 17.5", () => {
    const m = matrixFromRows(["a"], ["x", "y"], [[1, 3]]);
    // 0.25·10 + 0.75·20 = 17.5
    expect([...regionWeightedAverage(m, [10, 20])]).toEqual([17.5]);
  });

  it("weights a region attribute by the activity's spread (reg = FALSE): [[1], [3]] with u = [10, 20] -> 17.5", () => {
    const m = matrixFromRows(["a", "b"], ["x"], [[1], [3]]);
    expect([...activityWeightedAverage(m, [10, 20])]).toEqual([17.5]);
  });

  it("rejects vectors of the wrong length", () => {
    const m = matrixFromRows(["a"], ["x", "y"], [[1, 3]]);
    expect(() => regionWeightedAverage(m, [1])).toThrow(
      "activityValues has 1 values but the matrix has 2 activities.",
    );
    expect(() => activityWeightedAverage(m, [1, 2])).toThrow(
      "regionValues has 2 values but the matrix has 1 regions.",
    );
  });
});
