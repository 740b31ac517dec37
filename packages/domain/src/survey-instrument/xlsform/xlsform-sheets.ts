// The XLSForm workbook as plain data: each sheet is its rows as records keyed by column header
// (https://xlsform.org: survey, choices, settings). The services layer reads and writes these rows
// from and to .xlsx; the domain converts them to and from an instrument.

/** One sheet row: column header -> cell text ("" or absent when blank). */
export type XlsFormRow = Readonly<Record<string, string>>;

export interface XlsFormSheets {
  readonly survey: readonly XlsFormRow[];
  readonly choices: readonly XlsFormRow[];
  readonly settings: readonly XlsFormRow[];
}

/** The columns written, in order, per sheet. */
export const xlsFormColumns = {
  survey: [
    "type",
    "name",
    "label",
    "hint",
    "required",
    "relevant",
    "constraint",
    "choice_filter",
    "appearance",
    "parameters",
  ],
  choices: ["list_name", "name", "label"],
  settings: ["form_title", "form_id", "version"],
} as const;

/**
 * The spreadsheet row number of the i-th data row (the header is row 1), as problem paths use it:
 * `["survey", 5, "relevant"]` is cell "relevant" of sheet row 5.
 */
export const sheetRowNumber = (index: number): number => index + 2;
