// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm references questions as ${name} in plain strings.
import { describe, expect, it } from "vitest";
import {
  fromXlsForm,
  fromXlsFormRelevant,
  type Instrument,
  parseExpression,
  toXlsForm,
  toXlsFormRelevant,
} from "../../src/index.ts";
import { smeSurvey } from "./sme-survey.ts";

const relevant = (text: string) => {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return toXlsFormRelevant(parsed.expression);
};

describe("XLSForm relevant <-> expressions", () => {
  it("writes ${q}, selected(), not() and '' for empty", () => {
    expect(relevant("{size_band} = 'micro' and {employees} > 3")).toBe(
      "${size_band} = 'micro' and ${employees} > 3",
    );
    expect(relevant("not ({benefits} contains 'none') or {aware} empty")).toBe(
      "not(selected(${benefits}, 'none')) or ${aware} = ''",
    );
    expect(relevant("{benefits} anyof ['a', 'b']")).toBe(
      "(selected(${benefits}, 'a') or selected(${benefits}, 'b'))",
    );
    expect(relevant("({a} = 1 or {b} = 2) and {c} notempty")).toBe("(${a} = 1 or ${b} = 2) and ${c} != ''");
  });

  it("reads them back to the same expressions", () => {
    for (const text of [
      "{size_band} = 'micro' and {employees} > 3",
      "not ({benefits} contains 'none') or {aware} empty",
      "({a} = 1 or {b} = 2) and {c} notempty",
    ]) {
      expect(fromXlsFormRelevant(relevant(text))).toEqual({ ok: true, expression: text });
    }
    expect(fromXlsFormRelevant('selected(${q},"it\'s")')).toEqual({
      ok: true,
      expression: '{q} contains "it\'s"',
    });
  });

  it("refuses XPath outside the subset, naming the column", () => {
    expect(fromXlsFormRelevant("count-selected(${q}) > 1")).toEqual({
      ok: false,
      message:
        'column 1: "count-selected" is not supported in relevant (only ${question}, comparisons, selected(), and, or, not())',
    });
    expect(fromXlsFormRelevant("${a} + 1 > 2")).toEqual({
      ok: false,
      message: 'column 6: cannot read "+ 1 > 2"',
    });
    expect(fromXlsFormRelevant("selected(${a})")).toEqual({
      ok: false,
      message: "column 1: selected() must be selected(${question}, 'value')",
    });
  });
});

describe("XLSForm sheets", () => {
  const instrument = smeSurvey();
  const exported = toXlsForm(instrument, { formId: "sme_2026", version: "abc123" });

  it("writes pages as field-list groups, a matrix as a table-list group and specify-other rows", () => {
    const { survey, choices, settings } = exported.sheets;
    expect(settings).toEqual([
      { form_title: instrument.settings.title, form_id: "sme_2026", version: "abc123" },
    ]);
    expect(survey.slice(0, 6)).toEqual([
      { type: "begin group", name: "about", label: "About your business", appearance: "field-list" },
      { type: "note", name: "intro", label: "Thank you for taking part. Questions marked * need an answer." },
      {
        type: "select_one size_band",
        name: "size_band",
        label: "How many people does your business employ?",
        required: "yes",
      },
      {
        type: "select_one sector",
        name: "sector",
        label: "What is your main sector?",
        required: "yes",
        appearance: "minimal",
      },
      {
        type: "text",
        name: "sector_other",
        label: "Please specify",
        required: "yes",
        relevant: "selected(${sector}, 'other')",
      },
      {
        type: "integer",
        name: "employees",
        label: "Exactly how many employees?",
        hint: "Full-time equivalents; leave blank if unsure.",
        relevant: "${size_band} != 'large'",
        constraint: ". >= 0 and . <= 249",
      },
    ]);
    expect(survey.filter((r) => r.name?.startsWith("expectations"))).toEqual([
      {
        type: "begin group",
        name: "expectations",
        label: "Over the next three years, working with the facility will improve our...",
        appearance: "table-list",
      },
      {
        type: "select_one expectations",
        name: "expectations_productivity",
        label: "Productivity",
        required: "yes",
      },
      { type: "select_one expectations", name: "expectations_exports", label: "Exports", required: "yes" },
      {
        type: "select_one expectations",
        name: "expectations_innovation",
        label: "Innovation",
        required: "yes",
      },
      { type: "end group", name: "expectations" },
    ]);
    expect(survey.find((r) => r.name === "benefits")).toEqual({
      type: "select_multiple benefits",
      name: "benefits",
      label: "Which benefits do you expect from working with the facility?",
      required: "yes",
      constraint: "not(selected(., 'none') and count-selected(.) > 1)",
      parameters: "randomize=true",
    });
    expect(survey.find((r) => r.name === "value_a")).toMatchObject({
      type: "range",
      appearance: "rating",
      parameters: "start=0 end=10 step=1",
    });
    expect(choices.filter((c) => c.list_name === "aware").map((c) => c.name)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "dont_know",
    ]);
  });

  it("lists what XLSForm cannot hold", () => {
    expect(exported.warnings).toEqual([
      {
        path: ["settings", "description"],
        message: "XLSForm has no place for the survey description; it was left out",
      },
      {
        path: ["settings", "splitBallot"],
        message: "XLSForm has no place for a split-ballot design; it was left out",
      },
      {
        path: ["pages", 2, "elements", 0, "pinSpecialLast"],
        message:
          "XLSForm has no place for keeping other / none last while randomising (randomize shuffles all); it was left out",
      },
      {
        path: ["pages", 2, "elements", 3, "variants"],
        message: "XLSForm has no place for split-ballot variants; it was left out",
      },
      {
        path: ["pages", 2, "elements", 3, "minLabel"],
        message: "XLSForm has no place for a rating's end labels; it was left out",
      },
      {
        path: ["pages", 2, "elements", 4, "variants"],
        message: "XLSForm has no place for split-ballot variants; it was left out",
      },
      {
        path: ["pages", 2, "elements", 5, "enableIf"],
        message: "XLSForm has no place for enableIf; it was left out",
      },
    ]);
  });

  it("round-trips: ours -> XLSForm -> ours keeps everything but what the warnings list", () => {
    const back = fromXlsForm(JSON.parse(JSON.stringify(exported.sheets)));
    const [about, links, benefitsPage] = instrument.pages as [
      Instrument["pages"][number],
      Instrument["pages"][number],
      Instrument["pages"][number],
    ];
    const strip = <T extends object>(value: T, ...keys: string[]): T =>
      Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k))) as T;
    const expected: Instrument = {
      settings: { title: instrument.settings.title },
      pages: [
        about,
        links,
        {
          ...benefitsPage,
          elements: benefitsPage.elements.map((e) => {
            if (e.name === "benefits") return { ...e, pinSpecialLast: false };
            return strip(e, "variants", "minLabel", "maxLabel", "enableIf");
          }),
        },
      ],
    };
    expect(back).toEqual({ ok: true, instrument: expected, formId: "sme_2026", warnings: [] });
  });

  it("reads questions outside groups into pages and names sheet rows in problems", () => {
    const result = fromXlsForm({
      survey: [
        { type: "start", name: "start" },
        { type: "integer", name: "n", label: "N", constraint: ". > 0" },
        {
          type: "select_one yn",
          name: "q",
          label: "Q",
          relevant: "${n} > 3",
          choice_filter: "x",
          "label::French (fr)": "Q fr",
        },
        { type: "geopoint", name: "where", label: "Where" },
        { type: "begin repeat", name: "r" },
      ],
      choices: [{ list_name: "yn", name: "yes", label: "Yes" }],
      settings: [],
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: ["survey", 4, "choice_filter"],
          message: "choice_filter (cascading selects) is not supported",
        },
        { path: ["survey", 5, "type"], message: 'the XLSForm type "geopoint" is not supported' },
        { path: ["survey", 6, "type"], message: '"begin repeat" is not supported' },
      ],
      warnings: [
        { path: ["survey", 2, "type"], message: 'the "start" row was ignored' },
        { path: ["survey", 3, "constraint"], message: 'the constraint ". > 0" was ignored' },
        { path: ["survey", 1, "label::French (fr)"], message: 'the column "label::French (fr)" was ignored' },
        {
          path: ["settings", 2, "form_title"],
          message: 'the form has no form_title; "Untitled survey" was used',
        },
      ],
    });
    const checked = fromXlsForm({
      survey: [
        { type: "text", name: "a", label: "A", relevant: "${b} = 'x'" },
        { type: "text", name: "b", label: "" },
      ],
      choices: [],
      settings: [{ form_title: "T" }],
    });
    expect(checked).toEqual({
      ok: false,
      problems: [{ path: ["survey", 3, "title"], message: "must not be empty" }],
      warnings: [],
    });
  });
});
