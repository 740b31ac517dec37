// Immutable list edits shared by pages, questions, choices, rows and scale points: each returns a
// new array and leaves its input as it was.

/** `list` with the item at `index` replaced. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((current, i) => (i === index ? item : current));
}

/** `list` without the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** `list` with `item` inserted before position `index` (at the end when index >= length). */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

/**
 * `list` with the item at `from` moved to position `to`; the same order when `to` is outside the
 * list. Example: `moveItem(["a", "b", "c"], 2, 0)` is `["c", "a", "b"]`.
 */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from < 0 || from >= list.length || from === to) return [...list];
  const item = list[from] as T;
  return insertAt(removeAt(list, from), to, item);
}

/** A copy of `object` with `key` set, or removed when `value` is undefined (so JSON stays tidy). */
export function withField<T extends object, K extends keyof T>(
  object: T,
  key: K,
  value: T[K] | undefined,
): T {
  const copy = { ...object };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}
