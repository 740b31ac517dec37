import { describe, expect, it } from "vitest";
import {
  averageModularComplexity,
  easeOfRecombination,
  modularComplexity,
} from "../../src/regional/modular-complexity.ts";
import { patentTechnologiesFromLists } from "../../src/regional/patent-technologies.ts";
import { closeToPrinted } from "../fixtures/toy.ts";

// No golden values exist for §4.16; expectations are computed by hand from the definitions.
// Five technologies, five patents: {0, 1}, {0, 2}, {1}, {3}, {} (technology 4 is on no patent).
const incidence = patentTechnologiesFromLists(5, [[0, 1], [0, 2], [1], [3], []]);

describe("ease of recombination (EconGeo ease_recombination; Fleming & Sorenson 2001)", () => {
  it("divides distinct partner technologies by the technology's patents", () => {
    // T0: patents {0,1} and {0,2} -> partners {1, 2} over 2 patents = 1.
    // T1: {0,1} and {1} -> partner {0} over 2 = 0.5.  T2: {0,2} -> {0} over 1 = 1.
    // T3: only alone -> 0 over 1 = 0.  T4: no patent -> 0/0 = NaN.
    expect(Array.from(easeOfRecombination(incidence))).toEqual([1, 0.5, 1, 0, Number.NaN]);
  });
});

describe("modular complexity (EconGeo modular_complexity, 5 dp)", () => {
  it("divides the patent's technology count by the sum of their ease", () => {
    // P0 {0,1}: 2 / (1 + 0.5) = 1.333333.  P1 {0,2}: 2 / (1 + 1) = 1.  P2 {1}: 1 / 0.5 = 2.
    // P3 {3}: 1 / 0 = Infinity -> 0 as EconGeo.  P4 {}: 0/0 = NaN.
    const exact = modularComplexity(incidence);
    expect(closeToPrinted(exact.subarray(0, 4), [4 / 3, 1, 2, 0], 12)).toEqual([]);
    expect(exact[4]).toBeNaN();
    expect(Array.from(modularComplexity(incidence, { convention: "econgeo" }))).toEqual([
      1.33333,
      1,
      2,
      0,
      Number.NaN,
    ]);
  });
});

describe("average modular complexity (EconGeo modular_complexity_avg, 2 dp)", () => {
  it("averages the unrounded complexity of the technology's patents", () => {
    // T0: (1.333333 + 1) / 2 = 1.166667.  T1: (1.333333 + 2) / 2 = 1.666667.  T2: 1.  T3: 0.  T4: NaN.
    const exact = averageModularComplexity(incidence);
    expect(closeToPrinted(exact.subarray(0, 4), [7 / 6, 5 / 3, 1, 0], 12)).toEqual([]);
    expect(Array.from(averageModularComplexity(incidence, { convention: "econgeo" }))).toEqual([
      1.17,
      1.67,
      1,
      0,
      Number.NaN,
    ]);
  });
});

describe("patent incidence validation", () => {
  it("builds the compressed lists and rejects bad indexes and repeated technologies", () => {
    expect(Array.from(incidence.patentStart)).toEqual([0, 2, 4, 5, 6, 6]);
    expect(Array.from(incidence.technologies)).toEqual([0, 1, 0, 2, 1, 3]);
    expect(() => patentTechnologiesFromLists(2, [[0, 2]])).toThrow(
      "Patent 0 lists technology 2, outside 0..1.",
    );
    expect(() => patentTechnologiesFromLists(2, [[1], [0, 0]])).toThrow("Patent 1 lists technology 0 twice.");
    const broken = {
      nTechnologies: 2,
      patentStart: Int32Array.from([0, 3]),
      technologies: Int32Array.from([0]),
    };
    expect(() => easeOfRecombination(broken)).toThrow(
      "patentStart must start at 0 and end at technologies.length.",
    );
  });
});
