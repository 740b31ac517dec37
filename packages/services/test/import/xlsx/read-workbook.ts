// Test helper: every row of an .xlsx through openXlsxRows, and the InputError a failing read throws.

import type { RowSource, SourceRow } from "../../../src/import/row-source.ts";
import { openXlsxRows, type XlsxRowsOptions } from "../../../src/import/xlsx/open-xlsx-rows.ts";
import { InputError } from "../../../src/input/input-error.ts";

export async function allRows(source: RowSource): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  for await (const batch of source.rows()) rows.push(...batch);
  return rows;
}

/** Rows as `[line, fields]` pairs, easy to compare with an exact expectation. */
export async function readRows(
  path: string,
  options: XlsxRowsOptions = {},
): Promise<[number, readonly string[]][]> {
  const rows = await allRows(await openXlsxRows(path, options));
  return rows.map((row) => [row.line, row.fields]);
}

/** The InputError that opening or reading every row throws; fails the test when none is thrown. */
export async function readFailure(path: string, options: XlsxRowsOptions = {}): Promise<InputError> {
  try {
    await allRows(await openXlsxRows(path, options));
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`expected an InputError reading ${path}`);
}
