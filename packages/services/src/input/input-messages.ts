// Every message the input readers show a user, in one place, so wording stays consistent and
// tests can assert exact text. Each names the file, the line and the column.
import { InputError } from "./input-error.ts";

const where = (file: string, line: number, column?: string): string =>
  column === undefined ? `${file}, line ${line}` : `${file}, line ${line}, column "${column}"`;

const quoteList = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(", ");

/** Shows a field as the user wrote it, shortened so one bad cell cannot flood the terminal. */
const shown = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}...` : text);

export const inputMessages = {
  unreadableFile: (file: string, reason: string) =>
    new InputError("unreadable-file", `${file}: cannot read the file (${reason}).`, { file }),
  invalidGzip: (file: string, reason: string) =>
    new InputError("invalid-gzip", `${file}: the file starts like gzip but cannot be unpacked (${reason}).`, {
      file,
    }),
  emptyFile: (file: string) =>
    new InputError("empty-file", `${file}: the file is empty; expected a header line and data rows.`, {
      file,
    }),
  noDataRows: (file: string) =>
    new InputError("no-data-rows", `${file}: the file has a header line but no data rows.`, {
      file,
      line: 1,
    }),
  missingColumn: (file: string, wanted: string, role: string, found: readonly string[]) =>
    new InputError(
      "missing-column",
      `${where(file, 1)}: no column "${wanted}" (the ${role} column); the header has ${quoteList(found)}.`,
      { file, line: 1, column: wanted },
    ),
  tooFewFields: (file: string, line: number, fields: number, header: readonly string[]) =>
    new InputError(
      "ragged-row",
      `${where(file, line, header[fields])}: the row ends after ${fields} field${fields === 1 ? "" : "s"} but the header has ${header.length} columns.`,
      { file, line, column: header[fields]! },
    ),
  tooManyFields: (file: string, line: number, header: readonly string[]) =>
    new InputError(
      "ragged-row",
      `${where(file, line)}: the row has more fields than the ${header.length} columns of the header (extra field after column "${header[header.length - 1]}").`,
      { file, line, column: header[header.length - 1]! },
    ),
  invalidUtf8: (file: string, line: number, column: string | undefined, byte: number) =>
    new InputError(
      "invalid-utf8",
      `${where(file, line, column)}: byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")} is not valid UTF-8; save the file as UTF-8.`,
      column === undefined ? { file, line } : { file, line, column },
    ),
  emptyValue: (file: string, line: number, column: string) =>
    new InputError(
      "empty-value",
      `${where(file, line, column)}: the value is empty; write 0 for a zero cell or leave the row out.`,
      { file, line, column },
    ),
  nonNumericValue: (file: string, line: number, column: string, text: string) =>
    new InputError("non-numeric-value", `${where(file, line, column)}: ${shown(text)} is not a number.`, {
      file,
      line,
      column,
    }),
  negativeValue: (file: string, line: number, column: string, text: string) =>
    new InputError(
      "negative-value",
      `${where(file, line, column)}: ${shown(text)} is negative; values must be zero or more.`,
      { file, line, column },
    ),
  emptyCode: (file: string, line: number, column: string) =>
    new InputError("empty-code", `${where(file, line, column)}: the code is empty.`, { file, line, column }),
  duplicateCell: (
    file: string,
    line: number,
    columns: readonly string[],
    codes: readonly string[],
    firstLine: number,
  ) =>
    new InputError(
      "duplicate-cell",
      `${where(file, line)}: ${columns.map((c, i) => `${c} ${shown(codes[i]!)}`).join(", ")} already appears on line ${firstLine}; give each cell once (or add up the rows first).`,
      { file, line, column: columns.join(",") },
    ),
  atRecord: (file: string, line: number, column: string, message: string) =>
    new InputError("invalid-data", `${where(file, line, column)}: ${message}`, { file, line, column }),
  unwritableOutput: (folder: string, reason: string) =>
    new InputError("unwritable-output", `${folder}: cannot write the output folder (${reason}).`, {
      file: folder,
    }),
  invalidData: (file: string, message: string) =>
    new InputError("invalid-data", `${file}: ${message}`, { file }),
  unclosedQuote: (file: string, line: number) =>
    new InputError(
      "invalid-data",
      `${where(file, line)}: a quoted field starts on this line but its closing quote is missing.`,
      { file, line },
    ),
  /** An unclosed quote found by csv-parse, which knows only that it opens after the last whole record. */
  unclosedQuoteAfter: (file: string, line: number) =>
    new InputError(
      "invalid-data",
      `${where(file, line)}: a quoted field starts on this line or a later one and its closing quote is missing.`,
      { file, line },
    ),
  /** A CSV the general parser (csv-parse) cannot read for another reason, in its words. */
  unreadableCsv: (file: string, line: number, reason: string) =>
    new InputError("invalid-data", `${where(file, line)}: the CSV cannot be read (${reason}).`, {
      file,
      line,
    }),
} as const;
