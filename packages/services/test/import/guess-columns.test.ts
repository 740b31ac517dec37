// Column guesses on header names from real files (Nomis, ONS, Eurostat, trade data, business
// counts) and the layout decision.
import { describe, expect, it } from "vitest";
import { guessDelimiter } from "../../src/import/csv/guess-delimiter.ts";
import { guessColumns, isPeriodHeader } from "../../src/import/mapping/guess-columns.ts";
import { resolveMapping } from "../../src/import/mapping/resolve-mapping.ts";
import { importMessages } from "../../src/import/problems/import-messages.ts";

const all = ["region", "activity", "value", "time"] as const;
const guess = (header: readonly string[]) => guessColumns(header, all, new Set());
const messages = importMessages({ label: "f.csv", unit: "line" });

describe("guessColumns", () => {
  it.each([
    [
      "BRES (Nomis)",
      ["DATE", "GEOGRAPHY_NAME", "GEOGRAPHY_CODE", "INDUSTRY_NAME", "INDUSTRY_CODE", "COUNT"],
      { time: 0, region: 2, activity: 4, value: 5 },
    ],
    [
      "Nomis API",
      ["DATE_NAME", "GEOGRAPHY_CODE", "INDUSTRY_CODE", "OBS_VALUE"],
      { region: 1, activity: 2, value: 3 },
    ],
    [
      "business counts",
      [
        "year",
        "geography_type",
        "geography_name",
        "industry_group_code",
        "industry_group_name",
        "enterprise_count",
      ],
      { time: 0, region: 1, activity: 3, value: 5 },
    ],
    ["world trade", ["country", "product", "value"], { region: 0, activity: 1, value: 2 }],
    [
      "Eurostat",
      ["unit", "nace_r2", "geo", "time", "obs_value"],
      { activity: 1, region: 2, time: 3, value: 4 },
    ],
    [
      "ONS GVA",
      ["ITL region code", "ITL region name", "SIC07 code", "SIC07 description", "1998"],
      { region: 0, activity: 2 },
    ],
    ["LAD codes", ["LAD21CD", "LAD21NM", "sic2007", "jobs"], { region: 0, activity: 2, value: 3 }],
  ])("%s", (_name, header, expected) => {
    expect(guess(header)).toEqual(expected);
  });

  it("never gives one column two roles", () => {
    // "geo\time" fits region and time equally: region is asked first.
    expect(guess(["geo\\time", "nace_r2", "value"])).toEqual({ region: 0, activity: 1, value: 2 });
  });
});

describe("isPeriodHeader", () => {
  it.each(["2021", "1998", "2021Q1", "2021 Q4", "2021-03", "2021M03", "2019/20", "2020H1"])(
    "%s is a period",
    (h) => {
      expect(isPeriodHeader(h)).toBe(true);
    },
  );
  it.each(["21", "1850", "2021Q5", "Q1 2021", "value", "2021-2022x"])("%s is not", (h) => {
    expect(isPeriodHeader(h)).toBe(false);
  });
});

describe("resolveMapping", () => {
  it("reads a header with period columns and no value column as wide by period", () => {
    const header = ["ITL region code", "ITL region name", "SIC07 code", "2019", "2020"];
    expect(resolveMapping(header, 1, {}, messages)).toEqual({
      mapping: {
        layout: "wide-periods",
        columns: { region: 0, activity: 2 },
        guessed: ["region", "activity"],
        valueColumns: [3, 4],
        ignored: [1],
      },
    });
  });

  it("reads a header with a region column and no activity or value column as wide by activity", () => {
    expect(resolveMapping(["area", "year", "A01", "Total"], 1, { ignore: ["Total"] }, messages)).toEqual({
      mapping: {
        layout: "wide-activities",
        columns: { region: 0, time: 1 },
        guessed: ["region", "time"],
        valueColumns: [2],
        ignored: [3],
      },
    });
  });

  it("takes a given column by its exact name, else by one match ignoring case", () => {
    const resolved = resolveMapping(
      ["Area", "Sector", "Jobs"],
      1,
      { region: "area", activity: "Sector" },
      messages,
    );
    expect(resolved).toMatchObject({
      mapping: { layout: "long", columns: { region: 0, activity: 1, value: 2 } },
    });
  });
});

describe("guessDelimiter", () => {
  it.each([
    ["a,b,c\n1,2,3\n", ","],
    ["a;b\n1,5;2\n1,25;3\n", ";"],
    ['a,b\n"x;y;z",1\n', ","],
    ["a\tb\tc\n1\t2,5\t3\n", "\t"],
    ["a|b\n1|2\n", "|"],
    ["Employment, 2021\nregion;activity;value\nR1;A1;1,5\n", ";"],
    ["one column\nx\n", ","],
  ])("%j -> %j", (text, delimiter) => {
    expect(guessDelimiter(text, true)).toBe(delimiter);
  });
});
