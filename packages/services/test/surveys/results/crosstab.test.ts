// estimateCrosstab against R `survey` 4.1.1 (R 4.2.2): fixtures/crosstab.json, made by
// fixtures/crosstab.R (the 24-SME stratified design of survey-methods.md §4.5 with fpc = N_h, a
// 3-category question with one missing answer, by sector): svyciprop "wilson" per group and
// category, Kish n_eff per group, svychisq "F" and "Chisq". The sentences are checked by hand.
import { readFileSync } from "node:fs";
import { surveyDesign } from "@smartspec/domain";
import { describe, expect, it } from "vitest";
import {
  type CrosstabVariable,
  crosstabSentence,
  estimateCrosstab,
  formatPValue,
} from "../../../src/surveys/results/crosstab-estimate.ts";
import { frameVariable, questionVariable } from "../../../src/surveys/results/crosstab-variables.ts";

interface Fixture {
  data: { size: string[]; sector: string[]; interest: string[]; Nh: number[] };
  groups: {
    group: string;
    n: number;
    nEffective: number;
    categories: { category: string; proportion: number; se: number; low: number; high: number }[];
  }[];
  test: { chisq: number; pChisq: number; f: number; ndf: number; ddf: number; pF: number };
}
const fixture: Fixture = JSON.parse(readFileSync(new URL("fixtures/crosstab.json", import.meta.url), "utf8"));
const tolerance = 1e-9;
const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThan(tolerance);

const design = surveyDesign({ rows: 24, strata: fixture.data.size, fpc: fixture.data.Nh });
const interest: CrosstabVariable = {
  kind: "question",
  name: "interest",
  title: "Interest",
  levels: [
    { value: "high", label: "High" },
    { value: "some", label: "Some" },
    { value: "low", label: "Low" },
  ],
  values: fixture.data.interest.map((v) => (v === "" ? null : v)),
};
const sector: CrosstabVariable = {
  kind: "frame",
  name: "sector",
  title: "sector",
  levels: [
    { value: "aero", label: "Aerospace" },
    { value: "auto", label: "Automotive" },
  ],
  values: fixture.data.sector,
};

describe("estimateCrosstab", () => {
  const result = estimateCrosstab(design, interest, sector);

  it("matches svyby(svyciprop, wilson) per sector and category, with n and Kish n_eff", () => {
    expect(result.groups.map((g) => [g.value, g.label, g.n])).toEqual([
      ["aero", "Aerospace", 11],
      ["auto", "Automotive", 12],
    ]);
    fixture.groups.forEach((expected, g) => {
      const group = result.groups[g]!;
      close(group.nEffective, expected.nEffective);
      expect(group.categories.map((c) => c.value)).toEqual(["high", "some", "low"]);
      expected.categories.forEach((e, k) => {
        const actual = group.categories[k]!;
        close(actual.proportion, e.proportion);
        close(actual.se, e.se);
        close(actual.low, e.low);
        close(actual.high, e.high);
      });
    });
  });

  it("matches svychisq(~interest + sector) F and Chisq on the answered rows", () => {
    const test = result.test!;
    close(test.f, fixture.test.f);
    close(test.ndf, fixture.test.ndf);
    close(test.ddf, fixture.test.ddf);
    close(test.pF, fixture.test.pF);
    close(test.chisq, fixture.test.chisq);
    close(test.pChisq, fixture.test.pChisq);
  });

  it("says what the test shows in one sentence", () => {
    expect(result.sentence).toBe(
      'No clear difference in answers to "Interest" by sector: F = 1.69 on 1.73 and 34.6 df, p = 0.201 (Rao-Scott).',
    );
    const strong = { f: 9.5, ndf: 2, ddf: 40, pF: 0.0004, chisq: 19, pChisq: 0.0001, meanDeff: 1 };
    expect(crosstabSentence("Awareness", "size band", strong)).toBe(
      'Answers to "Awareness" differ by size band: F = 9.5 on 2 and 40 df, p < 0.001 (Rao-Scott).',
    );
    expect(formatPValue(0.04999)).toBe("p = 0.050");
  });

  it("gives no test, with the reason, when the grouping has one level", () => {
    const one = estimateCrosstab(design, interest, { ...sector, values: sector.values.map(() => "aero") });
    expect(one.test).toBeNull();
    expect(one.sentence).toBe(
      "The Rao-Scott test cannot be made: the table needs at least two levels each way (has 3 x 1).",
    );
    expect(one.groups.map((g) => g.n)).toEqual([23, 0]);
    expect(one.groups[1]!.categories).toEqual([]);
  });

  it("has no groups without a design", () => {
    expect(estimateCrosstab(null, interest, sector)).toEqual({
      categories: interest.levels,
      groups: [],
      test: null,
      sentence: "There are no responses to compare.",
    });
  });
});

describe("cross-tab variables", () => {
  it("takes a Likert item's scale points, leaving out don't know", () => {
    const variable = questionVariable(
      {
        type: "likert",
        name: "useful",
        title: "Useful?",
        required: false,
        scale: {
          points: [
            { value: 1, label: "Disagree" },
            { value: 2, label: "Agree" },
          ],
          nonSubstantive: [{ value: "dk", label: "Don't know" }],
        },
      } as never,
      [{ useful: 2 }, { useful: "dk" }, {}, { useful: "1" }],
    );
    expect(variable.levels).toEqual([
      { value: "1", label: "Disagree" },
      { value: "2", label: "Agree" },
    ]);
    expect(variable.values).toEqual(["2", null, null, "1"]);
  });

  it("reads frame variables of linked units, sorted, SIC codes at section level", () => {
    const units = [
      { sizeBand: "10-49", region: "Wales", sicCode: "29100", stratum: "b" },
      null,
      { sizeBand: " 0-9 ", region: "", sicCode: "62012", stratum: "a" },
    ];
    expect(frameVariable("size_band", units).values).toEqual(["10-49", null, "0-9"]);
    expect(frameVariable("size_band", units).levels.map((l) => l.value)).toEqual(["0-9", "10-49"]);
    expect(frameVariable("region", units).values).toEqual(["Wales", null, null]);
    expect(frameVariable("sic_section", units)).toEqual({
      kind: "frame",
      name: "sic_section",
      title: "SIC section",
      levels: [
        { value: "C", label: "C" },
        { value: "J", label: "J" },
      ],
      values: ["C", null, "J"],
    });
  });
});
