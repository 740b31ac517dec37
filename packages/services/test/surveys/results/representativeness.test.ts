// The representativeness check against R 4.2.2's chisq.test (fixtures/representativeness.R made
// fixtures/representativeness.json); shares and response rates are hand-counted from the case below.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { businessPopulationMargins } from "../../../src/surveys/population/business-population-margins.ts";
import { representativeness } from "../../../src/surveys/results/representativeness.ts";

const reference = JSON.parse(
  readFileSync(new URL("./fixtures/representativeness.json", import.meta.url), "utf8"),
);

const bandOf = (i: number) => (i <= 10 ? "0-9" : i <= 16 ? "10-49" : "50-249");
/** Units u1..u20: micro 1-10, small 11-16, medium 17-20; odd rows in section C (25.62), even in M (71.12). */
const frame = Array.from({ length: 20 }, (_, k) => {
  const i = k + 1;
  return { id: `u${i}`, stratum: bandOf(i), sizeBand: bandOf(i), sicCode: i % 2 === 1 ? "25.62" : "71.12" };
});
const sampled = [1, 2, 3, 4, 5, 6, 11, 12, 13, 14, 17, 18, 19, 20];
const responded = new Set([1, 11, 12, 17, 18, 19]);
const cases = sampled.map((i) => ({ unitId: `u${i}`, stratum: bandOf(i), responded: responded.has(i) }));

describe("representativeness", () => {
  const check = representativeness({ frame, cases, margins: businessPopulationMargins({ year: 2022 }) });
  const [size, section] = check.variables;

  it("counts population, frame, sample and respondents by size band, with response rates", () => {
    expect(
      size!.levels.map((l) => [l.level, l.population, l.frame, l.sample, l.respondents, l.responseRate]),
    ).toEqual([
      ["micro", 106080 + 396350, 10, 6, 1, 1 / 6],
      ["small", 20585 + 23660, 6, 4, 2, 2 / 4],
      ["medium", 5795 + 3920, 4, 4, 3, 3 / 4],
    ]);
    const micro = size!.levels[0]!;
    expect(micro.populationShare).toBeCloseTo(502430 / 556390, 15);
    expect(micro.respondentShare).toBe(1 / 6);
    expect(micro.differenceFromPopulation).toBeCloseTo(1 / 6 - 502430 / 556390, 15);
    expect(micro.differenceFromFrame).toBeCloseTo(1 / 6 - 10 / 20, 15);
    expect(size!.outsideFrame).toEqual({
      levels: ["large"],
      population: 965 + 770,
      share: 1735 / (556390 + 1735),
    });
    expect(size!.unplaced).toEqual({ frame: 0, sample: 0, respondents: 0 });
  });

  it("gives R's chisq.test statistics and p-values", () => {
    for (const [got, want] of [
      [size!.responseRateTest, reference.size.responseRate],
      [size!.populationFitTest, reference.size.populationFit],
      [section!.responseRateTest, reference.section.responseRate],
      [section!.populationFitTest, reference.section.populationFit],
    ] as const) {
      expect(got!.statistic).toBeCloseTo(want.statistic, 10);
      expect(got!.degreesOfFreedom).toBe(want.df);
      expect(got!.pValue / want.p).toBeCloseTo(1, 9);
      expect(got!.smallExpected).toBe(true);
    }
  });

  it("says it in plain words", () => {
    expect(check.text).toEqual([
      "Medium firms answered more often than micro firms: 75% vs 17% (chi-square 3.45 on 2 df, p = 0.178; few cases, so treat the test as rough).",
      "By size band, respondents differ from Great Britain enterprises in the frame's scope (chi-square 88.47 on 2 df, p < 0.001): micro firms are 17% of respondents and 90% of enterprises.",
      "Firms in section C Manufacturing answered more often than firms in section M Professional, scientific and technical activities: 57% vs 29% (chi-square 1.17 on 1 df, p = 0.280; few cases, so treat the test as rough).",
      "By SIC section, respondents differ from Great Britain enterprises in the frame's scope (chi-square 6.08 on 1 df, p = 0.014): firms in section M Professional, scientific and technical activities are 33% of respondents and 76% of enterprises.",
    ]);
  });

  it("gives the response rate of every stratum", () => {
    expect(check.strata).toEqual([
      { stratum: "0-9", frame: 10, sample: 6, respondents: 1, responseRate: 1 / 6 },
      { stratum: "10-49", frame: 6, sample: 4, respondents: 2, responseRate: 0.5 },
      { stratum: "50-249", frame: 4, sample: 4, respondents: 3, responseRate: 0.75 },
    ]);
  });
});
