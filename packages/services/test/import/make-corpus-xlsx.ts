// Writes the .xlsx files of the importer's corpus with exceljs (as a user's spreadsheet program
// would), next to the text files of make-corpus.py. Run: npx tsx make-corpus-xlsx.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";

const folder = fileURLToPath(new URL("corpus/", import.meta.url));

async function save(name: string, build: (book: ExcelJS.Workbook) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  // Fixed dates so the files are the same on every run.
  book.created = new Date(Date.UTC(2026, 0, 1));
  book.modified = book.created;
  build(book);
  writeFileSync(join(folder, name), Buffer.from(await book.xlsx.writeBuffer()));
}

await save("workbook.xlsx", (book) => {
  const sheet = book.addWorksheet("Sheet1");
  sheet.addRows([
    ["region", "activity", "value"],
    ["R1", "01000", 5],
    ["R2", "01000", 7.5],
    ["R3", 29, 1234567],
  ]);
});

await save("workbook-named-sheet.xlsx", (book) => {
  book.addWorksheet("Notes").addRows([["Employment by region"], ["Source: a survey"]]);
  book.addWorksheet("Data").addRows([
    ["GEOGRAPHY_CODE", "INDUSTRY_CODE", "DATE", "COUNT"],
    ["UKK1", "29", 2021, 9000],
    ["UKK1", "30", 2021, 15000],
  ]);
});

await save("workbook-empty-first-sheet.xlsx", (book) => {
  book.addWorksheet("Empty");
  book.addWorksheet("Data").addRows([
    ["region", "activity", "value"],
    ["R1", "A1", 5],
  ]);
});

await save("workbook-errors.xlsx", (book) => {
  const sheet = book.addWorksheet("Data");
  sheet.addRows([
    ["region", "activity", "value"],
    ["R1", "A1", 5],
    ["R2", "A1", null],
    ["R3", "A1", null],
  ]);
  sheet.getCell("C3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  sheet.getCell("C4").value = { formula: "C2*2", result: 10 } as ExcelJS.CellFormulaValue;
});

await save("workbook-wide.xlsx", (book) => {
  book.addWorksheet("GVA").addRows([
    ["ITL region code", "SIC07 code", "2020", "2021"],
    ["TLK1", "29", 1234.5, 1300],
    ["TLK1", "30", "[c]", 2001],
  ]);
});

await save("workbook-formula-text.xlsx", (book) => {
  book.addWorksheet("Data").addRows([
    ["region", "activity", "value"],
    ["=cmd|' /C calc'!A0", "A1", 5],
  ]);
});

await save("workbook-short-rows.xlsx", (book) => {
  book.addWorksheet("Data").addRows([
    ["region", "activity", "value"],
    ["R1", "A1", 5],
    ["R2", "A1"],
  ]);
});

writeFileSync(join(folder, "csv-renamed.xlsx"), "region,activity,value\nR1,A1,5\n");
console.log("written to", folder);
