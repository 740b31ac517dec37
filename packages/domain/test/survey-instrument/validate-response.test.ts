import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { validateResponse } from "../../src/index.ts";
import { smeSurvey } from "./sme-survey.ts";

const instrument = smeSurvey();

/** A complete answer from a micro manufacturer in variant A who knows the facility. */
const complete = {
  size_band: "micro",
  sector: "other",
  "sector-Comment": "  Aerospace tooling ",
  employees: "7",
  global_link: "yes",
  global_name: " Airbus ",
  aware: 4,
  benefits: ["funding", "new_tech"],
  barriers: ["time", "cost", "distance"],
  expectations: { productivity: 5, exports: "2", innovation: "na" },
  value_a: 8,
  comments: "More open days",
};

const problems = (answers: unknown, options = {}) => {
  const result = validateResponse(instrument, answers, options);
  return result.ok ? [] : result.problems.map((p) => `${p.code} ${p.message}`);
};

describe("validateResponse", () => {
  it("normalises a complete response: trimmed texts, numbers, choices in question order", () => {
    expect(validateResponse(instrument, complete, { variant: "A" })).toEqual({
      ok: true,
      answers: {
        size_band: "micro",
        sector: "other",
        "sector-Comment": "Aerospace tooling",
        employees: 7,
        global_link: "yes",
        global_name: "Airbus",
        aware: 4,
        benefits: ["new_tech", "funding"],
        barriers: ["time", "cost", "distance"],
        expectations: { productivity: 5, exports: 2, innovation: "na" },
        value_a: 8,
        comments: "More open days",
      },
    });
  });

  it("drops answers to hidden questions: by visibleIf, by page and by split-ballot variant", () => {
    const result = validateResponse(
      instrument,
      { ...complete, size_band: "large", global_link: "no", value_b: 3 },
      { variant: "A" },
    );
    expect(result.ok && Object.keys(result.answers)).toEqual([
      "size_band",
      "sector",
      "sector-Comment",
      "global_link",
      "aware",
      "benefits",
      "barriers",
      "expectations",
      "value_a",
      "comments",
    ]);
    const unaware = validateResponse(instrument, { ...complete, aware: 1 }, { variant: "B" });
    expect(unaware.ok && Object.keys(unaware.answers)).toEqual([
      "size_band",
      "sector",
      "sector-Comment",
      "employees",
      "global_link",
      "global_name",
      "aware",
    ]);
  });

  it("requires visible required questions only, and all rows of a required matrix", () => {
    expect(
      problems({ size_band: "large", sector: "services", global_link: "no", aware: "dont_know" }),
    ).toEqual([]);
    expect(
      problems({
        size_band: "large",
        sector: "services",
        global_link: "no",
        aware: 3,
        expectations: { exports: 4 },
      }),
    ).toEqual(["required benefits: an answer is required", "required expectations: an answer is required"]);
    expect(problems({}, { complete: false })).toEqual([]);
    expect(problems({})).toEqual([
      "required size_band: an answer is required",
      "required sector: an answer is required",
      "required global_link: an answer is required",
      "required aware: an answer is required",
    ]);
  });

  it("checks choice values, exclusive none, other text and rankings", () => {
    const base = {
      size_band: "large",
      sector: "services",
      global_link: "no",
      aware: 3,
      expectations: { productivity: 1, exports: 1, innovation: 1 },
    };
    expect(
      problems({
        ...base,
        size_band: "tiny",
        benefits: ["none", "funding"],
        barriers: ["cost", "cost", "time"],
      }),
    ).toEqual([
      'unknown-choice size_band: "tiny" is not one of micro, small, medium, large',
      'exclusive-choice benefits: "none" cannot be chosen together with other options',
      'duplicate-choice barriers: "cost" is chosen twice',
    ]);
    expect(problems({ ...base, benefits: ["other"], barriers: ["cost", "time"] })).toEqual([
      'other-text-missing benefits: "other" is chosen, so benefits-Comment must say what',
      "not-a-permutation barriers: the ranking must order all 3 options, each once",
    ]);
    expect(problems({ ...base, benefits: "funding", expectations: { productivity: 6, sales: 1 } })).toEqual([
      'wrong-type benefits: expected a list of choice values, got "funding"',
      'unknown-row expectations: row "sales" is not one of productivity, exports, innovation',
    ]);
    expect(problems({ ...base, benefits: ["none"], expectations: { productivity: 6 } })).toEqual([
      "unknown-choice expectations.productivity: 6 is not one of 1, 2, 3, 4, 5, na",
    ]);
  });

  it("checks numbers, ratings and text length", () => {
    const base = { size_band: "small", sector: "services", global_link: "yes", aware: 1 };
    expect(problems({ ...base, employees: 7.5, global_name: "x".repeat(201) })).toEqual([
      "not-an-integer employees: 7.5 is not a whole number",
      "too-long global_name: the text has 201 characters; at most 200 are allowed",
    ]);
    expect(problems({ ...base, employees: 250 })).toEqual([
      "out-of-range employees: 250 is more than the maximum 249",
    ]);
    expect(problems({ ...base, employees: -1 })).toEqual([
      "out-of-range employees: -1 is less than the minimum 0",
    ]);
    expect(problems({ ...base, employees: "seven" })).toEqual([
      'wrong-type employees: expected a number, got "seven"',
    ]);
    expect(
      problems(
        {
          ...base,
          aware: 2,
          benefits: ["none"],
          expectations: { productivity: 1, exports: 1, innovation: 1 },
          value_b: 11,
        },
        { variant: "B" },
      ),
    ).toEqual(["out-of-range value_b: 11 is more than the maximum 10"]);
  });

  it("refuses unknown keys, unknown variants and answers that are not an object", () => {
    expect(problems({ size_band: "micro", hacker: 1 }, { complete: false, variant: "C" })).toEqual([
      'unknown-variant variant "C" is not one of A, B',
      "unknown-question hacker: there is no such question",
    ]);
    expect(problems([1, 2])).toEqual([
      "not-an-object the answers must be an object keyed by question name, not [1,2]",
    ]);
    expect(problems(null)).toEqual([
      "not-an-object the answers must be an object keyed by question name, not null",
    ]);
  });

  it("does not require a disabled question", () => {
    const base = {
      size_band: "large",
      sector: "services",
      global_link: "no",
      aware: 3,
      expectations: { productivity: 1, exports: 1, innovation: 1 },
    };
    expect(problems({ ...base, benefits: ["none"], comments: "kept" })).toEqual([]);
  });
});

describe("validateResponse on arbitrary JSON (fast-check, seed 42)", () => {
  const names = [
    "size_band",
    "sector",
    "sector-Comment",
    "employees",
    "global_link",
    "global_name",
    "aware",
    "benefits",
    "barriers",
    "expectations",
    "value_a",
    "value_b",
    "comments",
    "__proto__",
    "constructor",
  ];
  const answers = fc.oneof(
    fc.jsonValue(),
    fc.dictionary(fc.constantFrom(...names), fc.jsonValue()),
    fc.dictionary(
      fc.constantFrom(...names),
      fc.oneof(
        fc.constantFrom("micro", "other", "none", "na", 3, "3", 1e308, -0),
        fc.array(fc.constantFrom("funding", "none", "cost", "time", "distance", "other")),
        fc.dictionary(fc.constantFrom("productivity", "exports", "innovation", "__proto__"), fc.jsonValue()),
      ),
    ),
  );

  test.prop([answers, fc.constantFrom(undefined, "A", "B", "Z"), fc.boolean()], { seed: 42, numRuns: 2000 })(
    "never throws and returns either answers or problems",
    (value, variant, complete) => {
      const result = validateResponse(instrument, value, { variant, complete });
      expect(result.ok ? typeof result.answers : result.problems.length > 0).toBe(
        result.ok ? "object" : true,
      );
    },
  );
});
