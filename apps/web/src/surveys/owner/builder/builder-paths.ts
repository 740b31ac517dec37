// From a problem's path (["pages", 0, "elements", 2, "choices", 1, "value"]) to the builder's field
// for it (its DOM id) and to words a facility team reads ("Page 1, question 3 (size): choice 2, value").
import type { Instrument, ProblemPath } from "@smartspec/domain";

/** The DOM id of the builder's field (or group) at `path`. */
export function fieldId(path: ProblemPath): string {
  return ["builder", ...path].join("-").replace(/[^A-Za-z0-9_-]/g, "_");
}

/**
 * Ids to try when taking the author to a problem, the exact field first, then each enclosing
 * group (a path may end at a list, such as "choices", whose group holds the "Add" control).
 */
export function problemTargets(path: ProblemPath): string[] {
  const ids: string[] = [];
  for (let length = path.length; length >= 1; length--) ids.push(fieldId(path.slice(0, length)));
  return ids;
}

const words: Readonly<Record<string, string>> = {
  title: "title",
  description: "description",
  name: "name",
  visibleIf: "show only if",
  enableIf: "answerable only if",
  variants: "shown to variants",
  choices: "choice",
  rows: "row",
  points: "scale point",
  nonSubstantive: "don't-know code",
  value: "value",
  label: "label",
  min: "minimum",
  max: "maximum",
  minLabel: "label of the lowest point",
  maxLabel: "label of the highest point",
  maxLength: "maximum length",
  other: "Other item",
  none: "None item",
  text: "text",
  elements: "questions",
  seed: "seed",
};

/** How a list reads when the path ends at the list itself rather than one of its items. */
const lists: Readonly<Record<string, string>> = {
  choices: "choices",
  rows: "rows",
  points: "scale points",
  nonSubstantive: "don't-know codes",
};

/** The rest of a path, after the page or question it belongs to, as words: "choice 2, value". */
function describeRest(rest: ProblemPath): string {
  const parts: string[] = [];
  rest.forEach((key, i) => {
    if (key === "scale" || key === "splitBallot") return;
    if (typeof key === "number") {
      const last = parts.pop();
      parts.push(last === undefined ? `${key + 1}` : `${last} ${key + 1}`);
    } else {
      const listed = typeof rest[i + 1] === "number";
      parts.push((listed ? undefined : lists[key]) ?? words[key] ?? key);
    }
  });
  return parts.join(", ");
}

/**
 * Where a problem is, in words. Example: for `["pages", 0, "elements", 2, "choices", 1, "value"]`
 * in an instrument whose third question is named size: `"Page 1, question 3 (size): choice 2, value"`.
 */
export function describeProblemPath(instrument: Instrument, path: ProblemPath): string {
  const [head, p, third, e, ...rest] = path;
  if (head === "settings") {
    const what = describeRest(path.slice(1));
    return path[1] === "splitBallot" ? `Split ballot: ${what}` : `Survey ${what}`;
  }
  if (head !== "pages") return describeRest(path) || "The survey";
  if (typeof p !== "number") return "Pages";
  const page = instrument.pages[p];
  const pageText = `Page ${p + 1}${page?.name ? ` (${page.name})` : ""}`;
  if (third !== "elements" || typeof e !== "number") {
    const what = describeRest(path.slice(2));
    return what === "" ? pageText : `${pageText}: ${what}`;
  }
  const element = page?.elements[e];
  const elementText = `${pageText}, question ${e + 1}${element?.name ? ` (${element.name})` : ""}`;
  const what = describeRest(rest);
  return what === "" ? elementText : `${elementText}: ${what}`;
}
