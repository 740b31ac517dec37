// Weighting results to official business counts (calibrate-results-design.ts through
// estimateSurveyResults) against R `survey` 4.1.1 on R 4.2.2: fixtures/weighting-to-business-counts.R
// made fixtures/weighting-to-business-counts.json (postStratify and rake on 14 respondents in three
// size strata). The margins come from the bundled 2022 counts, whose numbers the R script states.
import { readFileSync } from "node:fs";
import { aaporRates, type Instrument, validateInstrument } from "@smartspec/domain";
import { describe, expect, it } from "vitest";
import { businessPopulationMargins } from "../../../src/surveys/population/business-population-margins.ts";
import { estimateSurveyResults } from "../../../src/surveys/results/estimate-survey-results.ts";
import type { UnitFacts, WeightingChoice } from "../../../src/surveys/results/weighting-choice.ts";

const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/weighting-to-business-counts.json", import.meta.url), "utf8"),
);

const validated = validateInstrument({
  settings: { title: "Awareness" },
  pages: [
    {
      name: "p1",
      elements: [
        {
          type: "single-choice",
          name: "aware",
          title: "Aware?",
          required: true,
          choices: [
            { value: "1", label: "Yes" },
            { value: "0", label: "No" },
          ],
        },
      ],
    },
  ],
});
if (!validated.ok) throw new Error(JSON.stringify(validated.problems));
const instrument: Instrument = validated.instrument;

const strata = fixture.data.h as string[];
const sicOf: Record<string, string> = { C: "30.30", M: "7112" };
const respondents: UnitFacts[] = strata.map((h, i) => ({
  sizeBand: h,
  sicCode: sicOf[fixture.data.section[i] as string]!,
}));
/** The frame: the respondents, 91 non-respondents in the same bands and sections, 5 large firms. */
const frame: UnitFacts[] = [
  ...respondents,
  ...Array.from({ length: 91 }, (_, i) => ({ sizeBand: ["0-9", "10-49", "50-249"][i % 3]!, sicCode: "25" })),
  ...Array.from({ length: 5 }, () => ({ sizeBand: "250+", sicCode: "29100" })),
];

function results(choice: WeightingChoice, people: readonly (UnitFacts | null)[] = respondents) {
  return estimateSurveyResults({
    instrument,
    answers: (fixture.data.aware as number[]).map((a) => ({ aware: String(a) })),
    plan: {
      strata,
      populations: new Map([
        ["0-9", 60],
        ["10-49", 30],
        ["50-249", 15],
        ["250+", 5],
      ]),
    },
    excluded: 0,
    rates: aaporRates({ I: 14, P: 0, R: 0, NC: 0, O: 0, UH: 0, UO: 96, NE: 0 }),
    weightingRequest: {
      choice,
      respondents: people,
      frame,
      margins: businessPopulationMargins({ year: 2022 }),
    },
  });
}

interface ReferenceProportion {
  readonly proportion: number;
  readonly se: number;
  readonly low: number;
  readonly high: number;
}
interface Reference {
  readonly aware: ReferenceProportion;
  readonly unaware: ReferenceProportion;
  readonly kish: { readonly n: number; readonly effectiveSampleSize: number; readonly designEffect: number };
}

function expectMatches(got: ReturnType<typeof results>, reference: Reference) {
  const [yes, no] = got.questions[0]!.categories;
  for (const [category, ref] of [
    [yes!, reference.aware],
    [no!, reference.unaware],
  ] as const) {
    expect(category.proportion).toBeCloseTo(ref.proportion, 12);
    expect(category.se).toBeCloseTo(ref.se, 12);
    expect(category.low).toBeCloseTo(ref.low, 9);
    expect(category.high).toBeCloseTo(ref.high, 9);
  }
  const kish = got.weights!.kish!;
  expect(kish.n).toBe(reference.kish.n);
  expect(kish.effectiveSampleSize).toBeCloseTo(reference.kish.effectiveSampleSize, 10);
  expect(kish.designEffect).toBeCloseTo(reference.kish.designEffect, 12);
}

const largeProblem =
  "No respondent is in size band large (250+): its 5 frame units and its population are left out of the weighted population.";

describe("weighting results to GB business counts (R survey 4.1.1)", () => {
  it("keeps design weights by default and reports Kish n_eff and deff for them", () => {
    const got = results("design");
    expectMatches(got, fixture.design);
    expect(got.weights).toMatchObject({
      requested: "design",
      applied: "design",
      problems: [],
      population: null,
    });
  });

  it("post-stratifies to size bands like postStratify(des, ~size, pop.size)", () => {
    const got = results("post-stratify:size");
    expectMatches(got, fixture.postStratifySize);
    expect(got.weights!.applied).toBe("post-stratify:size");
    expect(got.weights!.problems).toEqual([largeProblem]);
    expect(got.weights!.population!.margins).toEqual([
      {
        variable: "size",
        levels: [
          {
            level: "micro",
            label: "micro (0-9)",
            population: 502430,
            respondents: 6,
            weightedTotal: expect.any(Number),
          },
          {
            level: "small",
            label: "small (10-49)",
            population: 44245,
            respondents: 5,
            weightedTotal: expect.any(Number),
          },
          {
            level: "medium",
            label: "medium (50-249)",
            population: 9715,
            respondents: 3,
            weightedTotal: expect.any(Number),
          },
        ],
      },
    ]);
    for (const level of got.weights!.population!.margins[0]!.levels)
      expect(level.weightedTotal).toBeCloseTo(level.population, 6);
    expect(got.weighting.description).toBe(
      "Design weights by stratum (0-9, 10-49, 50-249, 250+): each response weighs N_h / r_h (frame units over responses in its stratum), with the finite-population correction. The weights are then post-stratified to enterprises in Great Britain (K03000001) by size band (ONS UK Business Counts, 2022), so the weighted respondents match the population's shares of each size band; the variance allows for this adjustment.",
    );
  });

  it("post-stratifies to SIC sections over every size band of the frame (large included)", () => {
    const got = results("post-stratify:section");
    expectMatches(got, fixture.postStratifySection);
    expect(got.weights!.problems).toEqual([]);
    expect(got.weights!.population!.margins[0]!.levels.map((l) => [l.label, l.population])).toEqual([
      ["C Manufacturing", fixture.populations.sectionAllSizes.C],
      ["M Professional, scientific and technical activities", fixture.populations.sectionAllSizes.M],
    ]);
  });

  it("rakes to size band and section like rake(des, list(~size, ~section), ...)", () => {
    const got = results("rake:size,section");
    expectMatches(got, fixture.rake);
    expect(got.weights!.rake!.converged).toBe(true);
    expect(got.weights!.problems).toEqual([largeProblem]);
    expect(got.weights!.population!.margins.map((m) => m.levels.map((l) => l.population))).toEqual([
      [502430, 44245, 9715],
      [132460, 423930],
    ]);
  });

  it("keeps the design weights, saying why, when responses are not linked to frame units", () => {
    const got = results(
      "rake:size,section",
      respondents.map((r, i) => (i === 0 ? null : r)),
    );
    expectMatches(got, fixture.design);
    expect(got.weights!.applied).toBe("design");
    expect(got.weights!.problems).toEqual([
      "Responses cannot be linked to their frame units (an anonymous survey, open-link answers or no sample), so their size band and SIC section are unknown: the design weights are kept.",
    ]);
  });

  it("names size-band labels it cannot read instead of failing", () => {
    const got = results(
      "post-stratify:size",
      respondents.map((r, i) => (i < 2 ? { ...r, sizeBand: "1-49" } : r)),
    );
    expect(got.weights!.applied).toBe("design");
    expect(got.weights!.problems).toEqual([
      'The size band of some respondents is not micro (0-9), small (10-49), medium (50-249) or large (250+): "1-49" (2). Give the mapping of these labels (sizeBands).',
      "The design weights are kept.",
    ]);
  });
});
