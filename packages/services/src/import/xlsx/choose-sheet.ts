// Which sheet of a workbook the importer reads.
import type { WorkbookLayout, WorkbookSheet } from "./workbook-sheets.ts";
import { xlsxMessages } from "./xlsx-messages.ts";

const isVisible = (sheet: WorkbookSheet) => sheet.state !== "hidden" && sheet.state !== "veryHidden";

/**
 * The sheet named `wanted` (exactly, else the only one equal ignoring case, as Excel treats sheet
 * names), or by default the first visible worksheet in tab order (the first worksheet if all are
 * hidden): a hidden first sheet usually holds lookups, not the data a user means. Throws
 * `InputError` for an unknown name (listing the worksheets), a chart sheet, or no worksheet.
 * Example: `chooseSheet(layout, undefined, "data.xlsx").name` is `"Data"`.
 */
export function chooseSheet(layout: WorkbookLayout, wanted: string | undefined, file: string): WorkbookSheet {
  const worksheets = layout.sheets.filter((sheet) => sheet.kind === "worksheet");
  const names = worksheets.map((sheet) => sheet.name);
  if (worksheets.length === 0) throw xlsxMessages.noWorksheets(file);
  if (wanted === undefined) return worksheets.find(isVisible) ?? worksheets[0]!;
  const folded = wanted.toLowerCase();
  const ignoringCase = layout.sheets.filter((sheet) => sheet.name.toLowerCase() === folded);
  const found =
    layout.sheets.find((sheet) => sheet.name === wanted) ??
    (ignoringCase.length === 1 ? ignoringCase[0] : undefined);
  if (found === undefined) throw xlsxMessages.unknownSheet(file, wanted, names);
  if (found.kind !== "worksheet") throw xlsxMessages.notAWorksheet(file, found.name, names);
  return found;
}
