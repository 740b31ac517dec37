// The data pack's CSV files (RFC 4180: comma-separated, CRLF line ends, fields quoted when they
// hold a comma, quote, CR or LF, quotes doubled), UTF-8 with an optional byte-order mark so Excel
// reads the accents. Numbers are written in their shortest round-trip form, so R reads back the
// exact doubles. "Labels" tables are for people opening them in a spreadsheet: text that a
// spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe
// (OWASP's advice on CSV injection); the "codes" table, read by the R script, is left verbatim.
import type { SurveyDataset } from "@smartspec/domain";
import { datasetRows } from "./dataset-cells.ts";

export interface DatasetCsvOptions {
  /** Value labels in place of codes (default false: codes). */
  readonly labels?: boolean;
  /** Start with the UTF-8 byte-order mark (default false). */
  readonly bom?: boolean;
}

const needsQuotes = /[",\r\n]/;
const formulaStart = /^[=+\-@\t\r]/;

function field(value: string | number | null, guardFormulas: boolean): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = guardFormulas && formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The dataset as CSV bytes: a header of variable names, then one line per response. */
export function datasetCsv(dataset: SurveyDataset, options: DatasetCsvOptions = {}): Uint8Array {
  const labels = options.labels ?? false;
  const lines = [dataset.variables.map((v) => field(v.name, false)).join(",")];
  for (const row of datasetRows(dataset, labels))
    lines.push(row.map((cell) => field(cell, labels)).join(","));
  const text = `${options.bom ? "\ufeff" : ""}${lines.join("\r\n")}\r\n`;
  return new TextEncoder().encode(text);
}
