// estimateSurveyResults against R `survey` 4.1.1 (R 4.2.2): the 24-SME fixture of survey-methods.md
// §4.5 (packages/domain/test/survey/fixtures/sme24.json, made by sme24.R there) and the
// four-respondent case of survey-results.R in this folder (its printed values are copied below).
import { readFileSync } from "node:fs";
import { aaporRates, type Instrument, validateInstrument } from "@smartspec/domain";
import { describe, expect, it } from "vitest";
import { estimateSurveyResults } from "../../../src/surveys/results/estimate-survey-results.ts";

function instrument(json: unknown): Instrument {
  const result = validateInstrument(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.instrument;
}

const awareness = instrument({
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
        {
          type: "multiple-choice",
          name: "benefits",
          title: "Benefits?",
          choices: [
            { value: "skills", label: "Skills" },
            { value: "equipment", label: "Equipment" },
          ],
        },
        { type: "text", name: "comment", title: "Anything else?" },
      ],
    },
  ],
});

const counts = (I: number, UO: number) => ({ I, P: 0, R: 0, NC: 0, O: 0, UH: 0, UO, NE: 0 });

describe("estimateSurveyResults", () => {
  it("matches svyciprop (wilson) for the 24-SME stratified fixture with fpc = N_h (methods doc §4.5)", () => {
    const fixture = JSON.parse(
      readFileSync(new URL("../../../../domain/test/survey/fixtures/sme24.json", import.meta.url), "utf8"),
    );
    const sizes = fixture.data.size as string[];
    const results = estimateSurveyResults({
      instrument: awareness,
      answers: (fixture.data.aware as number[]).map((a) => ({ aware: String(a) })),
      plan: {
        strata: sizes,
        populations: new Map([
          ["micro", 900],
          ["small", 150],
          ["medium", 53],
        ]),
      },
      excluded: 0,
      rates: aaporRates(counts(24, 1079)),
    });
    const yes = results.questions[0]!.categories[0]!;
    const reference = fixture.strataFpc;
    expect(yes.proportion).toBeCloseTo(reference.proportion, 12);
    expect(yes.se).toBeCloseTo(reference.se, 12);
    expect(yes.low).toBeCloseTo(reference.intervals.wilson[0], 9);
    expect(yes.high).toBeCloseTo(reference.intervals.wilson[1], 9);
    expect(results.weighting.kind).toBe("design");
    expect(results.responseRate).toEqual({ RR1: 24 / 1103, e: 1, eBasis: "proportional", low: true });
  });

  it("weights N_h / r_h with fpc and gives the R values of survey-results.R", () => {
    const results = estimateSurveyResults({
      instrument: awareness,
      answers: [
        { aware: "1", benefits: ["skills"] },
        { aware: "0", benefits: ["skills", "equipment"] },
        { aware: "1", benefits: ["equipment"], comment: "More training" },
        { aware: "1" },
      ],
      plan: {
        strata: ["0-9", "0-9", "10-49", "10-49"],
        populations: new Map([
          ["0-9", 4],
          ["10-49", 4],
        ]),
      },
      excluded: 0,
      rates: aaporRates(counts(4, 2)),
    });
    const [aware, benefits, comment] = results.questions;
    const close = (got: { proportion: number; se: number; low: number; high: number }, want: number[]) => {
      expect(got.proportion).toBeCloseTo(want[0]!, 12);
      expect(got.se).toBeCloseTo(want[1]!, 12);
      expect(got.low).toBeCloseTo(want[2]!, 9);
      expect(got.high).toBeCloseTo(want[3]!, 9);
    };
    expect(aware!.n).toBe(4);
    close(aware!.categories[0]!, [0.75, 0.176776695296637, 0.14017710970504, 0.982207827533454]);
    close(aware!.categories[1]!, [0.25, 0.1767766952966369, 0.0177921724665457, 0.8598228902949604]);
    expect(benefits!.n).toBe(3);
    close(benefits!.categories[0]!, [2 / 3, 0.1571348402636772, 0.0236094814558871, 0.9939912317083626]);
    close(benefits!.categories[1]!, [2 / 3, 0.24845199749997662, 0.00971795379416263, 0.99755267430292682]);
    // Mentions: skills 2 + equipment 2 ticks, each of weight 2 (hand-worked).
    expect(benefits!.multiple).toEqual({
      weightedMentions: 8,
      mentionShares: [
        { value: "skills", share: 0.5 },
        { value: "equipment", share: 0.5 },
      ],
    });
    expect(comment).toEqual({
      name: "comment",
      title: "Anything else?",
      type: "text",
      n: 1,
      estimated: false,
      categories: [],
    });
    expect(results.weighting.description).toBe(
      "Design weights by stratum (0-9, 10-49): each response weighs N_h / r_h (frame units over responses in its stratum), with the finite-population correction.",
    );
    expect(results.caveat).toBeNull();
    expect(results.responseRate.RR1).toBeCloseTo(4 / 6, 15);
  });

  it("falls back to equal weights, saying why, when responses cannot be placed in strata", () => {
    const results = estimateSurveyResults({
      instrument: awareness,
      answers: [{ aware: "1" }, { aware: "0" }, { aware: "1" }, { aware: "1" }],
      plan: {
        strata: [null, null, null, null],
        populations: new Map([
          ["0-9", 4],
          ["10-49", 4],
        ]),
        unplacedReason: "Anonymous survey: responses cannot be placed in their sample strata.",
      },
      excluded: 0,
      rates: aaporRates(counts(4, 36)),
    });
    expect(results.weighting).toEqual({
      kind: "none",
      description:
        "Anonymous survey: responses cannot be placed in their sample strata. Every response counts equally (no weights, no finite-population correction).",
    });
    // Unweighted, with replacement: p = 3/4, var = p(1-p)/(n-1) = 0.0625 (hand-worked).
    const yes = results.questions[0]!.categories[0]!;
    expect(yes.proportion).toBe(0.75);
    expect(yes.se).toBeCloseTo(0.25, 15);
    expect(results.caveat).toBe(
      "The response rate (AAPOR RR1) is 10.0%. The intervals cover sampling error only; at a rate this low, nonresponse bias may be larger, so compare respondents with the frame before relying on these figures.",
    );
  });

  it("reports no estimates without responses", () => {
    const results = estimateSurveyResults({
      instrument: awareness,
      answers: [],
      plan: { strata: [], populations: null },
      excluded: 2,
      rates: aaporRates(counts(0, 0)),
    });
    expect(results.responses).toBe(0);
    expect(results.excluded).toBe(2);
    expect(results.questions.map((q) => [q.name, q.n, q.categories.length])).toEqual([
      ["aware", 0, 0],
      ["benefits", 0, 0],
      ["comment", 0, 0],
    ]);
    expect(results.responseRate).toEqual({ RR1: null, e: null, eBasis: "proportional", low: false });
  });
});
