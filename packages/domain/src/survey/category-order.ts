// The order of categories and groups in results: numbers by value when every label is a number
// (Likert codes 1..5 before 10), otherwise by code point, so results do not depend on a locale.
// (R sorts factor levels in the session's locale; for codes and ASCII labels the orders agree.)

const numeric = /^-?\d+(\.\d+)?$/;

/** The distinct non-empty labels of `values`, sorted. */
export function sortedLevels(values: Iterable<string | null | undefined>): string[] {
  const seen = new Set<string>();
  for (const value of values) if (value !== null && value !== undefined && value !== "") seen.add(value);
  const levels = [...seen];
  if (levels.every((level) => numeric.test(level))) return levels.sort((a, b) => Number(a) - Number(b));
  return levels.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
