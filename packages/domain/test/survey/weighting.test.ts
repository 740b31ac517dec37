// Post-stratification, raking and trimming against R survey 4.1.1 on the 24-SME fixture
// (survey-methods.md §4.5; fixtures/sme24.json from fixtures/sme24.R): the weights, and the SE of
// the weighted mean with the calibration taken into account (svyrecvar).
import { describe, expect, it } from "vitest";
import {
  designMean,
  postStratify,
  type RakeMargin,
  rake,
  SurveyError,
  surveyDesign,
  trimWeights,
} from "../../src/survey/index.ts";
import { expectAllClose, expectClose, sme24 } from "./sme24-fixture.ts";

const { data } = sme24;
const rows = data.aware.length;
const design = surveyDesign({ rows, strata: data.size, fpc: data.Nh });
const sizeMargin: RakeMargin = {
  variable: "size",
  levels: data.size,
  population: { micro: 900, small: 150, medium: 53 },
};
const sectorMargin: RakeMargin = {
  variable: "sector",
  levels: data.sector,
  population: { auto: 750, aero: 353 },
};

describe("postStratify(des, ~sector, pop.sector)", () => {
  const result = postStratify({
    design,
    cells: data.sector,
    population: sectorMargin.population,
    variable: "sector",
  });
  it("gives R's weights", () => expectAllClose(result.design.weights, sme24.postStratified.weights));
  it("gives R's mean and post-stratified SE of aware", () => {
    const mean = designMean(result.design, data.aware);
    expectClose(mean.mean, sme24.postStratified.mean);
    expectClose(mean.se, sme24.postStratified.se);
  });
  it("gives R's domain estimates within sector (svyciprop on the subset)", () => {
    for (const sector of ["aero", "auto"] as const) {
      const domain = Uint8Array.from(data.sector, (s) => (s === sector ? 1 : 0));
      const mean = designMean(result.design, data.aware, domain);
      const want = sme24.postStratified.bySector[sector];
      expectClose(mean.mean, want.proportion);
      expectClose(mean.se, want.se);
      expect(mean.designRows).toBe(want.rows);
    }
  });
  it("does not change the input design", () => {
    expectAllClose(design.weights, sme24.designWeights);
    expect(design.calibration).toEqual([]);
  });
});

describe("rake(des, list(~size, ~sector), list(pop.size, pop.sector))", () => {
  it("default control (maxit 10, epsilon 1): R's weights, mean and SE, replicating the stopping rule", () => {
    const result = rake(design, [sizeMargin, sectorMargin]);
    expect(result.converged).toBe(true);
    expectAllClose(result.weights, sme24.raked.weights);
    const mean = designMean(result.design, data.aware);
    expectClose(mean.mean, sme24.raked.mean);
    expectClose(mean.se, sme24.raked.se);
  });
  it("epsilon 1e-9, maxit 50: the converged weights", () => {
    const result = rake(design, [sizeMargin, sectorMargin], { epsilon: 1e-9, maxIterations: 50 });
    expectAllClose(result.weights, sme24.rakedTight.weights);
    expectClose(designMean(result.design, data.aware).se, sme24.rakedTight.se);
  });
  it("margins in the other order give R's (different) weights", () => {
    const result = rake(design, [sectorMargin, sizeMargin]);
    expectAllClose(result.weights, sme24.rakedSectorFirst.weights);
    expectClose(designMean(result.design, data.aware).se, sme24.rakedSectorFirst.se);
  });
  it("reports non-convergence instead of looping", () => {
    const result = rake(design, [sizeMargin, sectorMargin], { epsilon: 1e-300, maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.sweeps).toBe(3);
  });
  it("names the variable and level of a population level with no sample rows", () => {
    const margin = { ...sectorMargin, population: { ...sectorMargin.population, rail: 40 } };
    expect(() => rake(design, [sizeMargin, margin])).toThrow(
      'sector = "rail" has population total 40 but no sample rows; merge it with another level or ignore such levels (partial).',
    );
  });
  it("names the variable, level and row of a sample level without a population total", () => {
    const margin = { ...sectorMargin, population: { auto: 750 } };
    try {
      rake(design, [sizeMargin, margin]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SurveyError);
      expect((error as SurveyError).message).toBe(
        'sector = "aero" (row 2) is in the sample but has no population total; give it a positive total or merge it with another level.',
      );
      expect((error as SurveyError).details).toEqual({
        row: 1,
        field: "sector",
        level: "aero",
        value: undefined,
      });
    }
  });
});

describe("trimWeights(raked, upper = 80, lower = 12)", () => {
  const raked = rake(design, [sizeMargin, sectorMargin]).weights;
  it("matches R, keeping the total", () => {
    const trimmed = trimWeights(raked, { upper: 80, lower: 12 });
    expectAllClose(trimmed, sme24.trimmed.weights);
    expectClose(
      trimmed.reduce((s, w) => s + w, 0),
      raked.reduce((s, w) => s + w, 0),
    );
  });
  it("strict = TRUE matches R", () => {
    expectAllClose(trimWeights(raked, { upper: 80, lower: 12, strict: true }), sme24.trimmed.strict);
  });
});
