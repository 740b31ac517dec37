// Every message the xlsx reader shows a user, in one place (as input/input-messages.ts does for
// CSV). File-level messages name the file; cell-level ones name the source label (file and sheet,
// `data.xlsx [sheet "Data"]`) and the cell (`C7`), which is how a spreadsheet user finds it.
import { InputError } from "../../input/input-error.ts";
import { cellReference, columnLetters } from "./cell-reference.ts";

const quoteList = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(", ");
const shortened = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}...` : text);
const resave = "open the file in Excel or LibreOffice and save it again";

function atCell(code: InputError["code"], label: string, line: number, fieldIndex: number, text: string) {
  return new InputError(code, `${label}, cell ${cellReference(line, fieldIndex)}: ${text}`, {
    file: label,
    line,
    column: columnLetters(fieldIndex + 1),
  });
}

export const xlsxMessages = {
  emptyFile: (file: string) =>
    new InputError("empty-file", `${file}: the file is empty; expected an Excel .xlsx workbook.`, { file }),
  /** `why` says what the file looks like instead, `advice` what to do. */
  notAWorkbook: (file: string, why: string, advice: string) =>
    new InputError("not-a-workbook", `${file}: not an Excel .xlsx workbook (${why}; ${advice}).`, { file }),
  encrypted: (file: string) =>
    new InputError(
      "not-a-workbook",
      `${file}: the workbook is encrypted with a password; save a copy without the password (or as CSV) and import that.`,
      { file },
    ),
  damagedPart: (file: string, part: string, reason: string) =>
    new InputError(
      "unreadable-file",
      `${file}: cannot read the workbook part ${part} (${reason}); ${resave}.`,
      {
        file,
      },
    ),
  noWorksheets: (file: string) =>
    new InputError("empty-sheet", `${file}: the workbook has no worksheets (only chart sheets or none).`, {
      file,
    }),
  unknownSheet: (file: string, wanted: string, worksheets: readonly string[]) =>
    new InputError(
      "unknown-sheet",
      `${file}: the workbook has no sheet "${wanted}"; its sheets are ${quoteList(worksheets)}.`,
      { file },
    ),
  notAWorksheet: (file: string, wanted: string, worksheets: readonly string[]) =>
    new InputError(
      "unknown-sheet",
      `${file}: sheet "${wanted}" is a chart sheet, not a table of cells; its worksheets are ${quoteList(worksheets)}.`,
      { file },
    ),
  emptySheet: (file: string, sheet: string) =>
    new InputError(
      "empty-sheet",
      `${file}: sheet "${sheet}" is empty; expected a header row and data rows.`,
      {
        file,
      },
    ),
  formulaWithoutResult: (label: string, line: number, fieldIndex: number, formula: string) =>
    atCell(
      "formula-without-result",
      label,
      line,
      fieldIndex,
      `${formula === "" ? "the formula" : `the formula =${shortened(formula)}`} has no saved result (the program that wrote the file did not calculate it); ${resave}, then import it.`,
    ),
  missingSharedString: (label: string, line: number, fieldIndex: number, index: string) =>
    atCell(
      "unreadable-file",
      label,
      line,
      fieldIndex,
      `the cell points at shared string ${shortened(index)}, which the workbook does not have; the file is damaged; ${resave}.`,
    ),
  /**
   * For the importer: a field that holds a spreadsheet error (see `isSpreadsheetError`).
   * Example: `data.xlsx [sheet "Data"], cell C7: the cell holds the spreadsheet error #N/A; ...`.
   */
  spreadsheetError: (label: string, line: number, fieldIndex: number, error: string) =>
    atCell(
      "spreadsheet-error",
      label,
      line,
      fieldIndex,
      `the cell holds the spreadsheet error ${error}; correct the formula or its inputs, or clear the cell.`,
    ),
} as const;
