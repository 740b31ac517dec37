// Seeded sampling: exact selections from an independent Python implementation of the same method
// (fixtures/sampling-reference.py, Python 3.11.7, standard library; its printed output is below),
// and Hamilton (largest remainder) allocation computed by hand.
import { describe, expect, test } from "vitest";
import { givenAllocation, proportionalAllocation } from "../../src/surveys/sampling/allocate-sample.ts";
import { seededRandom } from "../../src/surveys/sampling/seeded-random.ts";
import { selectSample } from "../../src/surveys/sampling/select-sample.ts";

// Rows 2..31; rows 2-16 in stratum A (15), 17-25 in B (9), 26-31 in C (6), as in the Python script.
const units = Array.from({ length: 30 }, (_, i) => {
  const rowNumber = i + 2;
  return { id: `u${rowNumber}`, rowNumber, stratum: rowNumber <= 16 ? "A" : rowNumber <= 25 ? "B" : "C" };
});

describe("seeded sampling (SFC32 from sha256(seed))", () => {
  test("generates the reference stream", () => {
    const random = seededRandom("smartspec-2026");
    expect([random.nextUint32(), random.nextUint32(), random.nextUint32()]).toEqual([
      984922729, 404555288, 406816105,
    ]);
  });

  test("a simple random sample of 7 selects the reference rows, every time", () => {
    const design = { design: "simple", size: 7 } as const;
    const rows = selectSample(units, design, "smartspec-2026").units.map((u) => u.rowNumber);
    expect(rows).toEqual([2, 4, 12, 13, 14, 21, 29]);
    expect(selectSample(units, design, "smartspec-2026").units.map((u) => u.rowNumber)).toEqual(rows);
    expect(selectSample(units, design, "another seed").units.map((u) => u.rowNumber)).not.toEqual(rows);
  });

  test("a proportional stratified sample of 10 allocates 5/3/2 and selects the reference rows", () => {
    const drawn = selectSample(
      units,
      { design: "stratified", size: 10, allocation: "proportional" },
      "smartspec-2026",
    );
    expect(drawn.strata).toEqual([
      { stratum: "A", population: 15, sample: 5 },
      { stratum: "B", population: 9, sample: 3 },
      { stratum: "C", population: 6, sample: 2 },
    ]);
    expect(drawn.units.map((u) => u.rowNumber)).toEqual([5, 6, 7, 11, 12, 20, 22, 23, 26, 27]);
  });

  test("'all' takes every unit as one stratum of the whole frame", () => {
    const drawn = selectSample(units, { design: "all" }, "x");
    expect(drawn.units).toHaveLength(30);
    expect(drawn.strata).toEqual([{ stratum: "*", population: 30, sample: 30 }]);
  });
});

describe("allocation", () => {
  const strata = [
    { stratum: "A", population: 50 },
    { stratum: "B", population: 30 },
    { stratum: "C", population: 20 },
  ];
  test("proportional by largest remainder: n = 7 -> 3.5, 2.1, 1.4 -> 4, 2, 1", () => {
    expect(proportionalAllocation(strata, 7)).toEqual([4, 2, 1]);
    expect(proportionalAllocation(strata, 10)).toEqual([5, 3, 2]);
  });
  test("ties in the remainder go to the larger stratum: n = 5 over 10, 10, 20 -> 1, 1, 3; n = 6 -> 2, 1, 3", () => {
    // exact 1.25, 1.25, 2.5: floors 1, 1, 2 leave 1; largest remainder 0.5 (C) -> 1, 1, 3.
    const even = [
      { stratum: "A", population: 10 },
      { stratum: "B", population: 10 },
      { stratum: "C", population: 20 },
    ];
    expect(proportionalAllocation(even, 5)).toEqual([1, 1, 3]);
    // exact 1.5, 1.5, 3: one left, A and B tie on 0.5 and on size: name order gives it to A.
    expect(proportionalAllocation(even, 6)).toEqual([2, 1, 3]);
  });
  test("given allocation names the stratum at fault", () => {
    expect(givenAllocation(strata, { A: 3, C: 20 })).toEqual([3, 0, 20]);
    expect(() => givenAllocation(strata, { D: 1 })).toThrow('allocation: no stratum "D" in the frame');
    expect(() => givenAllocation(strata, { C: 21 })).toThrow(
      'allocation: stratum "C" needs a whole number from 0 to 20, got 21',
    );
  });
});
