import { describe, expect, it } from "vitest";
import { instrumentQuestions, validateInstrument } from "../../src/index.ts";
import { smeSurvey, smeSurveyJson } from "./sme-survey.ts";

const page = (elements: unknown[], extra: Record<string, unknown> = {}) => ({
  name: "p1",
  elements,
  ...extra,
});
const survey = (pages: unknown[], settings: Record<string, unknown> = {}) => ({
  settings: { title: "T", ...settings },
  pages,
});
const problemsOf = (json: unknown) => {
  const result = validateInstrument(json);
  return result.ok ? [] : result.problems;
};

describe("validateInstrument", () => {
  it("accepts the SME survey and fills in the defaults", () => {
    const instrument = smeSurvey();
    expect(instrumentQuestions(instrument).map((q) => q.name)).toEqual([
      "size_band",
      "sector",
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
    ]);
    const size = instrument.pages[0]!.elements[1]!;
    expect(size).toEqual({
      type: "single-choice",
      name: "size_band",
      title: "How many people does your business employ?",
      required: true,
      display: "radio",
      choiceOrder: "fixed",
      pinSpecialLast: true,
      choices: smeSurveyJson.pages[0]!.elements[1]!.choices,
    });
    expect(instrument.pages[2]!.elements[5]).toMatchObject({
      enableIf: "{benefits} notempty and not ({benefits} contains 'none')",
    });
  });

  it("does not change its input", () => {
    const before = JSON.stringify(smeSurveyJson);
    smeSurvey();
    expect(JSON.stringify(smeSurveyJson)).toBe(before);
  });

  it("rewrites expressions in canonical spelling", () => {
    const result = validateInstrument(
      survey([
        page([
          { type: "text", name: "a", title: "A" },
          { type: "text", name: "b", title: "B", visibleIf: "{a}=='x' AND NOT {a} empty" },
        ]),
      ]),
    );
    expect(result.ok && result.instrument.pages[0]!.elements[1]!.visibleIf).toBe(
      "{a} = 'x' and not ({a} empty)",
    );
  });

  it("reports duplicate names, empty and duplicate choices and reserved values with their paths", () => {
    expect(
      problemsOf(
        survey([
          page([
            { type: "single-choice", name: "q", title: "Q", choices: [] },
            {
              type: "multiple-choice",
              name: "q",
              title: "Q2",
              choices: [
                { value: "a", label: "A" },
                { value: "a", label: "B" },
                { value: "none", label: "N" },
              ],
            },
          ]),
        ]),
      ),
    ).toEqual([{ path: ["pages", 0, "elements", 0, "choices"], message: "must have at least one choice" }]);
    expect(
      problemsOf(
        survey([
          page([
            { type: "single-choice", name: "q", title: "Q", choices: [{ value: "a", label: "A" }] },
            {
              type: "multiple-choice",
              name: "q",
              title: "Q2",
              choices: [
                { value: "a", label: "A" },
                { value: "a", label: "B" },
                { value: "none", label: "N" },
              ],
            },
          ]),
          { name: "q", elements: [{ type: "note", name: "n", text: "x" }] },
        ]),
      ),
    ).toEqual([
      { path: ["pages", 0, "elements", 1, "name"], message: 'name "q" is used twice' },
      { path: ["pages", 1, "name"], message: 'name "q" is used twice' },
      { path: ["pages", 0, "elements", 1, "choices", 1, "value"], message: 'choice value "a" is used twice' },
      {
        path: ["pages", 0, "elements", 1, "choices", 2, "value"],
        message: '"none" is reserved; use the question\'s none: { label } item instead',
      },
    ]);
  });

  it("reports bad expressions with the question and column, and forward references", () => {
    expect(
      problemsOf(
        survey([
          page([
            { type: "text", name: "a", title: "A", visibleIf: "{b} = 'x'" },
            { type: "text", name: "b", title: "B", visibleIf: "{a} = " },
            {
              type: "single-choice",
              name: "c",
              title: "C",
              choices: [{ value: "y", label: "Y" }],
              enableIf: "{c} = 'y'",
            },
            { type: "note", name: "n", text: "Note" },
            { type: "text", name: "d", title: "D", visibleIf: "{n} notempty or {zz} empty or {c} = 'nope'" },
          ]),
          page([{ type: "text", name: "e", title: "E" }], { name: "p2", visibleIf: "{e} empty" }),
        ]),
      ),
    ).toEqual([
      {
        path: ["pages", 0, "elements", 0, "visibleIf"],
        message: "a: column 1: {b} comes later; logic may only use earlier questions",
      },
      {
        path: ["pages", 0, "elements", 1, "visibleIf"],
        message: "b: column 7: expected a question {name}, a value or '(', found the end of the expression",
      },
      {
        path: ["pages", 0, "elements", 2, "enableIf"],
        message: "c: column 1: {c} refers to the question itself",
      },
      {
        path: ["pages", 0, "elements", 4, "visibleIf"],
        message: "d: column 1: {n} is a note, which has no answer",
      },
      {
        path: ["pages", 0, "elements", 4, "visibleIf"],
        message: "d: column 17: {zz} is not a question of this instrument",
      },
      {
        path: ["pages", 0, "elements", 4, "visibleIf"],
        message: "d: column 31: 'nope' is not a choice value of {c} (y)",
      },
      {
        path: ["pages", 1, "visibleIf"],
        message: "page p2: column 1: {e} comes later; logic may only use earlier questions",
      },
    ]);
  });

  it("names unknown types, unknown properties and missing fields", () => {
    expect(
      problemsOf(
        survey([
          page([
            { type: "boolean", name: "a", title: "A" },
            { name: "b", title: "B" },
            { type: "text", name: "c", title: "C", requried: true },
            { type: "number", name: "d" },
          ]),
        ]),
      ),
    ).toEqual([
      {
        path: ["pages", 0, "elements", 0, "type"],
        message:
          'unknown element type "boolean"; expected one of single-choice, multiple-choice, likert, matrix, rating, number, text, ranking, note',
      },
      {
        path: ["pages", 0, "elements", 1, "type"],
        message:
          "type is missing; expected one of single-choice, multiple-choice, likert, matrix, rating, number, text, ranking, note",
      },
      { path: ["pages", 0, "elements", 2, "requried"], message: 'unknown property "requried"' },
      { path: ["pages", 0, "elements", 3, "title"], message: "is missing" },
    ]);
  });

  it("checks names, ranges, scales and split-ballot variants", () => {
    expect(
      problemsOf(
        survey(
          [
            page([
              { type: "rating", name: "r", title: "R", min: 5, max: 5 },
              { type: "number", name: "n", title: "N", min: 3, max: 1, variants: ["C"] },
              {
                type: "likert",
                name: "l",
                title: "L",
                scale: {
                  points: [
                    { value: 2, label: "b" },
                    { value: 1, label: "a" },
                  ],
                },
              },
            ]),
          ],
          { splitBallot: { variants: ["A", "B"], seed: "s" } },
        ),
      ),
    ).toEqual([
      { path: ["pages", 0, "elements", 0, "max"], message: "max (5) must be greater than min (5)" },
      { path: ["pages", 0, "elements", 1, "max"], message: "max (1) must not be less than min (3)" },
      {
        path: ["pages", 0, "elements", 1, "variants", 0],
        message: 'variant "C" is not one of settings.splitBallot.variants (A, B)',
      },
      {
        path: ["pages", 0, "elements", 2, "scale", "points", 1, "value"],
        message: "scale values must increase from the first point to the last",
      },
    ]);
    expect(problemsOf(survey([page([{ type: "text", name: "1st", title: "x", variants: ["A"] }])]))).toEqual([
      {
        path: ["pages", 0, "elements", 0, "name"],
        message: "must be a letter, then up to 63 letters, digits or _",
      },
    ]);
    expect(problemsOf(survey([page([{ type: "text", name: "t", title: "x", variants: ["A"] }])]))).toEqual([
      {
        path: ["pages", 0, "elements", 0, "variants"],
        message: "variants need settings.splitBallot to name them",
      },
    ]);
  });

  it("never throws on JSON that is not an instrument", () => {
    for (const json of [null, 3, "x", [], {}, { settings: null, pages: {} }]) {
      expect(validateInstrument(json).ok).toBe(false);
    }
    expect(problemsOf({ settings: { title: "T" }, pages: [] })).toEqual([
      { path: ["pages"], message: "an instrument must have at least one page" },
    ]);
  });
});
