import type { LongTable } from "@smartspec/analytics";
import type { CsvDelimiter } from "./detect-delimiter.ts";
import { type CsvColumnsResult, readCsvColumns } from "./read-csv-columns.ts";

/** Column names of a long ("tidy") file: one row per region x activity (x time) cell. */
export interface LongColumns {
  readonly region: string;
  readonly activity: string;
  readonly value: string;
  readonly time?: string;
}

export interface ReadLongCsvProps {
  readonly path: string;
  readonly label?: string;
  readonly columns: LongColumns;
  readonly delimiter?: CsvDelimiter;
}

/** A long table read from a file, with where each record came from. */
export interface LongCsv {
  readonly table: LongTable & { readonly value: Float64Array };
  readonly label: string;
  readonly columns: LongColumns;
  /** The 1-based file line of record i is `lines[i]`. */
  readonly lines: Int32Array;
  readonly source: Omit<CsvColumnsResult, "columns" | "coded" | "lines" | "headerIndex">;
}

/**
 * Reads a long CSV file (plain or .gz) into the columnar `LongTable` of @smartspec/analytics.
 * Codes stay text; values are non-negative decimals. Throws `InputError` naming file, line and
 * column. Example: `readLongCsv({ path: "trade.csv.gz", columns: { region: "country",
 * activity: "product", value: "value" } })`.
 */
export async function readLongCsv(props: ReadLongCsvProps): Promise<LongCsv> {
  const label = props.label ?? props.path;
  const { columns } = props;
  const result = await readCsvColumns({
    path: props.path,
    label,
    ...(props.delimiter ? { delimiter: props.delimiter } : {}),
    columns: [
      { name: columns.region, role: "region", kind: "code" },
      { name: columns.activity, role: "activity", kind: "code" },
      { name: columns.value, role: "value", kind: "number" },
      ...(columns.time === undefined ? [] : [{ name: columns.time, role: "time", kind: "code" as const }]),
    ],
  });
  const [region, activity, value, time] = result.columns as [string[], string[], Float64Array, string[]?];
  const [regionIds, activityIds, , timeIds] = result.coded;
  const coded = { region: regionIds!, activity: activityIds!, ...(timeIds ? { time: timeIds } : {}) };
  const { columns: _columns, coded: _coded, lines, headerIndex: _headerIndex, ...source } = result;
  return {
    table: time === undefined ? { region, activity, value, coded } : { region, activity, value, time, coded },
    label,
    columns,
    lines,
    source,
  };
}
