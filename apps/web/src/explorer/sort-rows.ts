// Sorting for the explorer's sortable tables: by one column, numbers numerically, text by
// locale, missing values last in both directions, ties kept in their given order (stable).

export type SortDirection = "ascending" | "descending";

export interface SortState<Key extends string> {
  readonly key: Key;
  readonly direction: SortDirection;
}

/**
 * A sorted copy of the rows. Example: sortRows([{ a: 2 }, { a: 1 }], { key: "a", direction:
 * "ascending" }) -> [{ a: 1 }, { a: 2 }].
 */
export function sortRows<Row extends object, Key extends keyof Row & string>(
  rows: readonly Row[],
  sort: SortState<Key>,
): Row[] {
  const sign = sort.direction === "ascending" ? 1 : -1;
  const missing = (value: unknown) =>
    value === null || value === undefined || (typeof value === "number" && Number.isNaN(value));
  return rows
    .map((row, index) => ({ row, index }))
    .sort((left, right) => {
      const a = left.row[sort.key];
      const b = right.row[sort.key];
      if (missing(a) || missing(b))
        return missing(a) === missing(b) ? left.index - right.index : missing(a) ? 1 : -1;
      const order =
        typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
      return order === 0 ? left.index - right.index : sign * order;
    })
    .map(({ row }) => row);
}

/** The next sort after clicking a column: same column flips, a new column starts descending for numbers. */
export function nextSort<Key extends string>(
  current: SortState<Key>,
  key: Key,
  numeric: boolean,
): SortState<Key> {
  if (current.key === key)
    return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return { key, direction: numeric ? "descending" : "ascending" };
}
