// Edits of choice lists, matrix rows and scale points. A new choice's value is made once from its
// label ("Web site" -> "web_site") and then kept: relabelling never changes what answers store.
import type { Choice, ScalePoint } from "@smartspec/domain";
import { choiceValueFor } from "./builder-names.ts";
import { replaceAt } from "./list-edits.ts";

/**
 * `choices` with a new choice labelled `label` at the end, its value the label's slug made unique
 * among `choices` (and `alsoTaken`, such as a scale's points). The input is not changed.
 * Example: `addChoice([{ value: "web", label: "Web" }], "Web")` adds `{ value: "web_2", label: "Web" }`.
 */
export function addChoice(
  choices: readonly Choice[],
  label: string,
  fallback = "choice",
  alsoTaken: Iterable<string> = [],
): Choice[] {
  const taken = new Set([...choices.map((c) => c.value), ...alsoTaken]);
  return [...choices, { value: choiceValueFor(label, taken, fallback), label }];
}

/** `choices` with choice `index` relabelled; its value stays as it was. */
export function relabelChoice(choices: readonly Choice[], index: number, label: string): Choice[] {
  const choice = choices[index];
  return choice === undefined ? [...choices] : replaceAt(choices, index, { ...choice, label });
}

/** `choices` with choice `index` given a new stored value (only when the author asks for it). */
export function revalueChoice(choices: readonly Choice[], index: number, value: string): Choice[] {
  const choice = choices[index];
  return choice === undefined ? [...choices] : replaceAt(choices, index, { ...choice, value });
}

/** `points` with one more point after the last, valued one more than the highest (1 when empty). */
export function addScalePoint(points: readonly ScalePoint[], label: string): ScalePoint[] {
  const highest = points.reduce((max, point) => Math.max(max, point.value), 0);
  return [...points, { value: highest + 1, label }];
}
