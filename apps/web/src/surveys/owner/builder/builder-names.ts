// Names the builder makes up: element and page names (answer keys, so never repeated) and choice
// values (stored in answers, so made once from the first label and never changed by relabelling).
import { type Instrument, isChoiceValue, isElementName, noneValue, otherValue } from "@smartspec/domain";

/** Every page and element name of an instrument (they share one namespace). */
export function takenNames(instrument: Instrument): Set<string> {
  const names = new Set<string>();
  for (const page of instrument.pages) {
    names.add(page.name);
    for (const element of page.elements) names.add(element.name);
  }
  return names;
}

/**
 * `prefix` followed by the smallest number from 1 that makes a name not in `taken`.
 * Example: `nextFreeName(new Set(["q1", "q2"]), "q")` is `"q3"`.
 */
export function nextFreeName(taken: ReadonlySet<string>, prefix: string): string {
  for (let n = 1; ; n++) if (!taken.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** Letters and digits of a label in lower case, runs of anything else as one `_`, at most 40 long. */
function slug(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40)
    .replace(/_+$/, "");
}

/**
 * A choice value for a new choice labelled `label`: its slug ("Web site" -> "web_site"), made
 * unique with _2, _3 ... and never the reserved "other" / "none"; `fallback` + number when the
 * label has no letters or digits. Example: `choiceValueFor("Skills", new Set(["skills"]))` is `"skills_2"`.
 */
export function choiceValueFor(label: string, taken: ReadonlySet<string>, fallback = "choice"): string {
  const base = slug(label);
  const reserved = (value: string) => taken.has(value) || value === otherValue || value === noneValue;
  if (base === "" || !isChoiceValue(base)) return nextFreeName(new Set([...taken]), `${fallback}_`);
  if (!reserved(base)) return base;
  for (let n = 2; ; n++) if (!reserved(`${base}_${n}`)) return `${base}_${n}`;
}

export type NameCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** Whether `name` may replace `current`: the identifier rule, and not used by another element or page. */
export function checkNewName(name: string, current: string, taken: ReadonlySet<string>): NameCheck {
  if (name === current) return { ok: true };
  if (!isElementName(name)) {
    return { ok: false, message: "Use a letter, then up to 63 letters, digits or _ (no spaces)." };
  }
  if (taken.has(name))
    return { ok: false, message: `"${name}" is already the name of another question or page.` };
  return { ok: true };
}
