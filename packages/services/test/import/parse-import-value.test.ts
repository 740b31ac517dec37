import { describe, expect, it } from "vitest";
import { parseImportValue, valueVerdict } from "../../src/import/values/parse-import-value.ts";
import { isSuppressionMarker, suppressionMarkers } from "../../src/import/values/suppression-markers.ts";

const { suppressed, negative, notNumber, formula, spreadsheetError } = valueVerdict;

describe("parseImportValue", () => {
  it.each([
    ["12", false, 12],
    ["007", false, 7],
    [" 12.5 ", false, 12.5],
    ["1e3", false, 1000],
    [".5", false, 0.5],
    ["3,345", false, 3345],
    ["1,234,567.5", false, 1234567.5],
    ["1 234", false, 1234],
    ["1\u00a0234", false, 1234],
    ["1,5", true, 1.5],
    ["1.234,5", true, 1234.5],
    ["1.234", true, 1234],
    ["12", true, 12],
    ["-0", false, -0],
  ])("reads %j (decimal comma %s) as %d", (text, comma, value) => {
    expect(parseImportValue(text, comma)).toBe(value);
  });

  it.each([
    ["..", suppressed],
    ["[c]", suppressed],
    ["", suppressed],
    ["  ", suppressed],
    ["-", suppressed],
    ["-5", negative],
    ["-1,234", negative],
    ["=1+2", formula],
    ["+5", formula],
    ["@A1", formula],
    ["-x", formula],
    ["#N/A", spreadsheetError],
    ["#div/0!", spreadsheetError],
    ["1,5", notNumber],
    ["3,34", notNumber],
    ["12 t", notNumber],
    ["NA", notNumber],
    ["Infinity", notNumber],
    ["1e999", notNumber],
    ["0x10", notNumber],
  ])("gives %j the verdict %d", (text, verdict) => {
    expect(parseImportValue(text, false)).toBe(verdict);
  });

  it("reads 12.5 as not a number with a decimal comma (the point would be a misplaced group)", () => {
    expect(parseImportValue("12.5", true)).toBe(notNumber);
  });
});

describe("suppression markers", () => {
  it("are matched after trimming and in any case", () => {
    expect(isSuppressionMarker(" [C] ")).toBe(true);
    expect(isSuppressionMarker("X")).toBe(true);
    expect(isSuppressionMarker("[LOW]")).toBe(true);
    expect(isSuppressionMarker("NA")).toBe(false);
    expect(isSuppressionMarker("0")).toBe(false);
  });

  it("every marker is read as suppressed", () => {
    for (const marker of suppressionMarkers) expect(parseImportValue(marker, false)).toBe(suppressed);
  });
});
