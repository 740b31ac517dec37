// Likert summaries, multiple-response bases and Cohen's kappa: the OSPO Survey 2022 extract
// against R survey 4.1.1 (fixtures/ospo.json), hand-computed layouts, and the κ worked example of
// survey-methods.md §9.
import { describe, expect, it } from "vitest";
import {
  cohenKappa,
  divergingSegments,
  likertSummary,
  multipleResponseSummary,
  raoScottTest,
  surveyDesign,
} from "../../src/survey/index.ts";
import { ospo, ospoData, ospoDesign } from "./ospo-fixture.ts";
import { expectAllClose, expectClose } from "./sme24-fixture.ts";

describe("likertSummary on OSPO Q4_1 (1 Never - 4 Frequently; 'Don't know' left out)", () => {
  const summary = likertSummary({
    design: ospoDesign,
    values: ospoData.q4,
    scale: ["1", "2", "3", "4"],
    method: "logit",
  });
  it("top-2 box (3 + 4) is svyciprop(~top2, subset(des, !is.na(q4)), 'logit')", () => {
    expectClose(summary.topBox.proportion, ospo.top2.proportion);
    expectAllClose([summary.topBox.lower, summary.topBox.upper], ospo.top2.logit);
    expect(summary.n).toBe(623 - 43);
  });
  it("the distribution adds up, bottom box = 1 - top box, and the median is the 50 % category", () => {
    expectClose(
      summary.distribution.reduce((s, d) => s + d.proportion, 0),
      1,
    );
    expectClose(summary.bottomBox.proportion, 1 - ospo.top2.proportion);
    const shares = summary.distribution.map((d) => d.proportion);
    const index = ["1", "2", "3", "4"].indexOf(summary.median);
    expect(shares.slice(0, index + 1).reduce((s, p) => s + p, 0)).toBeGreaterThanOrEqual(0.5);
    expect(shares.slice(0, index).reduce((s, p) => s + p, 0)).toBeLessThan(0.5);
  });
  it("answer x size band: the Rao-Scott F of svychisq(~q4 + size)", () => {
    const test = raoScottTest(ospoDesign, ospoData.q4, ospoData.size);
    expectClose(test.f, ospo.likertBySize.f);
    expectClose(test.ndf, ospo.likertBySize.ndf);
    expectClose(test.ddf, ospo.likertBySize.ddf);
    expectClose(test.pF, ospo.likertBySize.pF, 1e-8);
  });
  it("size x region: svychisq on the raked weights", () => {
    const test = raoScottTest(ospoDesign, ospoData.size, ospoData.region);
    expectClose(test.chisq, ospo.raoScottSizeByRegion.chisq);
    expectClose(test.f, ospo.raoScottSizeByRegion.f);
    expectClose(test.pF, ospo.raoScottSizeByRegion.pF);
  });
  it("counts non-substantive answers apart, outside the base", () => {
    const values = ["1", "2", "dk", "3", null, "dk"];
    const design = surveyDesign({ rows: 6, weights: [1, 1, 2, 1, 1, 1] });
    const result = likertSummary({
      design,
      values,
      scale: ["1", "2", "3"],
      nonSubstantive: ["dk"],
      box: 1,
      method: "mean",
    });
    expect(result.n).toBe(3);
    expect(result.nonSubstantive).toEqual([{ code: "dk", count: 2, share: 3 / 6 }]);
    expect(result.topBox.proportion).toBe(1 / 3);
  });
});

describe("divergingSegments (Heiberger & Robbins 2014)", () => {
  it("splits the neutral category of an odd scale across zero", () => {
    const segments = divergingSegments(["1", "2", "3", "4", "5"], [0.1, 0.2, 0.3, 0.25, 0.15]);
    expect(segments.map((s) => [s.category, +s.start.toFixed(12), +s.end.toFixed(12)])).toEqual([
      ["1", -0.45, -0.35],
      ["2", -0.35, -0.15],
      ["3", -0.15, 0.15],
      ["4", 0.15, 0.4],
      ["5", 0.4, 0.55],
    ]);
  });
  it("centres an even scale between the two middle categories", () => {
    const segments = divergingSegments(["1", "2", "3", "4"], [0.1, 0.3, 0.4, 0.2]);
    expect(segments.map((s) => [+s.start.toFixed(12) + 0, +s.end.toFixed(12) + 0])).toEqual([
      [-0.4, -0.3],
      [-0.3, 0],
      [0, 0.4],
      [0.4, 0.6],
    ]);
  });
});

describe("multipleResponseSummary on OSPO Q1 (open source journey, select all)", () => {
  const summary = multipleResponseSummary({
    design: ospoDesign,
    options: ospoData.ticks.map((ticked, k) => ({ name: `q1_${k + 1}`, ticked })),
    method: "logit",
  });
  it("% of respondents per option is svyciprop on the answered rows", () => {
    expect(summary.respondents).toBe(ospo.multipleResponse.respondents);
    summary.options.forEach((option, k) => {
      const want = ospo.multipleResponse.options[k]!;
      expect(option.name).toBe(want.option);
      expectClose(option.proportion, want.proportion);
      expectClose(option.se, want.se);
      expectAllClose([option.lower, option.upper], want.logit);
    });
  });
  it("% of mentions uses all ticks as the base and sums to 1, unlike % of respondents", () => {
    expectAllClose(
      summary.options.map((o) => o.mentionShare),
      ospo.multipleResponse.mentionShare,
    );
    expect(summary.options.reduce((s, o) => s + o.proportion, 0)).toBeGreaterThan(1);
  });
  it("leaves rows that ticked nothing out of the respondent base", () => {
    const design = surveyDesign({ rows: 4 });
    const result = multipleResponseSummary({
      design,
      options: [
        { name: "a", ticked: [1, 1, 0, 0] },
        { name: "b", ticked: [1, 0, 0, 0] },
      ],
      method: "mean",
    });
    expect(result.respondents).toBe(2);
    expect(result.options.map((o) => [o.proportion, o.mentionShare])).toEqual([
      [1, 2 / 3],
      [0.5, 1 / 3],
    ]);
  });
});

describe("cohenKappa (survey-methods.md §9 worked example)", () => {
  const coder1 = "A A B B C A B C A B".split(" ");
  const coder2 = "A B B B C A B C C B".split(" ");
  it("p_o = 0.8, p_e = 0.34, κ = 0.46 / 0.66 = 0.696970", () => {
    const result = cohenKappa(coder1, coder2);
    expect(result.n).toBe(10);
    expectClose(result.observedAgreement, 0.8);
    expectClose(result.expectedAgreement, 0.34);
    expectClose(result.kappa, 0.46 / 0.66);
  });
  it("leaves out segments one coder did not code", () => {
    const result = cohenKappa([...coder1, "A"], [...coder2, null]);
    expect(result.n).toBe(10);
    expectClose(result.kappa, 0.46 / 0.66);
  });
  it("weights of 1 change nothing; doubling a segment's weight counts it twice", () => {
    expectClose(cohenKappa(coder1, coder2, new Float64Array(10).fill(1)).kappa, 0.46 / 0.66);
    const doubled = cohenKappa(coder1, coder2, [2, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expectClose(doubled.kappa, cohenKappa(["A", ...coder1], ["A", ...coder2]).kappa);
  });
});
