// The error values a spreadsheet cell can hold (ECMA-376 Part 1, 18.17.7.167 ST_CellError, plus
// the ones newer Excel versions add for dynamic arrays, data types and connections). The xlsx
// reader passes an error cell through as its text, so a CSV saved from Excel and the workbook
// itself show the importer the same field, and the importer reports it cell by cell.

export const spreadsheetErrors = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
] as const;

const known: ReadonlySet<string> = new Set(spreadsheetErrors);

/**
 * Whether a field is a spreadsheet error value, exactly as Excel shows it (upper case, no
 * spaces): true for error cells of an .xlsx and for the same text in a CSV saved from Excel.
 * Example: `isSpreadsheetError("#N/A")` is true, `isSpreadsheetError("N/A")` is false.
 */
export function isSpreadsheetError(field: string): boolean {
  return field.startsWith("#") && known.has(field);
}
