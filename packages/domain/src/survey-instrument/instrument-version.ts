// Instrument versions: a live survey's instrument is identified by the SHA-256 of its canonical
// JSON, so a changed instrument is a new version and an answer can always name the exact wording it
// answered. diffInstruments says what changed between two versions, element by element.
import { canonicalJson } from "./canonical-json.ts";
import type { Instrument, SurveyElement } from "./instrument-model.ts";
import { sha256Hex, utf8Bytes } from "./sha256.ts";

/**
 * The version id of an instrument: lower-case hex SHA-256 of the UTF-8 bytes of its canonical JSON.
 * Validate first (validateInstrument fills defaults and spells expressions canonically), so two
 * instruments that mean the same get the same id.
 */
export function instrumentVersion(instrument: Instrument): string {
  return sha256Hex(utf8Bytes(canonicalJson(instrument)));
}

export interface ElementChange {
  readonly name: string;
  /** The properties that differ (`title`, `choices`, ...), plus `page` when it moved to another page. */
  readonly fields: readonly string[];
}

export interface InstrumentDiff {
  readonly identical: boolean;
  /** Settings properties that differ (`title`, `splitBallot`, ...). */
  readonly settings: readonly string[];
  readonly pagesAdded: readonly string[];
  readonly pagesRemoved: readonly string[];
  /** Pages whose own properties (title, description, visibleIf, variants) differ. */
  readonly pagesChanged: readonly ElementChange[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly ElementChange[];
  /** True when the elements both versions share come in a different order. */
  readonly reordered: boolean;
}

function differentKeys(a: object, b: object, ignore: readonly string[] = []): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const out: string[] = [];
  for (const key of [...keys].sort()) {
    if (ignore.includes(key)) continue;
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (
      (x === undefined ? undefined : canonicalJson(x)) !== (y === undefined ? undefined : canonicalJson(y))
    ) {
      out.push(key);
    }
  }
  return out;
}

function elementsByName(instrument: Instrument): Map<string, { element: SurveyElement; page: string }> {
  const map = new Map<string, { element: SurveyElement; page: string }>();
  for (const page of instrument.pages)
    for (const element of page.elements) map.set(element.name, { element, page: page.name });
  return map;
}

/**
 * What changed from `before` to `after`, by element and page name (names are stable identifiers,
 * so a renamed question shows as removed + added). Example: editing one title gives
 * `{ changed: [{ name: "aware", fields: ["title"] }], identical: false, ... }`.
 */
export function diffInstruments(before: Instrument, after: Instrument): InstrumentDiff {
  const a = elementsByName(before);
  const b = elementsByName(after);
  const changed: ElementChange[] = [];
  for (const [name, old] of a) {
    const now = b.get(name);
    if (now === undefined) continue;
    const fields = differentKeys(old.element, now.element);
    if (old.page !== now.page) fields.push("page");
    if (fields.length > 0) changed.push({ name, fields });
  }
  const pagesA = new Map(before.pages.map((p) => [p.name, p]));
  const pagesB = new Map(after.pages.map((p) => [p.name, p]));
  const pagesChanged: ElementChange[] = [];
  for (const [name, page] of pagesA) {
    const other = pagesB.get(name);
    if (other === undefined) continue;
    const fields = differentKeys(page, other, ["elements"]);
    if (fields.length > 0) pagesChanged.push({ name, fields });
  }
  const shared = (from: Map<string, unknown>, to: Map<string, unknown>) =>
    [...from.keys()].filter((n) => to.has(n));
  const reordered = shared(a, b).join("\u0000") !== shared(b, a).join("\u0000");
  const diff = {
    settings: differentKeys(before.settings, after.settings),
    pagesAdded: [...pagesB.keys()].filter((n) => !pagesA.has(n)),
    pagesRemoved: [...pagesA.keys()].filter((n) => !pagesB.has(n)),
    pagesChanged,
    added: [...b.keys()].filter((n) => !a.has(n)),
    removed: [...a.keys()].filter((n) => !b.has(n)),
    changed,
    reordered,
  };
  const identical =
    diff.settings.length + diff.pagesAdded.length + diff.pagesRemoved.length + pagesChanged.length === 0 &&
    diff.added.length + diff.removed.length + changed.length === 0 &&
    !reordered &&
    shared(pagesA, pagesB).join("\u0000") === shared(pagesB, pagesA).join("\u0000");
  return { identical, ...diff };
}
