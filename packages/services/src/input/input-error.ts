/**
 * The one error class of the services layer for problems in the user's data or files (including
 * an output folder that cannot be written): an empty
 * file, a missing column, a value that is not a number... `message` is a complete sentence that
 * names the file, the line (1-based, as an editor shows it) and the column, so an adapter prints
 * it as it is; `code` is stable for tests and adapters; `location` repeats the place as fields.
 */
export const inputErrorCodes = [
  "unreadable-file",
  "invalid-gzip",
  "empty-file",
  "no-data-rows",
  "missing-column",
  "ragged-row",
  "invalid-utf8",
  "empty-value",
  "non-numeric-value",
  "negative-value",
  "empty-code",
  "duplicate-cell",
  "invalid-data",
  "unwritable-output",
  "not-a-workbook",
  "unknown-sheet",
  "empty-sheet",
  "formula-without-result",
  "spreadsheet-error",
] as const;

export type InputErrorCode = (typeof inputErrorCodes)[number];

export interface InputLocation {
  readonly file: string;
  /** 1-based line number in the file; absent when the problem is the whole file. */
  readonly line?: number;
  readonly column?: string;
}

export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly location: InputLocation,
  ) {
    super(message);
  }
}
