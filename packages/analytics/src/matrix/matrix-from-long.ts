import { AnalyticsError } from "../common/analytics-error.ts";
import type { RegionActivityMatrix } from "./region-activity-matrix.ts";

/** A code column as ids into a list of distinct codes: `codes[ids[i]]` is record i's code. */
export interface CodedColumn {
  readonly codes: readonly string[];
  readonly ids: Int32Array;
}

/** Long ("tidy") data in columns: one record per region x activity (x time) cell. */
export interface LongTable {
  readonly region: readonly string[];
  readonly activity: readonly string[];
  readonly value: ArrayLike<number>;
  readonly time?: readonly string[];
  /**
   * The same code columns as ids, when the reader interned them (it must agree with the string
   * columns). Lets the matrix be built without hashing every record's strings again; the string
   * columns are then read only to name a record in an error (a reader may make them on demand).
   */
  readonly coded?: {
    readonly region: CodedColumn;
    readonly activity: CodedColumn;
    readonly time?: CodedColumn;
  };
}

export interface MatrixFromLongOptions {
  /** What to do with a region x activity (x time) cell given twice: fail (default) or add up. */
  readonly duplicates?: "error" | "sum";
}

/** A multi-period panel: one matrix per period, all over the same region and activity codes. */
export interface Panel {
  readonly times: readonly string[];
  readonly matrices: readonly RegionActivityMatrix[];
}

/** Code order used everywhere: by UTF-16 code units, so `0011` < `0012` < `11` and it never depends on locale. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorted distinct codes and, for every record, the position of its code in that list:
 * `rank[ids[i]]` (ids into the distinct codes, as a reader interned them; for strings, ids are the
 * positions and `rank` the identity).
 */
interface SortedColumn {
  readonly sorted: string[];
  readonly ids: Int32Array;
  readonly rank: Int32Array;
}

function sortColumn(codes: readonly string[]): SortedColumn {
  const unique = new Set<string>();
  for (const c of codes) unique.add(c);
  const sorted = [...unique].sort(compareCodes);
  const index = new Map<string, number>();
  for (let i = 0; i < sorted.length; i++) index.set(sorted[i]!, i);
  const ids = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) ids[i] = index.get(codes[i]!)!;
  return { sorted, ids, rank: Int32Array.from(sorted.keys()) };
}

function sortCodedColumn(column: CodedColumn): SortedColumn {
  const order = Array.from(column.codes.keys()).sort((a, b) =>
    compareCodes(column.codes[a]!, column.codes[b]!),
  );
  const rank = new Int32Array(column.codes.length);
  for (let i = 0; i < order.length; i++) rank[order[i]!] = i;
  return { sorted: order.map((id) => column.codes[id]!), ids: column.ids, rank };
}

/** Whether the table has a time column (asked of the ids when given: the texts may be made on demand). */
function hasTime(table: LongTable): boolean {
  return table.coded ? table.coded.time !== undefined : table.time !== undefined;
}

function checkLengths(table: LongTable): number {
  const n = table.value.length;
  const coded = table.coded;
  const codes = coded
    ? [coded.region.ids, coded.activity.ids, coded.time?.ids]
    : [table.region, table.activity, table.time];
  if (codes.some((column) => column !== undefined && column.length !== n)) {
    throw new AnalyticsError(
      "length-mismatch",
      "The region, activity, value (and time) columns have different lengths.",
    );
  }
  if (n === 0) throw new AnalyticsError("empty-input", "The input has no data rows.");
  return n;
}

function checkValue(table: LongTable, i: number): number {
  const x = table.value[i]!;
  if (!Number.isFinite(x) || x < 0) {
    throw new AnalyticsError(
      "invalid-value",
      `Value ${String(x)} for region "${table.region[i]}", activity "${table.activity[i]}" is not a finite non-negative number.`,
      { index: i, region: table.region[i]!, activity: table.activity[i]!, field: "value", value: x },
    );
  }
  return x;
}

/**
 * Builds the panel (one matrix per period; one period "" when there is no time column) over the
 * union of the codes seen, sorted. Cells never given are zero. Never mutates the input.
 * Throws `AnalyticsError` for negative or non-finite values and for duplicate cells (unless
 * `duplicates: "sum"`), naming the 0-based record index.
 */
export function panelFromLong(table: LongTable, options: MatrixFromLongOptions = {}): Panel {
  const n = checkLengths(table);
  const coded = table.coded;
  const regions = coded ? sortCodedColumn(coded.region) : sortColumn(table.region);
  const activities = coded ? sortCodedColumn(coded.activity) : sortColumn(table.activity);
  const times = !hasTime(table)
    ? undefined
    : coded?.time
      ? sortCodedColumn(coded.time)
      : sortColumn(table.time!);
  const nR = regions.sorted.length;
  const nP = activities.sorted.length;
  const nT = times === undefined ? 1 : times.sorted.length;
  const cellsPerPeriod = nR * nP;
  const values = Array.from({ length: nT }, () => new Float64Array(cellsPerPeriod));
  // 1 + the first record of each cell, 0 for none (a fresh array is zero: no fill pass).
  const firstRecord = new Int32Array(cellsPerPeriod * nT);
  const sum = options.duplicates === "sum";
  const { ids: regionIds, rank: regionRank } = regions;
  const { ids: activityIds, rank: activityRank } = activities;
  for (let i = 0; i < n; i++) {
    const x = checkValue(table, i);
    const t = times === undefined ? 0 : times.rank[times.ids[i]!]!;
    const cell = regionRank[regionIds[i]!]! * nP + activityRank[activityIds[i]!]!;
    const key = t * cellsPerPeriod + cell;
    const first = firstRecord[key]! - 1;
    if (first >= 0 && !sum) {
      throw new AnalyticsError(
        "duplicate-cell",
        `Region "${table.region[i]}", activity "${table.activity[i]}"${table.time ? `, time "${table.time[i]}"` : ""} appears twice (records ${first + 1} and ${i + 1}).`,
        {
          index: i,
          region: table.region[i]!,
          activity: table.activity[i]!,
          ...(table.time ? { time: table.time[i]! } : {}),
        },
      );
    }
    if (first < 0) firstRecord[key] = i + 1;
    values[t]![cell]! += x;
  }
  return {
    times: times === undefined ? [""] : times.sorted,
    matrices: values.map((v) => ({ regions: regions.sorted, activities: activities.sorted, values: v })),
  };
}

/** One matrix from long data without a time column (see `panelFromLong`). */
export function matrixFromLong(table: LongTable, options: MatrixFromLongOptions = {}): RegionActivityMatrix {
  if (hasTime(table)) {
    throw new AnalyticsError(
      "invalid-option",
      "The input has a time column: use panelFromLong for several periods.",
    );
  }
  return panelFromLong(table, options).matrices[0]!;
}
