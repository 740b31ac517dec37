import { describe, expect, it } from "vitest";
import { matrixFromRows } from "../../src/matrix/region-activity-matrix.ts";
import { diversity, ubiquity } from "../../src/specialisation/diversity-ubiquity.ts";
import { presence } from "../../src/specialisation/presence.ts";
import { revealedComparativeAdvantage } from "../../src/specialisation/revealed-comparative-advantage.ts";
import { closeToPrinted, toy, toyPopulation, toyPresenceRows } from "../fixtures/toy.ts";

// Reference §6.2: unrounded RCA, identical in EconGeo location_quotient, py, economiccomplexity, OEC.
const toyRca = [
  [1.330228, 1.385912, 1.489855, 1.489855, 0.971645, 0.573021, 0.286511, 0.112868],
  [1.652143, 1.673488, 1.713333, 1.542, 0, 0.395385, 0, 0],
  [1.639031, 1.707641, 1.835714, 0, 0, 0, 0, 1.112554],
  [2.118132, 1.838998, 0, 1.976923, 0.859532, 0, 0, 0],
  [0.169974, 0, 0, 0, 2.069243, 2.196581, 2.562678, 2.30752],
  [0, 0.138994, 0.39845, 1.195349, 1.559151, 1.838998, 2.298748, 2.173362],
];

describe("revealedComparativeAdvantage", () => {
  it("reproduces the toy RCA of reference §6.2 to 6 dp", () => {
    expect(closeToPrinted(revealedComparativeAdvantage(toy()), toyRca.flat(), 6)).toEqual([]);
  });

  it("gives NaN, not 0 or 1, in an all-zero region", () => {
    const m = matrixFromRows(
      ["a", "b"],
      ["x", "y"],
      [
        [1, 2],
        [0, 0],
      ],
    );
    const rca = revealedComparativeAdvantage(m);
    expect([...rca.slice(0, 2)]).toEqual([1, 1]);
    expect(rca.slice(2).every(Number.isNaN)).toBe(true);
  });
});

describe("presence", () => {
  it("gives the toy M, diversity and ubiquity of reference §6.2", () => {
    const { presence: m } = presence(toy());
    expect([...m]).toEqual(toyPresenceRows.flat());
    expect([...diversity(m, 6, 8)]).toEqual([4, 4, 4, 3, 4, 5]);
    expect([...ubiquity(m, 6, 8)]).toEqual([4, 4, 3, 4, 2, 2, 2, 3]);
  });

  it("decides an exact tie (RCA = 1 on a 2 x 2 of equal values) by the comparison", () => {
    const m = matrixFromRows(
      ["a", "b"],
      ["x", "y"],
      [
        [7, 7],
        [7, 7],
      ],
    );
    expect([...presence(m, { comparison: ">=" }).presence]).toEqual([1, 1, 1, 1]);
    expect([...presence(m, { comparison: ">" }).presence]).toEqual([0, 0, 0, 0]);
    expect(presence(m).tiesAtThreshold).toBe(4);
  });

  it("decides ties exactly where floating point RCA lands below 1", () => {
    // x = 3, X_r = 10, X_p = 30, X = 100: RCA = (3/10)/(30/100) is exactly 1 in rationals,
    // while 3 / 10 / 0.3 evaluates to 1.0000000000000002 or 0.9999999999999999 depending on order.
    const m = matrixFromRows(
      ["a", "b"],
      ["x", "y"],
      [
        [3, 7],
        [27, 63],
      ],
    );
    const result = presence(m, { comparison: ">" });
    expect(result.tiesAtThreshold).toBe(4);
    expect([...result.presence]).toEqual([0, 0, 0, 0]);
  });

  it("combines RCA and per-capita presence by OR (Stata) or by sum (py-ecomplexity)", () => {
    // Toy RPOP for R4/I1: (30/280)/(100/1850) = 1.982143 >= 1, RCA 2.118 >= 1 as well, so sum = 2.
    const or = presence(toy(), { basis: "both", population: toyPopulation });
    const sum = presence(toy(), { basis: "both", population: toyPopulation, combine: "sum" });
    expect(or.presence[3 * 8]).toBe(1);
    expect(sum.presence[3 * 8]).toBe(2);
    expect(() => presence(toy(), { basis: "rpop" })).toThrow(/population value per region \(6\)/);
  });
});
