/** One row of a source as a user sees it: `line` is the 1-based CSV line or sheet row number. */
export interface SourceRow {
  readonly line: number;
  readonly fields: readonly string[];
}
export interface RowSource {
  readonly label: string; // file (and sheet) as messages show it
  readonly format: "csv" | "xlsx";
  readonly facts: Readonly<Record<string, string>>; // e.g. encoding, delimiter, sheet: shown in the summary
  rows(): AsyncIterable<readonly SourceRow[]>; // batches, header row included, blank rows skipped
}
