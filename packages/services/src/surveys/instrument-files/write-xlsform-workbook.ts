// Writes XLSForm sheet rows to .xlsx bytes with exceljs (loaded on first use, as the explorer's
// exports do): sheets survey, choices and settings, the standard columns first, then any others.
import { type XlsFormRow, type XlsFormSheets, xlsFormColumns } from "@smartspec/domain";

function columnsOf(rows: readonly XlsFormRow[], standard: readonly string[]): string[] {
  const columns = [...standard];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  return columns;
}

/**
 * The .xlsx bytes of an XLSForm. Every cell is written as text (a choice named "1" stays "1").
 * Example: `writeFile("sme.xlsx", await xlsFormWorkbook(toXlsForm(instrument).sheets))`.
 */
export async function xlsFormWorkbook(sheets: XlsFormSheets): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  for (const name of ["survey", "choices", "settings"] as const) {
    const rows = sheets[name];
    const columns = columnsOf(rows, xlsFormColumns[name]);
    const sheet = book.addWorksheet(name);
    sheet.addRow(columns);
    for (const row of rows) sheet.addRow(columns.map((column) => row[column] ?? null));
    sheet.getRow(1).font = { bold: true };
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
