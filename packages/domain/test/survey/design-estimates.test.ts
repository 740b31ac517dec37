// Design-based means, design effects and svyciprop intervals against R survey 4.1.1 on the
// 24-SME fixture (§4.5) and the 40-of-107 worked example (§3.3); values in fixtures/sme24.json.
import { describe, expect, it } from "vitest";
import {
  designMean,
  estimateProportions,
  kishEffectiveSize,
  type SurveyDesign,
  surveyDesign,
  surveyProportionInterval,
} from "../../src/survey/index.ts";
import { expectAllClose, expectClose, type IntervalsFixture, sme24 } from "./sme24-fixture.ts";

const { data } = sme24;
const rows = data.aware.length;
const designs = {
  strataFpc: surveyDesign({ rows, strata: data.size, fpc: data.Nh }),
  weightsOnly: surveyDesign({ rows, weights: sme24.designWeights }),
  strataNoFpc: surveyDesign({ rows, strata: data.size, weights: sme24.designWeights }),
};
const srsRows = 107;
const srsAware = Array.from({ length: srsRows }, (_, i) => (i < 40 ? 1 : 0));
const srsDesigns = {
  plain: surveyDesign({ rows: srsRows }),
  fpc: surveyDesign({ rows: srsRows, fpc: new Float64Array(srsRows).fill(1103) }),
};
const methods = ["mean", "beta", "logit", "xlogit", "asin", "wilson"] as const;

function checkIntervals(
  design: SurveyDesign,
  y: ArrayLike<number>,
  want: IntervalsFixture,
  domain?: Uint8Array,
) {
  const mean = designMean(design, y, domain);
  expectClose(mean.mean, want.proportion);
  expectClose(mean.se, want.se);
  expect(mean.degreesOfFreedom).toBe(want.degf);
  expect(mean.designRows).toBe(want.rows);
  expectClose((mean.mean * (1 - mean.mean)) / mean.variance, want.nEffective);
  for (const method of methods) {
    const interval = surveyProportionInterval(
      {
        proportion: mean.mean,
        variance: mean.variance,
        degreesOfFreedom: mean.degreesOfFreedom,
        designRows: mean.designRows,
      },
      method,
      want.level,
    );
    expectAllClose([interval.lower, interval.upper], want.intervals[method]!);
  }
}

describe("svydesign(ids = ~1, strata = ~size, fpc = ~Nh) on the 24 SMEs", () => {
  const design = designs.strataFpc;
  it("derives the design weights N_h / n_h and degf = n - H = 21", () => {
    expectAllClose(design.weights, sme24.designWeights);
    expect(designMean(design, data.aware).degreesOfFreedom).toBe(21);
  });
  it("matches svymean(~aware, deff = TRUE) and deff = 'replace'", () => {
    const mean = designMean(design, data.aware);
    expectClose(mean.deff, sme24.strataFpc.deff);
    expectClose(mean.deffReplace, sme24.strataFpc.deffReplace);
  });
  it("matches every svyciprop method at 95 % (wilson: the survey 4.5 formula)", () => {
    checkIntervals(design, data.aware, sme24.strataFpc);
  });
  it("matches svyciprop at level 0.9", () => {
    checkIntervals(design, data.aware, {
      ...sme24.strataFpc,
      level: 0.9,
      intervals: sme24.strataFpc.level90,
    });
  });
  it("has Kish n_eff = 14.43521 and deff_w = 1.662602 from the weights", () => {
    const kish = kishEffectiveSize(design.weights);
    expectClose(kish.nEffective, sme24.strataFpc.kish.nEffective);
    expectClose(kish.deff, sme24.strataFpc.kish.deff);
  });
});

describe("domains and factors", () => {
  for (const name of ["strataFpc", "weightsOnly"] as const) {
    it(`${name}: svyciprop on subset(design, sector == s) is the domain estimate`, () => {
      for (const sector of ["aero", "auto"] as const) {
        const domain = Uint8Array.from(data.sector, (s) => (s === sector ? 1 : 0));
        checkIntervals(designs[name], data.aware, sme24[name].bySector[sector], domain);
      }
    });
  }
  for (const name of ["strataFpc", "weightsOnly", "strataNoFpc"] as const) {
    it(`${name}: estimateProportions matches svymean(~factor(aware)) with its deff`, () => {
      const estimates = estimateProportions({
        design: designs[name],
        values: data.aware.map(String),
        method: "beta",
      });
      const want = sme24[name].factor;
      expect(estimates.map((e) => e.category)).toEqual(want.categories);
      expectAllClose(
        estimates.map((e) => e.proportion),
        want.proportion,
      );
      expectAllClose(
        estimates.map((e) => e.se),
        want.se,
      );
      expectAllClose(
        estimates.map((e) => e.deff),
        want.deff,
      );
      expectAllClose([estimates[1]!.lower, estimates[1]!.upper], sme24[name].intervals.beta!);
    });
  }
  it("estimateProportions by sector equals svyby(..., svyciprop, method = 'logit')", () => {
    const estimates = estimateProportions({
      design: designs.strataFpc,
      values: data.aware.map(String),
      by: data.sector,
      method: "logit",
    });
    const aware = estimates.filter((e) => e.category === "1");
    expect(aware.map((e) => [e.by, e.n])).toEqual([
      ["aero", 11],
      ["auto", 13],
    ]);
    for (const e of aware) {
      const want = sme24.strataFpc.bySector[e.by as "aero" | "auto"];
      expectClose(e.proportion, want.proportion);
      expectAllClose([e.lower, e.upper], want.intervals.logit!);
      expectClose(e.nEffective, want.nEffective);
      expect(e.degreesOfFreedom).toBe(want.degf);
    }
  });
  it("falls back to an unweighted Clopper-Pearson interval where a group has p = 0", () => {
    const values = data.aware.map(String);
    const by = data.size;
    const [none] = estimateProportions({ design: designs.strataFpc, values, by, method: "logit" }).filter(
      (e) => e.by === "medium" && e.category === "0",
    );
    // medium: 6 rows, all aware except one (aware = 0 on row 21); so take the category "0" there: 1 of 6.
    expect(none!.count).toBe(1);
    const zero = estimateProportions({
      design: designs.strataFpc,
      values,
      by,
      method: "logit",
      categories: ["2"],
    });
    expect(zero[0]!.intervalMethod).toBe("clopper-pearson-unweighted");
    expect(zero[0]!.lower).toBe(0);
    expectClose(zero[0]!.upper, 1 - 0.025 ** (1 / 6)); // qbeta(0.975, 1, 6) = 1 - 0.025^(1/6)
  });
});

describe("svydesign without fpc (with replacement)", () => {
  it("weights only: matches svyciprop", () =>
    checkIntervals(designs.weightsOnly, data.aware, sme24.weightsOnly));
  it("strata and weights: matches svyciprop", () =>
    checkIntervals(designs.strataNoFpc, data.aware, sme24.strataNoFpc));
});

describe("40 of 107 (survey-methods.md §3.3)", () => {
  it("ids = ~1: SE 0.046993 and the svyciprop intervals", () => {
    checkIntervals(srsDesigns.plain, srsAware, sme24.srs40.plain);
    expectClose(designMean(srsDesigns.plain, srsAware).se, 0.046993, 1e-5);
  });
  it("ids = ~1, fpc = ~N (N = 1,103): SE 0.044655 and the svyciprop intervals", () => {
    checkIntervals(srsDesigns.fpc, srsAware, sme24.srs40.fpc);
    expectClose(designMean(srsDesigns.fpc, srsAware).se, 0.044655, 1e-5);
  });
});
