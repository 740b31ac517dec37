import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { RegionActivityMatrix } from "../../src/matrix/region-activity-matrix.ts";
import { hooverCurve, locationalGiniCurve, lorenzCurve } from "../../src/regional/concentration-curves.ts";
import { entryMatrix, exitMatrix } from "../../src/regional/entry-exit.ts";
import { exportSimilarity } from "../../src/regional/export-similarity.ts";
import { giniCoefficient, hooverGini, locationalGini } from "../../src/regional/gini-coefficient.ts";
import { activityGrowth, cellGrowth, regionGrowth } from "../../src/regional/growth-rates.ts";
import { herfindahlIndex } from "../../src/regional/herfindahl-index.ts";
import { hooverIndex } from "../../src/regional/hoover-index.ts";
import {
  averageModularComplexity,
  easeOfRecombination,
  modularComplexity,
} from "../../src/regional/modular-complexity.ts";
import { inverseNormalisedUbiquity, normalisedUbiquity } from "../../src/regional/normalised-ubiquity.ts";
import { panelDynamics } from "../../src/regional/panel-dynamics.ts";
import { patentTechnologiesFromLists } from "../../src/regional/patent-technologies.ts";
import { productMeasureIndex } from "../../src/regional/product-measure-index.ts";
import { productivityLevels } from "../../src/regional/productivity-levels.ts";
import { relatedVariety } from "../../src/regional/related-variety.ts";
import { shannonEntropy } from "../../src/regional/shannon-entropy.ts";
import {
  averageLocationQuotient,
  hachmanIndex,
  hooverSpecialisationCoefficient,
  krugmanIndex,
} from "../../src/regional/specialisation-coefficients.ts";
import { activityWeightedAverage, regionWeightedAverage } from "../../src/regional/weighted-average.ts";
import { presence } from "../../src/specialisation/presence.ts";

const TOLERANCE = 1e-12;

interface Case {
  readonly matrix: RegionActivityMatrix;
  readonly income: Float64Array;
  readonly population: Float64Array;
  readonly groups: Int32Array;
}

/** A random R x P count matrix (2..7 each side) with no all-zero row or column, plus region vectors and groups. */
const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({ nR: fc.integer({ min: 2, max: 7 }), nP: fc.integer({ min: 2, max: 7 }) })
  .chain(({ nR, nP }) =>
    fc
      .record({
        cells: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: nR * nP, maxLength: nR * nP }),
        income: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: nR, maxLength: nR }),
        population: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: nR, maxLength: nR }),
        groups: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: nP, maxLength: nP }),
      })
      .map(({ cells, income, population, groups }) => {
        const values = Float64Array.from(cells);
        for (let r = 0; r < nR; r++) values[r * nP + (r % nP)]! += 1;
        for (let p = 0; p < nP; p++) values[(p % nR) * nP + p]! += 1;
        const matrix = {
          regions: Array.from({ length: nR }, (_, r) => `R${r}`),
          activities: Array.from({ length: nP }, (_, p) => `P${p}`),
          values,
        };
        return {
          matrix,
          income: Float64Array.from(income),
          population: Float64Array.from(population),
          groups: Int32Array.from(groups),
        };
      }),
  );

function close(actual: ArrayLike<number>, expected: ArrayLike<number>): string[] {
  const problems: string[] = [];
  if (actual.length !== expected.length) return [`length ${actual.length} !== ${expected.length}`];
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i]!;
    const b = expected[i]!;
    const same = (Number.isNaN(a) && Number.isNaN(b)) || a === b;
    if (!same && !(Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b)))) {
      problems.push(`[${i}] ${a} vs ${b}`);
    }
  }
  return problems;
}

/** Every region-level output, one array per index, for one matrix and its region vectors. */
function regionOutputs(m: RegionActivityMatrix, income: Float64Array): Float64Array[] {
  const variety = relatedVariety(
    m,
    Array.from({ length: m.activities.length }, (_, p) => p % 2),
  );
  return [
    herfindahlIndex(m),
    shannonEntropy(m),
    krugmanIndex(m),
    hooverSpecialisationCoefficient(m),
    averageLocationQuotient(m),
    hachmanIndex(m),
    productivityLevels(m, income).regions,
    variety.entropy,
    variety.unrelatedVariety,
    variety.relatedVariety,
  ];
}

/** Every activity-level output that does not depend on a region's position. */
function activityOutputs(
  m: RegionActivityMatrix,
  income: Float64Array,
  population: Float64Array,
): Float64Array[] {
  const { presence: mask } = presence(m);
  return [
    giniCoefficient(m),
    locationalGini(m),
    hooverGini(m, population),
    hooverIndex(m, { population }),
    hooverIndex(m),
    productivityLevels(m, income).activities,
    productMeasureIndex(m, mask, income),
    normalisedUbiquity(m, mask),
    inverseNormalisedUbiquity(m, mask),
  ];
}

function scaled(m: RegionActivityMatrix, factor: number): RegionActivityMatrix {
  return { ...m, values: m.values.map((x) => x * factor) };
}

function permutedRegions(m: RegionActivityMatrix, order: readonly number[]): RegionActivityMatrix {
  const nP = m.activities.length;
  const values = new Float64Array(m.values.length);
  order.forEach((from, to) => {
    values.set(m.values.subarray(from * nP, from * nP + nP), to * nP);
  });
  return { regions: order.map((r) => m.regions[r]!), activities: m.activities, values };
}

const permute = (values: ArrayLike<number>, order: readonly number[]) =>
  Float64Array.from(order, (r) => values[r]!);

describe("regional kernels: properties (fast-check, seed 42)", () => {
  test.prop([caseArbitrary, fc.double({ min: 0.001, max: 1000, noNaN: true })], { seed: 42, numRuns: 100 })(
    "share- and LQ-based indices are unchanged when the matrix is scaled by a positive constant",
    ({ matrix, income, population }, factor) => {
      const big = scaled(matrix, factor);
      regionOutputs(matrix, income).forEach((expected, i) => {
        expect(close(regionOutputs(big, income)[i]!, expected)).toEqual([]);
      });
      // Ubiquity-based and PMI outputs depend on presence, which is scale-free except at exact ties.
      activityOutputs(matrix, income, population)
        .slice(0, 6)
        .forEach((expected, i) => {
          expect(close(activityOutputs(big, income, population)[i]!, expected)).toEqual([]);
        });
      expect(close(exportSimilarity(big), exportSimilarity(matrix))).toEqual([]);
    },
  );

  test.prop(
    [
      caseArbitrary.chain((c) =>
        fc.tuple(
          fc.constant(c),
          fc.shuffledSubarray(
            Array.from({ length: c.matrix.regions.length }, (_, r) => r),
            { minLength: c.matrix.regions.length },
          ),
        ),
      ),
    ],
    { seed: 42, numRuns: 100 },
  )(
    "permuting regions permutes region outputs and leaves activity outputs unchanged",
    ([{ matrix, income, population }, order]) => {
      const shuffled = permutedRegions(matrix, order);
      const shuffledIncome = permute(income, order);
      const before = regionOutputs(matrix, income);
      regionOutputs(shuffled, shuffledIncome).forEach((values, i) => {
        expect(close(values, permute(before[i]!, order))).toEqual([]);
      });
      const activity = activityOutputs(matrix, income, population);
      activityOutputs(shuffled, shuffledIncome, permute(population, order)).forEach((values, i) => {
        expect(close(values, activity[i]!)).toEqual([]);
      });
    },
  );

  test.prop([caseArbitrary], { seed: 42, numRuns: 100 })(
    "entropy = related + unrelated variety to 1e-12, and equals shannonEntropy",
    ({ matrix, groups }) => {
      const v = relatedVariety(matrix, groups);
      const h = shannonEntropy(matrix);
      for (let r = 0; r < matrix.regions.length; r++) {
        expect(Math.abs(v.entropy[r]! - v.unrelatedVariety[r]! - v.relatedVariety[r]!)).toBeLessThan(1e-12);
        expect(Math.abs(v.entropy[r]! - h[r]!)).toBeLessThan(1e-12);
        expect(v.relatedVariety[r]!).toBeGreaterThanOrEqual(-1e-12);
      }
    },
  );

  test.prop([caseArbitrary], { seed: 42, numRuns: 100 })(
    "hoover coefficient = krugman / 2 and hachman = 1 / average location quotient",
    ({ matrix }) => {
      const krugman = krugmanIndex(matrix);
      const hoover = hooverSpecialisationCoefficient(matrix);
      const hachman = hachmanIndex(matrix);
      const average = averageLocationQuotient(matrix);
      for (let r = 0; r < matrix.regions.length; r++) {
        expect(hoover[r]).toBe(krugman[r]! / 2);
        expect(hachman[r]).toBe(1 / average[r]!);
        expect(average[r]!).toBeGreaterThanOrEqual(1 - 1e-12);
      }
    },
  );

  test.prop([caseArbitrary], { seed: 42, numRuns: 100 })(
    "the Gini variants stay within their bounds",
    ({ matrix, population }) => {
      const n = matrix.regions.length;
      for (const g of giniCoefficient(matrix)) expect(g).toBeLessThanOrEqual((n - 1) / n + 1e-12);
      for (const g of locationalGini(matrix)) expect(g).toBeLessThanOrEqual(0.5);
      for (const g of hooverGini(matrix, population)) expect(g).toBeGreaterThanOrEqual(-1e-12);
      for (const h of hooverIndex(matrix, { population })) expect(h).toBeLessThanOrEqual(100 + 1e-9);
    },
  );

  test.prop(
    [
      caseArbitrary,
      fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }), {
        minLength: 1,
        maxLength: 12,
      }),
    ],
    { seed: 42, numRuns: 100 },
  )(
    "no kernel writes to its inputs (byte-identical after every call)",
    ({ matrix, income, population, groups }, lists) => {
      const mask = presence(matrix).presence;
      const later = scaled(matrix, 1.5);
      const patents = patentTechnologiesFromLists(6, lists);
      const inputs = [
        matrix.values,
        income,
        population,
        groups,
        mask,
        later.values,
        patents.patentStart,
        patents.technologies,
      ];
      const snapshot = inputs.map((a) => new Uint8Array(a.buffer.slice(0)));
      const codes = [[...matrix.regions], [...matrix.activities]];
      for (const convention of ["exact", "econgeo"] as const) {
        const options = { convention };
        regionOutputs(matrix, income);
        activityOutputs(matrix, income, population);
        productivityLevels(matrix, income, options);
        shannonEntropy(matrix, options);
        giniCoefficient(matrix, options);
        hooverGini(matrix, population, options);
        hooverIndex(matrix, { population, ...options });
        normalisedUbiquity(matrix, mask, options);
        inverseNormalisedUbiquity(matrix, mask, options);
        relatedVariety(matrix, groups);
        regionWeightedAverage(
          matrix,
          Float64Array.from(matrix.activities, (_, p) => groups[p]!),
        );
        activityWeightedAverage(matrix, income);
        lorenzCurve(matrix, 0);
        hooverCurve(matrix, population, 0);
        locationalGiniCurve(matrix, 0);
        exportSimilarity(matrix);
        productMeasureIndex(matrix, mask, income);
        entryMatrix({ ...matrix, values: Float64Array.from(mask) }, matrix);
        exitMatrix(matrix, later);
        cellGrowth(matrix, later, options);
        activityGrowth(matrix, later, options);
        regionGrowth(matrix, later, options);
        Array.from(
          panelDynamics(
            [
              { time: "1", matrix },
              { time: "2", matrix: later },
            ],
            options,
          ).transitions,
        );
        easeOfRecombination(patents, options);
        modularComplexity(patents, options);
        averageModularComplexity(patents, options);
      }
      inputs.forEach((a, i) => {
        expect(new Uint8Array(a.buffer)).toEqual(snapshot[i]);
      });
      expect([[...matrix.regions], [...matrix.activities]]).toEqual(codes);
    },
  );
});
