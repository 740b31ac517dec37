import type { LongTable } from "@smartspec/analytics";
import type { CsvDelimiter } from "./detect-delimiter.ts";
import { inputMessages } from "./input-messages.ts";
import type { ParseHelper } from "./parallel-parse.ts";
import { type CsvColumnsResult, readCsvColumns } from "./read-csv-columns.ts";

/** Column names of a long ("tidy") file: one row per region x activity (x time) cell. */
export interface LongColumns {
  readonly region: string;
  readonly activity: string;
  readonly value: string;
  readonly time?: string;
}

/** Keep only the records whose `column` holds exactly `equals` (a year, a size band "Total"). */
export interface RowFilter {
  readonly column: string;
  readonly equals: string;
}

export interface ReadLongCsvProps {
  readonly path: string;
  readonly label?: string;
  readonly columns: LongColumns;
  readonly delimiter?: CsvDelimiter;
  /** Records not matching every filter are left out before any check that spans records. */
  readonly filters?: readonly RowFilter[];
  /**
   * Empty values (suppressed or missing cells of published tables): an error (default) or read as
   * zero, counted in `missing`. Only the records kept by `filters` count.
   */
  readonly emptyValues?: "error" | "zero";
  /**
   * Negative values (published GVA can be negative): an error (default) or read as zero, counted
   * in `negativeValuesAsZero`. Only the records kept by `filters` count.
   */
  readonly negativeValues?: "error" | "zero";
  /** A helper thread that parses the second half of a big file. */
  readonly parallel?: ParseHelper;
}

/** A long table read from a file, with where each record came from. */
export interface LongCsv {
  readonly table: LongTable & { readonly value: Float64Array };
  readonly label: string;
  readonly columns: LongColumns;
  /** The 1-based file line of record i is `lines[i]`. */
  readonly lines: Int32Array;
  readonly source: Omit<CsvColumnsResult, "columns" | "coded" | "lines" | "headerIndex">;
  /** The filters applied and how many records of the file they kept. */
  readonly filtered?: { readonly filters: readonly RowFilter[]; readonly rowsRead: number };
  /** Empty values read as zero (with `emptyValues: "zero"`): how many, and the first lines. */
  readonly emptyValuesAsZero?: { readonly count: number; readonly firstLines: readonly number[] };
  /** Negative values read as zero (with `negativeValues: "zero"`): how many, and the first lines. */
  readonly negativeValuesAsZero?: { readonly count: number; readonly firstLines: readonly number[] };
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
  const filtering = props.filters !== undefined && props.filters.length > 0;
  // Empty values are settled after filtering, so a gap in a row left out never stops a read.
  const emptyAs = filtering || props.emptyValues === "zero" ? "missing" : "error";
  const negativeAs = filtering || props.negativeValues === "zero" ? "keep" : "error";
  const result = await readCsvColumns({
    path: props.path,
    label,
    ...(props.delimiter ? { delimiter: props.delimiter } : {}),
    ...(props.parallel ? { parallel: props.parallel } : {}),
    columns: [
      { name: columns.region, role: "region", kind: "code" },
      { name: columns.activity, role: "activity", kind: "code" },
      { name: columns.value, role: "value", kind: "number", emptyAs, negativeAs },
      ...(columns.time === undefined ? [] : [{ name: columns.time, role: "time", kind: "code" as const }]),
      ...(props.filters ?? [])
        .filter((f) => !Object.values(columns).includes(f.column))
        .map((f) => ({ name: f.column, role: "filter", kind: "code" as const })),
    ],
  });
  const long = filtering
    ? keepMatching(result, props.filters!, columns, label)
    : longFromColumns(result, columns, label);
  const settled = emptyAs === "missing" ? settleEmptyValues(long, props.emptyValues ?? "error") : long;
  return negativeAs === "keep" ? settleNegativeValues(settled, props.negativeValues ?? "error") : settled;
}

/** Negative values become zero and are counted, or fail at the first one. */
function settleNegativeValues(long: LongCsv, treatment: "error" | "zero"): LongCsv {
  const value = long.table.value;
  const firstLines: number[] = [];
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    if (!(value[i]! < 0)) continue;
    if (treatment === "error") {
      throw inputMessages.negativeValue(long.label, long.lines[i]!, long.columns.value, String(value[i]));
    }
    value[i] = 0;
    if (count++ < 10) firstLines.push(long.lines[i]!);
  }
  return count === 0 ? long : { ...long, negativeValuesAsZero: { count, firstLines } };
}

/** Empty values (NaN after reading) become zero and are counted, or fail at the first one. */
function settleEmptyValues(long: LongCsv, treatment: "error" | "zero"): LongCsv {
  const value = long.table.value;
  const firstLines: number[] = [];
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    if (!Number.isNaN(value[i]!)) continue;
    if (treatment === "error") throw inputMessages.emptyValue(long.label, long.lines[i]!, long.columns.value);
    value[i] = 0;
    if (count++ < 10) firstLines.push(long.lines[i]!);
  }
  return count === 0 ? long : { ...long, emptyValuesAsZero: { count, firstLines } };
}

function longFromColumns(result: CsvColumnsResult, columns: LongColumns, label: string): LongCsv {
  const texts = result.columns as [string[], string[], Float64Array, string[]?];
  const [regionIds, activityIds, , timeIds] = result.coded;
  const coded = { region: regionIds!, activity: activityIds!, ...(timeIds ? { time: timeIds } : {}) };
  const { columns: _columns, coded: _coded, lines, headerIndex: _headerIndex, ...source } = result;
  // The code texts stay unread (ColumnSink makes them on first use) until something asks for them.
  const table = {
    get region() {
      return texts[0];
    },
    get activity() {
      return texts[1];
    },
    value: texts[2],
    coded,
  };
  if (timeIds) Object.defineProperty(table, "time", { enumerable: true, get: () => texts[3] });
  return { table, label, columns, lines, source };
}

/** The records of `result` that pass every filter, with codes interned again over those records only. */
function keepMatching(
  result: CsvColumnsResult,
  filters: readonly RowFilter[],
  columns: LongColumns,
  label: string,
): LongCsv {
  const dataSlots = columns.time === undefined ? 3 : 4;
  const keep = new Uint8Array(result.rows).fill(1);
  const dataNames = [columns.region, columns.activity, columns.value, columns.time];
  let extraSlot = dataSlots;
  for (const filter of filters) {
    // A filter on a column the analysis also reads (the time column) uses that column's slot.
    const own = dataNames.indexOf(filter.column);
    const coded = result.coded[own >= 0 ? own : extraSlot++];
    if (coded === undefined) throw new Error(`cannot filter on the value column "${filter.column}"`);
    const id = coded.codes.indexOf(filter.equals);
    for (let i = 0; i < result.rows; i++) if (coded.ids[i] !== id) keep[i] = 0;
  }
  let kept = 0;
  for (let i = 0; i < result.rows; i++) kept += keep[i]!;
  if (kept === 0) {
    const wanted = filters.map((f) => `${f.column} = "${f.equals}"`).join(" and ");
    throw inputMessages.invalidData(label, `no data rows have ${wanted}.`);
  }
  const lines = new Int32Array(kept);
  const rows = new Int32Array(kept);
  for (let i = 0, j = 0; i < result.rows; i++) {
    if (keep[i] === 1) {
      rows[j] = i;
      lines[j++] = result.lines[i]!;
    }
  }
  const keptColumns = result.columns
    .slice(0, dataSlots)
    .map((column) =>
      column instanceof Float64Array
        ? Float64Array.from(rows, (i) => column[i]!)
        : Array.from(rows, (i) => column[i]!),
    );
  const keptCoded = result.coded
    .slice(0, dataSlots)
    .map((coded) => (coded ? recode(coded, rows) : undefined));
  const narrowed: CsvColumnsResult = { ...result, rows: kept, lines, columns: keptColumns, coded: keptCoded };
  return { ...longFromColumns(narrowed, columns, label), filtered: { filters, rowsRead: result.rows } };
}

/** Interns the codes of the kept `rows` again, so codes only the left-out records had disappear. */
function recode(coded: { readonly codes: readonly string[]; readonly ids: Int32Array }, rows: Int32Array) {
  const newId = new Int32Array(coded.codes.length).fill(-1);
  const codes: string[] = [];
  const ids = new Int32Array(rows.length);
  for (let j = 0; j < rows.length; j++) {
    const old = coded.ids[rows[j]!]!;
    if (newId[old] === -1) {
      newId[old] = codes.length;
      codes.push(coded.codes[old]!);
    }
    ids[j] = newId[old]!;
  }
  return { codes, ids };
}
