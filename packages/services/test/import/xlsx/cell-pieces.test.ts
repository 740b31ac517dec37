// The pure pieces of the xlsx reader: date serials, number format kinds, cell references,
// spreadsheet error values, and the message the importer uses for an error cell.
// Date expectations: days since 1899-12-30 (1900 system, serial >= 61) or 1904-01-01, e.g.
// python3 -c "import datetime as d; print(d.date(1899,12,30) + d.timedelta(61))" -> 1900-03-01.
import { describe, expect, it } from "vitest";
import { formatKind, numberFormatKind } from "../../../src/import/xlsx/cell-formats.ts";
import { cellReference, columnLetters, columnNumber } from "../../../src/import/xlsx/cell-reference.ts";
import { excelDateText } from "../../../src/import/xlsx/excel-date.ts";
import { isSpreadsheetError } from "../../../src/import/xlsx/spreadsheet-errors.ts";
import { xlsxMessages } from "../../../src/import/xlsx/xlsx-messages.ts";

describe("excelDateText", () => {
  it.each([
    [44259, formatKind.date, false, "2021-03-04"],
    [44259.5, formatKind.date, false, "2021-03-04T12:00:00"],
    // 1 ms after midnight: 1 / 86,400,000 of a day.
    [44259 + 1 / 86_400_000, formatKind.date, false, "2021-03-04T00:00:00.001"],
    // 23:59:59.9999 rounds to the next day's midnight at millisecond precision.
    [44259 + 0.99999999999, formatKind.date, false, "2021-03-05"],
    [1, formatKind.date, false, "1900-01-01"],
    [59, formatKind.date, false, "1900-02-28"],
    [60, formatKind.date, false, "1900-02-29"], // Excel's fictitious day, as Excel shows it
    [61, formatKind.date, false, "1900-03-01"],
    [0, formatKind.date, false, "1900-01-00"],
    [0, formatKind.date, true, "1904-01-01"],
    [42797, formatKind.date, true, "2021-03-04"], // 44259 - 1462 days between the two epochs
    [2_958_465, formatKind.date, false, "9999-12-31"],
    [2_958_466, formatKind.date, false, "2958466"], // past 9999-12-31: Excel shows ####
    [-1, formatKind.date, false, "-1"],
    [0.75, formatKind.time, false, "18:00:00"],
    [44259.75, formatKind.time, false, "2021-03-04T18:00:00"], // a time format on a full date keeps the day
    [1.5, formatKind.duration, false, "36:00:00"],
  ] as const)("%s (kind %s, 1904 %s) -> %s", (serial, kind, date1904, expected) => {
    expect(excelDateText(serial, kind, date1904)).toBe(expected);
  });
});

describe("numberFormatKind", () => {
  it.each([
    ["General", formatKind.number],
    ["0.00", formatKind.number],
    ["0.00E+00", formatKind.number],
    ['#,##0.00 "days"', formatKind.number],
    ["_-[$£-809]* #,##0.00_-;-[$£-809]* #,##0.00_-", formatKind.number],
    ["[Red]#,##0;[Blue]-#,##0", formatKind.number],
    ["dd/mm/yyyy", formatKind.date],
    ["YYYY-MM-DD", formatKind.date],
    ["[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", formatKind.date],
    ["mmm", formatKind.date],
    ["h:mm AM/PM", formatKind.time],
    ["hh:mm:ss", formatKind.time],
    ["[h]:mm:ss", formatKind.duration],
    ["[mm]:ss", formatKind.duration],
  ] as const)("%s", (code, kind) => {
    expect(numberFormatKind(code)).toBe(kind);
  });
});

describe("cell references", () => {
  it("convert between column letters and numbers (bijective base 26)", () => {
    expect([columnNumber("A1"), columnNumber("z9"), columnNumber("AA1"), columnNumber("XFD1048576")]).toEqual(
      [1, 26, 27, 16_384],
    );
    expect(columnNumber("12")).toBe(0);
    expect([
      columnLetters(1),
      columnLetters(26),
      columnLetters(27),
      columnLetters(702),
      columnLetters(703),
    ]).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(cellReference(7, 2)).toBe("C7");
  });
});

describe("spreadsheet errors", () => {
  it("recognises Excel's error values exactly as Excel shows them", () => {
    expect(["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#SPILL!"].every(isSpreadsheetError)).toBe(true);
    expect(["N/A", "#n/a", " #N/A", "#", "#REF", ".."].some(isSpreadsheetError)).toBe(false);
  });

  it("gives the importer a message that names the cell", () => {
    const error = xlsxMessages.spreadsheetError('data.xlsx [sheet "Data"]', 7, 2, "#N/A");
    expect(error.code).toBe("spreadsheet-error");
    expect(error.location).toEqual({ file: 'data.xlsx [sheet "Data"]', line: 7, column: "C" });
    expect(error.message).toBe(
      'data.xlsx [sheet "Data"], cell C7: the cell holds the spreadsheet error #N/A; correct the formula or its inputs, or clear the cell.',
    );
  });
});
