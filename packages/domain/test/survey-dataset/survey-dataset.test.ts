// surveyDataset on the SME fixture instrument: every question type's variables (names, labels,
// types, measures, value labels, user-missing codes, paths) and every cell, worked out by hand
// from sme-responses.ts; SPSS-safe unique names; errors that name the row and question.
import { describe, expect, it } from "vitest";
import {
  DatasetError,
  datasetColumn,
  nonSubstantiveCodes,
  safeVariableName,
  surveyDataset,
  utf8Length,
  VariableNames,
} from "../../src/index.ts";
import { smeSurvey } from "../survey-instrument/sme-survey.ts";
import { smeDesign, smeResponses } from "./sme-responses.ts";

const instrument = smeSurvey();
const dataset = surveyDataset(instrument, smeResponses, smeDesign);
const column = (name: string): (number | string)[] =>
  Array.from(datasetColumn(dataset, name)! as ArrayLike<number | string>);
const variable = (name: string) => dataset.variables.find((v) => v.name === name)!;

describe("surveyDataset on the SME instrument", () => {
  it("lays out design columns first, then each question's variables in instrument order", () => {
    expect(dataset.title).toBe("SME expectations of the Advanced Manufacturing Facility");
    expect(dataset.rows).toBe(3);
    expect(dataset.variables.map((v) => `${v.name}:${v.type}:${v.measure}`)).toEqual([
      "case_id:string:nominal",
      "variant:string:nominal",
      "completed:numeric:scale",
      "stratum:string:nominal",
      "fpc:numeric:scale",
      "weight:numeric:scale",
      "size_band:numeric:nominal",
      "sector:numeric:nominal",
      "sector_other_text:string:nominal",
      "employees:numeric:scale",
      "global_link:numeric:nominal",
      "global_name:string:nominal",
      "aware:numeric:ordinal",
      "benefits_new_tech:numeric:nominal",
      "benefits_contacts:numeric:nominal",
      "benefits_supply_chain:numeric:nominal",
      "benefits_image:numeric:nominal",
      "benefits_funding:numeric:nominal",
      "benefits_other:numeric:nominal",
      "benefits_none:numeric:nominal",
      "benefits_other_text:string:nominal",
      "barriers_cost:numeric:ordinal",
      "barriers_time:numeric:ordinal",
      "barriers_distance:numeric:ordinal",
      "expectations_productivity:numeric:ordinal",
      "expectations_exports:numeric:ordinal",
      "expectations_innovation:numeric:ordinal",
      "value_a:numeric:scale",
      "value_b:numeric:scale",
      "comments:string:nominal",
    ]);
    expect(dataset.columns.every((c) => c.length === 3)).toBe(true);
  });

  it("codes single choices 1..k in choice order, then other and none, keeping the stable values", () => {
    expect(variable("sector")).toMatchObject({
      label: "What is your main sector?",
      questionPath: "about/sector",
      question: "sector",
      missingCodes: [],
      valueLabels: [
        { code: 1, label: "Manufacturing", value: "manufacturing" },
        { code: 2, label: "Business services", value: "services" },
        { code: 3, label: "Construction", value: "construction" },
        { code: 4, label: "Another sector", value: "other" },
      ],
    });
    expect(column("size_band")).toEqual([1, 4, 2]);
    expect(column("sector")).toEqual([4, 2, 1]);
    expect(column("sector_other_text")).toEqual(["Agri-tech", "", ""]);
    expect(column("global_link")).toEqual([1, 3, 2]);
    expect(variable("global_link")).toMatchObject({
      valueLabels: [
        { code: 1 },
        { code: 2 },
        {
          code: 3,
          label: "Don't know",
          value: "none",
        },
      ],
    });
  });

  it("writes one 0/1 variable per option, system-missing where the question was not answered", () => {
    expect(column("benefits_new_tech")).toEqual([1, Number.NaN, 0]);
    expect(column("benefits_other")).toEqual([1, Number.NaN, 0]);
    expect(column("benefits_none")).toEqual([0, Number.NaN, 1]);
    expect(column("benefits_other_text")).toEqual(["Training", "", ""]);
    expect(variable("benefits_supply_chain")).toMatchObject({
      label: "Which benefits do you expect from working with the facility?: Supply-chain links",
      questionPath: "benefits_page/benefits/supply_chain",
      role: "option",
    });
  });

  it("codes scales by their point values and 'don't know' / 'not applicable' as user-missing 99", () => {
    const oneDontKnow = {
      points: [1, 2, 3, 4, 5].map((value) => ({ value, label: `${value}` })),
      nonSubstantive: [{ value: "dk", label: "Don't know" }],
    };
    expect(nonSubstantiveCodes(oneDontKnow)).toEqual([99]);
    expect(
      nonSubstantiveCodes({
        ...oneDontKnow,
        nonSubstantive: [...oneDontKnow.nonSubstantive, { value: "na", label: "n/a" }],
      }),
    ).toEqual([98, 99]);
    expect(
      nonSubstantiveCodes({
        points: [{ value: 99, label: "99" }],
        nonSubstantive: oneDontKnow.nonSubstantive,
      }),
    ).toEqual([999]);
    expect(column("aware")).toEqual([4, 99, 2]);
    expect(variable("aware")).toMatchObject({ missingCodes: [99] });
    const aware = variable("aware");
    expect(aware.type === "numeric" && aware.valueLabels.map((l) => `${l.code}=${l.label}`)).toEqual([
      "1=Never heard of it",
      "2=Heard the name only",
      "3=Know a little",
      "4=Know it well",
      "5=Have used it",
      "99=Not sure",
    ]);
    expect(column("expectations_productivity")).toEqual([4, Number.NaN, 1]);
    expect(column("expectations_exports")).toEqual([99, Number.NaN, 2]);
    expect(variable("expectations_exports")).toMatchObject({
      label: "Over the next three years, working with the facility will improve our...: Exports",
      missingCodes: [99],
    });
  });

  it("holds each ranked item's rank (1 = first) and numbers as numbers", () => {
    expect(column("barriers_time")).toEqual([1, Number.NaN, Number.NaN]);
    expect(column("barriers_cost")).toEqual([2, Number.NaN, Number.NaN]);
    expect(column("barriers_distance")).toEqual([3, Number.NaN, Number.NaN]);
    expect(column("employees")).toEqual([5, Number.NaN, 20]);
    expect(column("value_a")).toEqual([7, Number.NaN, Number.NaN]);
    expect(column("value_b")).toEqual([Number.NaN, Number.NaN, 3]);
    expect(variable("value_a")).toMatchObject({
      decimals: 0,
      valueLabels: [
        { code: 0, label: "Not at all", value: "0" },
        { code: 10, label: "Extremely", value: "10" },
      ],
    });
  });

  it("measures string widths in UTF-8 bytes and keeps design columns, the day only", () => {
    expect(column("comments")).toEqual(['Café, "quotes"\nand a new line', "", ""]);
    expect(variable("comments")).toMatchObject({ width: 30 });
    expect(variable("case_id")).toMatchObject({ width: 5 });
    expect(column("completed")).toEqual([20514, 20515, Number.NaN]);
    expect(variable("completed")).toMatchObject({ format: "date", decimals: 0 });
    expect(column("weight")).toEqual([450, 53, 37.5]);
    expect(variable("weight")).toMatchObject({ decimals: 1 });
    expect(column("stratum")).toEqual(["micro", "large", "small"]);
  });

  it("leaves the case id out for an anonymous survey and does not change its inputs", () => {
    const before = JSON.stringify(smeResponses);
    const anonymous = surveyDataset(instrument, smeResponses, { weights: smeDesign.weights });
    expect(anonymous.variables.map((v) => v.name).slice(0, 2)).toEqual(["weight", "size_band"]);
    expect(JSON.stringify(smeResponses)).toBe(before);
  });
});

describe("variable names", () => {
  it("makes names SPSS-safe: a letter first, no reserved words, no trailing . or _", () => {
    expect(safeVariableName("2nd-wave")).toBe("v2nd_wave");
    expect(safeVariableName("to")).toBe("to_v");
    expect(safeVariableName("q.1_")).toBe("q.1");
    expect(safeVariableName("x".repeat(70))).toHaveLength(64);
  });
  it("numbers clashes ignoring case (keeping the spelling asked for) and stays within 64 characters", () => {
    const names = new VariableNames();
    expect([names.allocate("Weight"), names.allocate("weight"), names.allocate("WEIGHT")]).toEqual([
      "Weight",
      "weight_2",
      "WEIGHT_3",
    ]);
    const long = "a".repeat(64);
    expect(names.allocate(long)).toBe(long);
    expect(names.allocate(long)).toBe(`${"a".repeat(62)}_2`);
  });
  it("a design column yields its name to a question", () => {
    const json = {
      settings: { title: "t" },
      pages: [{ name: "p", elements: [{ type: "number", name: "weight", title: "Weight of goods" }] }],
    };
    const small = surveyDataset(validated(json), [{ weight: 3 }], { weights: [2] });
    expect(small.variables.map((v) => v.name)).toEqual(["weight_2", "weight"]);
  });
});

describe("errors name the row and question", () => {
  it("rejects an answer the instrument does not allow", () => {
    expect(() => surveyDataset(instrument, [{ size_band: "huge" }])).toThrow(DatasetError);
    expect(() => surveyDataset(instrument, [{}, { size_band: "huge" }])).toThrow(/^row 2: /);
    expect(() => surveyDataset(instrument, [{ colour: "red" }])).toThrow(
      'row 1 answers "colour", which the instrument does not have.',
    );
  });
  it("rejects design columns of the wrong length and bad dates", () => {
    expect(() => surveyDataset(instrument, [{}], { weights: [1, 2] })).toThrow(
      "weights has 2 entries for 1 responses.",
    );
    expect(() => surveyDataset(instrument, [{}], { completed: ["yesterday"] })).toThrow(
      "completed on row 1 is not a date: yesterday.",
    );
  });
  it("counts UTF-8 bytes like TextEncoder", () => {
    for (const text of ["", "abc", "Café", "€", "😀", "\ud800x"])
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});

import { validateInstrument } from "../../src/index.ts";

function validated(json: unknown) {
  const result = validateInstrument(json);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.instrument;
}
