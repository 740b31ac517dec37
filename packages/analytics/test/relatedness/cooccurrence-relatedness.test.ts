import { describe, expect, it } from "vitest";
import { sparsePresence } from "../../src/matrix/sparse-presence.ts";
import {
  activityCooccurrence,
  cooccurrenceMatrix,
  cooccurrenceRelatedness,
  cooccurrenceRelatednessDensity,
  cooccurrenceZScore,
  type RelatednessMethod,
} from "../../src/relatedness/index.ts";
import { closeToPrinted, toyPresence } from "../fixtures/toy.ts";

// Reference §6.10: EconGeo 2.0 `co_occurrence(t(M))` (diagonal 0) on the toy M.
const toyC = [
  [0, 4, 3, 3, 0, 0, 0, 1],
  [4, 0, 3, 3, 0, 0, 0, 1],
  [3, 3, 0, 2, 0, 0, 0, 1],
  [3, 3, 2, 0, 1, 1, 1, 1],
  [0, 0, 0, 1, 0, 2, 2, 2],
  [0, 0, 0, 1, 2, 0, 2, 2],
  [0, 0, 0, 1, 2, 2, 0, 2],
  [1, 1, 1, 1, 2, 2, 2, 0],
];
const toyCooccurrence = () => cooccurrenceMatrix(activityCooccurrence(sparsePresence(toyPresence(), 6, 8)));

// Reference §6.10 table: EconGeo 2.0 `relatedness(C, method)`, rows given per method (6 dp).
const relatednessRows: [RelatednessMethod, number, number[]][] = [
  ["prob", 0, [0, 2.082645, 1.93892, 1.420364, 0, 0, 0, 0.577237]],
  ["prob", 2, [1.93892, 1.93892, 0, 1.17527, 0, 0, 0, 0.716624]],
  ["prob", 3, [1.420364, 1.420364, 1.17527, 0, 0.766704, 0.766704, 0.766704, 0.524868]],
  ["prob", 4, [0, 0, 0, 0.766704, 0, 2.734694, 2.734694, 1.870447]],
  ["prob", 7, [0.577237, 0.577237, 0.716624, 0.524868, 1.870447, 1.870447, 1.870447, 0]],
  ["association", 0, [0, 2.446281, 2.242424, 1.681818, 0, 0, 0, 0.672727]],
  ["association", 2, [2.242424, 2.242424, 0, 1.37037, 0, 0, 0, 0.822222]],
  ["association", 3, [1.681818, 1.681818, 1.37037, 0, 0.880952, 0.880952, 0.880952, 0.616667]],
  ["association", 4, [0, 0, 0, 0.880952, 0, 3.020408, 3.020408, 2.114286]],
  ["association", 7, [0.672727, 0.672727, 0.822222, 0.616667, 2.114286, 2.114286, 2.114286, 0]],
  ["cosine", 0, [0, 0.363636, 0.301511, 0.261116, 0, 0, 0, 0.095346]],
  ["cosine", 3, [0.261116, 0.261116, 0.19245, 0, 0.109109, 0.109109, 0.109109, 0.091287]],
  ["cosine", 7, [0.095346, 0.095346, 0.105409, 0.091287, 0.239046, 0.239046, 0.239046, 0]],
  ["jaccard", 0, [0, 0.222222, 0.176471, 0.15, 0, 0, 0, 0.05]],
  ["jaccard", 3, [0.15, 0.15, 0.105263, 0, 0.055556, 0.055556, 0.055556, 0.047619]],
  ["jaccard", 7, [0.05, 0.05, 0.055556, 0.047619, 0.133333, 0.133333, 0.133333, 0]],
];

// Reference §6.10: EconGeo 2.0 `relatedness_density(M, relatedness(C))` (prob; 0-100, 2 dp).
const toyRelatednessDensity = [
  [90.41, 90.41, 87.58, 58.71, 9.46, 9.46, 9.46, 29.92],
  [90.41, 90.41, 87.58, 58.71, 9.46, 9.46, 9.46, 29.92],
  [76.4, 76.4, 79.63, 66.38, 23.07, 23.07, 23.07, 23.37],
  [58.2, 58.2, 87.58, 41.53, 9.46, 9.46, 9.46, 20.97],
  [9.59, 9.59, 12.42, 41.29, 90.54, 90.54, 90.54, 70.08],
  [33.19, 33.19, 32.79, 41.29, 100, 100, 100, 76.63],
];

describe("co-occurrence C (reference §6.10, EconGeo co_occurrence)", () => {
  it("reproduces C = MᵀM with diagonal 0, its row sums and total", () => {
    const c = toyCooccurrence();
    expect([...c]).toEqual(toyC.flat());
    const rowSums = toyC.map((row) => row.reduce((a, b) => a + b, 0));
    expect(rowSums).toEqual([11, 11, 9, 12, 7, 7, 7, 10]);
    expect(rowSums.reduce((a, b) => a + b, 0)).toBe(74);
  });

  it("puts the ubiquities on the diagonal with `diagonal = TRUE`", () => {
    const c = cooccurrenceMatrix(activityCooccurrence(sparsePresence(toyPresence(), 6, 8)), true);
    expect([0, 9, 18, 27, 36, 45, 54, 63].map((i) => c[i])).toEqual([4, 4, 3, 4, 2, 2, 2, 3]);
  });
});

describe("cooccurrenceRelatedness (reference §4.7, §6.10, EconGeo relatedness)", () => {
  it("checks the worked values: prob(I1, I2) = 4·63/121, association, cosine, jaccard", () => {
    const c = toyCooccurrence();
    expect(cooccurrenceRelatedness(c, 8, "prob")[1]).toBeCloseTo((4 * 63) / 121, 14);
    expect(closeToPrinted([cooccurrenceRelatedness(c, 8, "association")[1]!], [2.446281], 6)).toEqual([]);
    expect(closeToPrinted([cooccurrenceRelatedness(c, 8, "cosine")[1]!], [0.363636], 6)).toEqual([]);
    expect(closeToPrinted([cooccurrenceRelatedness(c, 8, "jaccard")[1]!], [0.222222], 6)).toEqual([]);
  });

  it.each(relatednessRows)("reproduces %s row %i to 6 dp", (method, row, expected) => {
    const r = cooccurrenceRelatedness(toyCooccurrence(), 8, method);
    expect(closeToPrinted(r.slice(row * 8, row * 8 + 8), expected, 6)).toEqual([]);
  });

  it("is symmetric with a zero diagonal; rows I2, I6, I7 follow the data's symmetry", () => {
    for (const method of ["prob", "association", "cosine", "jaccard"] as const) {
      const r = cooccurrenceRelatedness(toyCooccurrence(), 8, method);
      for (let i = 0; i < 8; i++) {
        expect(r[i * 9]).toBe(0);
        for (let j = 0; j < 8; j++) expect(r[i * 8 + j]).toBeCloseTo(r[j * 8 + i]!, 14);
      }
      expect(r[1 * 8 + 7]).toBeCloseTo(r[0 * 8 + 7]!, 14); // I2 ~ I1
      expect(r[5 * 8 + 7]).toBeCloseTo(r[4 * 8 + 7]!, 14); // I6 ~ I5
    }
  });

  it("turns 0/0 into 0 as EconGeo's `sm[is.na(sm)] <- 0` (an activity without co-occurrences)", () => {
    const c = [0, 1, 0, 1, 0, 0, 0, 0, 0];
    for (const method of ["prob", "association", "cosine", "jaccard"] as const) {
      const r = cooccurrenceRelatedness(c, 3, method);
      expect([r[2], r[5], r[6], r[7]]).toEqual([0, 0, 0, 0]);
    }
  });

  it("rejects a matrix of the wrong size", () => {
    expect(() => cooccurrenceRelatedness([1, 2, 3], 2)).toThrow(/2 x 2/);
  });
});

describe("cooccurrenceZScore (reference §6.10, EconGeo z_score)", () => {
  it("reproduces row I1 with regions as events (P = 6); the diagonal is not compared", () => {
    const z = cooccurrenceZScore(toyPresence(), 6, 8);
    const expected = [2.236068, 1.581139, 0.559017, -2.236068, -2.236068, -2.236068, -1.581139];
    expect(closeToPrinted(z.slice(1, 8), expected, 6)).toEqual([]);
  });

  it("uses the hypergeometric variance n_i n_j (P − n_i)(P − n_j) / (P²(P − 1))", () => {
    // Two events; a in both, b in the first only: c_ab = 1, u = 2·1/2 = 1, σ = 0, so NaN (0/0).
    const z = cooccurrenceZScore([1, 1, 1, 0], 2, 2);
    expect(z[1]).toBeNaN();
  });
});

describe("cooccurrenceRelatednessDensity (reference §4.8, §6.10, EconGeo)", () => {
  const result = () =>
    cooccurrenceRelatednessDensity(
      toyPresence(),
      6,
      8,
      cooccurrenceRelatedness(toyCooccurrence(), 8, "prob"),
    );

  it("reproduces relatedness_density (0-100, 2 dp); row R3 is the primary check", () => {
    const { density } = result();
    expect(closeToPrinted(density.slice(16, 24), toyRelatednessDensity[2]!, 2)).toEqual([]);
    expect(closeToPrinted(density, toyRelatednessDensity.flat(), 2)).toEqual([]);
  });

  it("reproduces relatedness_density_int_avg and _ext_avg (0 dp)", () => {
    const { internalAverage, externalAverage } = result();
    expect([...internalAverage]).toEqual([82, 82, 64, 53, 86, 84]);
    expect([...externalAverage]).toEqual([14, 14, 34, 27, 18, 33]);
  });

  it("masks _int to present and _ext to absent activities, rounded to 0 dp", () => {
    const { internal, external, hasEntriesAboveOne } = result();
    expect([...internal.slice(16, 24)]).toEqual([76, 76, 80, NaN, NaN, NaN, NaN, 23]);
    expect([...external.slice(16, 24)]).toEqual([NaN, NaN, NaN, 66, 23, 23, 23, NaN]);
    expect(hasEntriesAboveOne).toBe(false);
  });

  it("flags entries above 1 as EconGeo warns about them", () => {
    const levels = Float64Array.from(toyPresence(), (v) => v * 2);
    const r = cooccurrenceRelatedness(toyCooccurrence(), 8, "prob");
    expect(cooccurrenceRelatednessDensity(levels, 6, 8, r).hasEntriesAboveOne).toBe(true);
  });
});
