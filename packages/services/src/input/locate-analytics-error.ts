// Analytics kernels report bad records by their 0-based index in the long table; users think in
// file lines and column names. This turns an `AnalyticsError` into an `InputError` that names the
// file, the line and the column.
import { AnalyticsError } from "@smartspec/analytics";
import { OptionError } from "../pipeline/option-error.ts";
import type { InputError } from "./input-error.ts";
import { inputMessages } from "./input-messages.ts";
import type { LongCsv } from "./read-long-csv.ts";

/**
 * What a located error needs of a long table: its label and columns, and its records when the
 * error can name one (the panel stage); later stages work on matrices and pass only the first two,
 * so the records can be released.
 */
export type ErrorContext = Pick<LongCsv, "label" | "columns"> & Partial<Pick<LongCsv, "lines" | "table">>;

function firstLineOfCell(long: LongCsv, index: number): number {
  const { region, activity, time } = long.table;
  for (let i = 0; i < index; i++) {
    if (region[i] === region[index] && activity[i] === activity[index] && time?.[i] === time?.[index]) {
      return long.lines[i]!;
    }
  }
  return long.lines[index]!;
}

/** The user-facing form of an analytics error raised on `long`'s data. */
export function locateAnalyticsError(error: AnalyticsError, context: ErrorContext): InputError {
  const { label, columns, table, lines } = context;
  const index = error.details.index;
  if (index === undefined || index < 0 || !lines || !table || index >= lines.length) {
    return inputMessages.invalidData(label, error.message);
  }
  const long = { ...context, lines, table } as LongCsv;
  const line = lines[index]!;
  if (error.code === "duplicate-cell") {
    const names = [columns.region, columns.activity, ...(columns.time === undefined ? [] : [columns.time])];
    const codes = [table.region[index]!, table.activity[index]!, ...(table.time ? [table.time[index]!] : [])];
    return inputMessages.duplicateCell(label, line, names, codes, firstLineOfCell(long, index));
  }
  const field = error.details.field;
  const column = field === "value" ? columns.value : field === "region" ? columns.region : columns.activity;
  return inputMessages.atRecord(label, line, column, error.message);
}

/**
 * Runs `compute`, turning an `AnalyticsError` about `long`'s records into a located `InputError`,
 * and one about the options (code "invalid-option") into an `OptionError`.
 */
export function withInputLocation<T>(context: ErrorContext, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof AnalyticsError) {
      if (error.code === "invalid-option") throw new OptionError(error.message);
      throw locateAnalyticsError(error, context);
    }
    throw error;
  }
}
