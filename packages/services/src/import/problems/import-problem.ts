// What the importer reports: every problem it finds, each with a stable code, the place a user
// looks for (line or sheet row, column) and a complete sentence that names that place.

export const importProblemCodes = [
  "unreadable-text",
  "empty-file",
  "no-data-rows",
  "empty-header",
  "duplicate-header",
  "missing-column",
  "unmapped-column",
  "no-period-columns",
  "ragged-row",
  "empty-code",
  "formula",
  "too-long",
  "spreadsheet-error",
  "non-numeric-value",
  "negative-value",
  "duplicate-cell",
  "unknown-code",
] as const;

export type ImportProblemCode = (typeof importProblemCodes)[number];

export interface ImportProblem {
  readonly code: ImportProblemCode;
  /** 1-based CSV line or sheet row; absent when the problem is the whole file. */
  readonly line?: number;
  /** Header name of the column (or `column 3` when it has none). */
  readonly column?: string;
  /** The offending field as written (shortened in `message`, whole here up to 1,000 characters). */
  readonly value?: string;
  /** A complete sentence naming file, line and column. */
  readonly message: string;
}

/** Where a message points: the file (and sheet) label, and whether rows are lines or sheet rows. */
export interface ProblemPlace {
  readonly label: string;
  readonly unit: "line" | "row";
}
