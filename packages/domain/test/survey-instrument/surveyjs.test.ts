import { describe, expect, it } from "vitest";
import { fromSurveyJs, toSurveyJs } from "../../src/index.ts";
import { smeSurvey } from "./sme-survey.ts";

describe("SurveyJS JSON", () => {
  const instrument = smeSurvey();

  it("round-trips: ours -> SurveyJS -> ours is the identity", () => {
    const back = fromSurveyJs(JSON.parse(JSON.stringify(toSurveyJs(instrument))));
    expect(back).toEqual({ ok: true, instrument, warnings: [] });
  });

  it("writes SurveyJS's own property names", () => {
    const json = toSurveyJs(instrument) as { pages: { elements: unknown[]; visibleIf?: string }[] };
    expect(json.pages[0]!.elements[2]).toEqual({
      type: "dropdown",
      name: "sector",
      title: "What is your main sector?",
      isRequired: true,
      choices: [
        { value: "manufacturing", text: "Manufacturing" },
        { value: "services", text: "Business services" },
        { value: "construction", text: "Construction" },
      ],
      showOtherItem: true,
      otherText: "Another sector",
    });
    expect(json.pages[0]!.elements[3]).toEqual({
      type: "text",
      name: "employees",
      visibleIf: "{size_band} != 'large'",
      title: "Exactly how many employees?",
      description: "Full-time equivalents; leave blank if unsure.",
      inputType: "number",
      min: 0,
      max: 249,
      validators: [{ type: "regex", regex: "^-?[0-9]+$", text: "Enter a whole number" }],
    });
    expect(json.pages[2]!.elements[1]).toMatchObject({
      type: "ranking",
      visibleIf: "!({benefits} contains 'none')",
      choicesOrder: "random",
    });
    expect(json.pages[2]!.elements[2]).toMatchObject({
      type: "matrix",
      isRequired: true,
      isAllRowRequired: true,
      columns: [
        { value: 1, text: "Strongly disagree" },
        { value: 2, text: "Disagree" },
        { value: 3, text: "Neither" },
        { value: 4, text: "Agree" },
        { value: 5, text: "Strongly agree" },
        { value: "na", text: "Not applicable" },
      ],
    });
  });

  it("reads a plain SurveyJS survey with top-level elements, bare choices and presentation properties", () => {
    const result = fromSurveyJs({
      title: { default: "Quick poll", de: "Umfrage" },
      elements: [
        { type: "radiogroup", name: "q1", choices: [1, 2, "x"], colCount: 3, hasOther: true },
        { type: "comment", name: "q2", title: "Why?", rows: 4, visibleIf: "{q1} = 'x' && {q1} notempty" },
        { type: "html", name: "n", html: "<p>Thanks &amp; bye</p>" },
        { type: "text", name: "q3", inputType: "email", foo: 1 },
      ],
    });
    expect(result).toEqual({
      ok: true,
      instrument: {
        settings: { title: "Quick poll" },
        pages: [
          {
            name: "page1",
            elements: [
              {
                type: "single-choice",
                name: "q1",
                title: "q1",
                required: false,
                display: "radio",
                choices: [
                  { value: "1", label: "1" },
                  { value: "2", label: "2" },
                  { value: "x", label: "x" },
                ],
                choiceOrder: "fixed",
                pinSpecialLast: true,
                other: { label: "Other (describe)" },
              },
              {
                type: "text",
                name: "q2",
                title: "Why?",
                required: false,
                multiline: true,
                visibleIf: "{q1} = 'x' and {q1} notempty",
              },
              { type: "note", name: "n", text: "Thanks & bye" },
              { type: "text", name: "q3", title: "q3", required: false, multiline: false },
            ],
          },
        ],
      },
      warnings: [
        { path: ["title"], message: "only the default language is kept (found default, de)" },
        { path: ["elements", 2, "html"], message: "HTML markup was removed; the note keeps its text" },
        { path: ["elements", 3, "foo"], message: 'the SurveyJS property "foo" was ignored' },
        { path: ["elements", 3, "inputType"], message: 'inputType "email" is read as plain text' },
      ],
    });
  });

  it("lists every unsupported feature instead of crashing", () => {
    const result = fromSurveyJs({
      title: "Complex",
      triggers: [{ type: "complete" }],
      pages: [
        {
          name: "p",
          elements: [
            { type: "panel", name: "box", elements: [] },
            { type: "boolean", name: "ok" },
            {
              type: "checkbox",
              name: "c",
              choices: ["a"],
              requiredIf: "{x} = 1",
              choicesByUrl: { url: "http://x" },
            },
            { type: "text", name: "d", inputType: "date" },
            { type: "rating", name: "r", rateStep: 2 },
            { type: "text", name: "e", visibleIf: "age({dob}) > 18" },
            "not an element",
          ],
        },
      ],
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: ["triggers"], message: 'the SurveyJS survey property "triggers" is not supported' },
        {
          path: ["pages", 0, "elements", 0, "type"],
          message:
            'the SurveyJS type "panel" is not supported; supported types are radiogroup, dropdown, checkbox, rating, text, comment, ranking, matrix, html',
        },
        {
          path: ["pages", 0, "elements", 1, "type"],
          message:
            'the SurveyJS type "boolean" is not supported; supported types are radiogroup, dropdown, checkbox, rating, text, comment, ranking, matrix, html',
        },
        {
          path: ["pages", 0, "elements", 2, "requiredIf"],
          message: 'the SurveyJS property "requiredIf" is not supported',
        },
        {
          path: ["pages", 0, "elements", 2, "choicesByUrl"],
          message: 'the SurveyJS property "choicesByUrl" is not supported',
        },
        {
          path: ["pages", 0, "elements", 3, "inputType"],
          message: 'inputType "date" is not supported (text and number are)',
        },
        {
          path: ["pages", 0, "elements", 4, "rateStep"],
          message: "only ratings in steps of 1 are supported",
        },
        { path: ["pages", 0, "elements", 6], message: "expected an element object" },
      ],
      warnings: [],
    });
    const expression = fromSurveyJs({
      title: "T",
      elements: [{ type: "text", name: "e", visibleIf: "age({dob}) > 18" }],
    });
    expect(expression).toEqual({
      ok: false,
      problems: [
        {
          path: ["pages", 0, "elements", 0, "visibleIf"],
          message: "e: column 1: unknown word 'age'; write a question as {age} and text in quotes",
        },
      ],
      warnings: [],
    });
    for (const json of [null, 1, "x", [], { pages: 3 }]) expect(fromSurveyJs(json).ok).toBe(false);
  });
});
