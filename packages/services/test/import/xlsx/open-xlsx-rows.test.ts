// openXlsxRows on workbooks written by exceljs 4.4 (the way another program writes them: sheets
// before shared strings, workbook part last): cell values to text, positions, sheet choice and
// the sheet-level messages. Expected dates: serial = days since 1899-12-30, e.g.
// python3 -c "import datetime; print(datetime.date(1899,12,30) + datetime.timedelta(44259))".
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { openXlsxRows } from "../../../src/import/xlsx/open-xlsx-rows.ts";
import { tempFolder } from "../../temp-files.ts";
import { allRows, readFailure, readRows } from "./read-workbook.ts";

const { dir } = tempFolder("xlsx-exceljs");
const at = (name: string) => join(dir, name);

async function write(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  await workbook.xlsx.writeFile(at(name));
}

beforeAll(async () => {
  await write("values.xlsx", (workbook) => {
    const sheet = workbook.addWorksheet("Data");
    sheet.getRow(1).values = ["region", "activity", "year", "value", "note"];
    sheet.getRow(2).values = ["UKK1", "29", 2021, 1234.5];
    sheet.getCell("E2").value = {
      richText: [{ text: "West " }, { text: "of England", font: { bold: true } }],
    };
    // Row 3 left out: a blank row.
    sheet.getCell("A4").value = "UKK2";
    sheet.getCell("B4").value = 30;
    sheet.getCell("C4").value = new Date(Date.UTC(2021, 2, 4));
    sheet.getCell("D4").value = { formula: "D2*2", result: 2469 };
    sheet.getCell("E4").value = true;
    sheet.getCell("A5").value = "UKK3";
    sheet.getCell("C5").value = 1e-7;
    sheet.getCell("E5").value = { formula: 'A5&"x"', result: "UKK3x" };
    sheet.getCell("A6").value = "UKK4";
    sheet.getCell("B6").value = { error: "#N/A" };
    sheet.getCell("D6").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    sheet.getCell("E6").value = { formula: "1>2", result: false };
    for (const ref of ["A7", "B7", "C7"])
      sheet.getCell(ref).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
    sheet.getCell("A8").value = "x";
    sheet.mergeCells("B8:D9");
    sheet.getCell("B8").value = "merged";
    sheet.getCell("A9").value = "y";
    sheet.getCell("A10").value = new Date(Date.UTC(2021, 2, 4, 12, 30));
    sheet.getCell("B10").value = 0.5;
    sheet.getCell("B10").numFmt = "hh:mm";
    sheet.getCell("C10").value = 0.25;
    sheet.getCell("C10").numFmt = "0.00%";
    sheet.getCell("D10").value = 12.0;
    sheet.getCell("E10").value = 0.1 + 0.2;
    sheet.getCell("F10").value = -3.5;
    sheet.getCell("G10").value = { formula: "A10", result: new Date(Date.UTC(2020, 1, 29)) };
    sheet.getCell("G10").numFmt = "dd/mm/yyyy";
  });
  await write("sheets.xlsx", (workbook) => {
    workbook.addWorksheet("Lookup", { state: "hidden" }).getCell("A1").value = "lookup";
    workbook.addWorksheet("Data").getCell("A1").value = "data";
    workbook.addWorksheet("Notes").getCell("B2").value = "notes";
  });
  await write("empty-sheet.xlsx", (workbook) => {
    workbook.addWorksheet("Empty");
    const styled = workbook.addWorksheet("Styled");
    styled.getCell("C3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00FF00" } };
  });
  await write("no-sheets.xlsx", () => {});
  await write("uncalculated.xlsx", (workbook) => {
    const sheet = workbook.addWorksheet("Data");
    sheet.getRow(1).values = ["value", "double"];
    sheet.getRow(2).values = [1, { formula: "A2*2", result: 2 }];
    sheet.getRow(3).values = [2, { formula: "A3*2" }];
  });
  await write("date1904.xlsx", (workbook) => {
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet("Mac");
    sheet.getCell("A1").value = new Date(Date.UTC(2021, 2, 4));
    sheet.getCell("B1").value = 100;
  });
});

describe("openXlsxRows reads cell values as the text a user sees", () => {
  it("strings, numbers, dates, booleans, rich text, formula results and error values", async () => {
    expect(await readRows(at("values.xlsx"))).toEqual([
      [1, ["region", "activity", "year", "value", "note"]],
      [2, ["UKK1", "29", "2021", "1234.5", "West of England"]],
      // 44259 = 2021-03-04; =D2*2 -> its saved result.
      [4, ["UKK2", "30", "2021-03-04", "2469", "TRUE"]],
      // a gap keeps its column; 1e-7 is String(1e-7); a string formula result.
      [5, ["UKK3", "", "1e-7", "", "UKK3x"]],
      // an error cell and a formula whose result is an error pass through as their text.
      [6, ["UKK4", "#N/A", "", "#DIV/0!", "FALSE"]],
      // row 7 has styled empty cells only: skipped. Merged B8:D9: the value in B8 only.
      [8, ["x", "merged"]],
      [9, ["y"]],
      // date and time; 0.5 as hh:mm; a percentage keeps its number; 12.0 has no ".0";
      // a date-formatted formula result is a date (2020-02-29 = serial 43890).
      [10, ["2021-03-04T12:30:00", "12:00:00", "0.25", "12", "0.30000000000000004", "-3.5", "2020-02-29"]],
    ]);
  });

  it("labels the source with the file and the sheet, and counts error cells in the facts after a pass", async () => {
    const source = await openXlsxRows(at("values.xlsx"), { label: "values.xlsx" });
    expect(source.label).toBe('values.xlsx [sheet "Data"]');
    expect(source.format).toBe("xlsx");
    expect(source.facts).toEqual({ sheet: "Data", worksheets: "1" });
    await allRows(source);
    expect(source.facts).toEqual({ sheet: "Data", worksheets: "1", errorCells: "2 (B6 #N/A, D6 #DIV/0!)" });
    // A second pass reads the same rows and counts the error cells afresh.
    expect((await allRows(source)).length).toBe(8);
    expect(source.facts.errorCells).toBe("2 (B6 #N/A, D6 #DIV/0!)");
  });

  it("stops early without harm: the next pass starts from the top", async () => {
    const source = await openXlsxRows(at("values.xlsx"));
    for await (const batch of source.rows()) {
      expect(batch[0]?.line).toBe(1);
      break;
    }
    expect((await allRows(source))[0]?.fields[0]).toBe("region");
  });

  it("dates of a workbook in the 1904 date system", async () => {
    const source = await openXlsxRows(at("date1904.xlsx"));
    expect(await allRows(source)).toEqual([{ line: 1, fields: ["2021-03-04", "100"] }]);
    expect(source.facts).toEqual({ sheet: "Mac", worksheets: "1", dateSystem: "1904" });
  });
});

describe("openXlsxRows chooses the sheet", () => {
  it("the first visible worksheet by default (a hidden first sheet is skipped)", async () => {
    const source = await openXlsxRows(at("sheets.xlsx"), { label: "sheets.xlsx" });
    expect(source.label).toBe('sheets.xlsx [sheet "Data"]');
    expect(await allRows(source)).toEqual([{ line: 1, fields: ["data"] }]);
    expect(source.facts).toEqual({ sheet: "Data", worksheets: "3" });
  });

  it("a named sheet, also a hidden one, and a name that differs only in case", async () => {
    expect(await readRows(at("sheets.xlsx"), { sheet: "Lookup" })).toEqual([[1, ["lookup"]]]);
    expect(await readRows(at("sheets.xlsx"), { sheet: "notes" })).toEqual([[2, ["", "notes"]]]);
  });

  it("an unknown sheet name is an error listing the sheets", async () => {
    const error = await readFailure(at("sheets.xlsx"), { label: "sheets.xlsx", sheet: "Dta" });
    expect(error.code).toBe("unknown-sheet");
    expect(error.message).toBe(
      'sheets.xlsx: the workbook has no sheet "Dta"; its sheets are "Lookup", "Data", "Notes".',
    );
  });

  it("an empty sheet, and a sheet whose cells are styled but hold nothing, are errors", async () => {
    const empty = await readFailure(at("empty-sheet.xlsx"), { label: "empty-sheet.xlsx" });
    expect(empty.code).toBe("empty-sheet");
    expect(empty.message).toBe(
      'empty-sheet.xlsx: sheet "Empty" is empty; expected a header row and data rows.',
    );
    const styled = await readFailure(at("empty-sheet.xlsx"), { label: "empty-sheet.xlsx", sheet: "Styled" });
    expect(styled.message).toBe(
      'empty-sheet.xlsx: sheet "Styled" is empty; expected a header row and data rows.',
    );
  });

  it("a workbook without worksheets is an error", async () => {
    const error = await readFailure(at("no-sheets.xlsx"), { label: "no-sheets.xlsx" });
    expect(error.code).toBe("empty-sheet");
    expect(error.message).toBe("no-sheets.xlsx: the workbook has no worksheets (only chart sheets or none).");
  });
});

describe("openXlsxRows refuses a formula without a saved result", () => {
  it("names the cell and the formula, and says how to fix it", async () => {
    const error = await readFailure(at("uncalculated.xlsx"), { label: "calc.xlsx" });
    expect(error.code).toBe("formula-without-result");
    expect(error.location).toEqual({ file: 'calc.xlsx [sheet "Data"]', line: 3, column: "B" });
    expect(error.message).toBe(
      'calc.xlsx [sheet "Data"], cell B3: the formula =A3*2 has no saved result (the program that wrote the file did not calculate it); open the file in Excel or LibreOffice and save it again, then import it.',
    );
  });
});
