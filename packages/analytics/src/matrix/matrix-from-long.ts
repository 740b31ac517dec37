import { AnalyticsError } from "../common/analytics-error.ts";
import type { RegionActivityMatrix } from "./region-activity-matrix.ts";

/** Long ("tidy") data in columns: one record per region x activity (x time) cell. */
export interface LongTable {
  readonly region: readonly string[];
  readonly activity: readonly string[];
  readonly value: ArrayLike<number>;
  readonly time?: readonly string[];
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

function indexCodes(codes: readonly string[]): { sorted: string[]; index: Map<string, number> } {
  const unique = new Set<string>();
  for (const c of codes) unique.add(c);
  const sorted = [...unique].sort(compareCodes);
  const index = new Map<string, number>();
  for (let i = 0; i < sorted.length; i++) index.set(sorted[i]!, i);
  return { sorted, index };
}

function checkLengths(table: LongTable): number {
  const n = table.region.length;
  if (table.activity.length !== n || table.value.length !== n || (table.time && table.time.length !== n)) {
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
  const regions = indexCodes(table.region);
  const activities = indexCodes(table.activity);
  const times = table.time ? indexCodes(table.time) : { sorted: [""], index: new Map([["", 0]]) };
  const nR = regions.sorted.length;
  const nP = activities.sorted.length;
  const cellsPerPeriod = nR * nP;
  const values = times.sorted.map(() => new Float64Array(cellsPerPeriod));
  const firstRecord = new Int32Array(cellsPerPeriod * times.sorted.length).fill(-1);
  const sum = options.duplicates === "sum";
  for (let i = 0; i < n; i++) {
    const x = checkValue(table, i);
    const t = table.time ? times.index.get(table.time[i]!)! : 0;
    const cell = regions.index.get(table.region[i]!)! * nP + activities.index.get(table.activity[i]!)!;
    const key = t * cellsPerPeriod + cell;
    const first = firstRecord[key]!;
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
    firstRecord[key] = first >= 0 ? first : i;
    values[t]![cell]! += x;
  }
  return {
    times: times.sorted,
    matrices: values.map((v) => ({ regions: regions.sorted, activities: activities.sorted, values: v })),
  };
}

/** One matrix from long data without a time column (see `panelFromLong`). */
export function matrixFromLong(table: LongTable, options: MatrixFromLongOptions = {}): RegionActivityMatrix {
  if (table.time) {
    throw new AnalyticsError(
      "invalid-option",
      "The input has a time column: use panelFromLong for several periods.",
    );
  }
  return panelFromLong(table, options).matrices[0]!;
}
