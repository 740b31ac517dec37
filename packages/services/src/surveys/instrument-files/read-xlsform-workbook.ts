// Reads an XLSForm workbook (.xlsx) into sheet rows: the survey sheet (required) and the choices
// and settings sheets (optional). The importer's streaming reader (import/xlsx, decision 0008) opens
// one sheet at a time, so each sheet is opened by name; this module wraps it and changes nothing there.
import type { XlsFormRow, XlsFormSheets } from "@smartspec/domain";
import { openXlsxRows } from "../../import/xlsx/open-xlsx-rows.ts";
import { InputError } from "../../input/input-error.ts";

export interface ReadXlsFormOptions {
  /** The file as messages show it; default: the path. */
  readonly label?: string;
}

/**
 * The rows of one sheet as records keyed by the header row. Blank sheet rows become empty records,
 * so record i is sheet row i + 2 (the header is row 1), as `sheetRowNumber` and problem paths assume.
 */
async function sheetRecords(
  path: string,
  sheet: string,
  label: string,
  optional: boolean,
): Promise<XlsFormRow[]> {
  let source: Awaited<ReturnType<typeof openXlsxRows>>;
  try {
    source = await openXlsxRows(path, { sheet, label });
  } catch (error) {
    if (optional && error instanceof InputError && error.code === "unknown-sheet") return [];
    throw error;
  }
  const records: XlsFormRow[] = [];
  let header: readonly string[] | undefined;
  let headerLine = 0;
  try {
    for await (const batch of source.rows()) {
      for (const row of batch) {
        if (header === undefined) {
          header = row.fields.map((field) => field.trim());
          headerLine = row.line;
          continue;
        }
        while (headerLine + records.length + 1 < row.line) records.push({});
        const record: Record<string, string> = {};
        row.fields.forEach((field, i) => {
          const column = header?.[i];
          if (column !== undefined && column !== "" && field !== "") record[column] = field;
        });
        records.push(record);
      }
    }
  } catch (error) {
    if (optional && error instanceof InputError && error.code === "empty-sheet") return [];
    throw error;
  }
  return records;
}

/**
 * The survey, choices and settings sheets of an XLSForm .xlsx as rows keyed by column header (sheet
 * names matched ignoring case, as Excel does). Throws `InputError` when the file is not a workbook
 * or has no "survey" sheet. Example: `fromXlsForm(await readXlsFormWorkbook("sme.xlsx"))`.
 */
export async function readXlsFormWorkbook(
  path: string,
  options: ReadXlsFormOptions = {},
): Promise<XlsFormSheets> {
  const label = options.label ?? path;
  return {
    survey: await sheetRecords(path, "survey", label, false),
    choices: await sheetRecords(path, "choices", label, true),
    settings: await sheetRecords(path, "settings", label, true),
  };
}
