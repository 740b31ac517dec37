// The builder's edits of pages and elements, as pure functions of an Instrument: add, update,
// move, delete, rename. Names stay unique (new ones are made up, renames to a used name are
// refused) and renames carry skip/show logic with them. Inputs are never changed.
import type { ElementType, Instrument, Page, SurveyElement } from "@smartspec/domain";
import { checkNewName, type NameCheck, nextFreeName, takenNames } from "./builder-names.ts";
import { insertAt, moveItem, removeAt, replaceAt } from "./list-edits.ts";
import { newElement } from "./new-element.ts";
import { renameReferences } from "./rename-references.ts";

/** Where an element is: its page's index and its index on that page. */
export interface ElementAt {
  readonly page: number;
  readonly element: number;
}

/** An edit that also says where the thing it made or moved ended up (for focus). */
export interface Placed<At> {
  readonly instrument: Instrument;
  readonly at: At;
}

function withPages(instrument: Instrument, pages: readonly Page[]): Instrument {
  return { ...instrument, pages };
}

function pageAt(instrument: Instrument, index: number): Page {
  const page = instrument.pages[index];
  if (page === undefined) throw new RangeError(`There is no page ${index + 1}.`);
  return page;
}

/** Appends an empty page named page1, page2 ... (the first free). */
export function addPage(instrument: Instrument): Placed<number> {
  const name = nextFreeName(takenNames(instrument), "page");
  return {
    instrument: withPages(instrument, [...instrument.pages, { name, elements: [] }]),
    at: instrument.pages.length,
  };
}

/** Replaces page `index` with `change(page)`. */
export function updatePage(instrument: Instrument, index: number, change: (page: Page) => Page): Instrument {
  return withPages(instrument, replaceAt(instrument.pages, index, change(pageAt(instrument, index))));
}

/** Moves page `index` by `delta` places (-1 up, +1 down); stays put at either end. */
export function movePage(instrument: Instrument, index: number, delta: number): Placed<number> {
  const to = index + delta;
  if (to < 0 || to >= instrument.pages.length) return { instrument, at: index };
  return { instrument: withPages(instrument, moveItem(instrument.pages, index, to)), at: to };
}

/** Removes page `index` and its elements; the last page cannot be removed. */
export function deletePage(instrument: Instrument, index: number): Instrument {
  if (instrument.pages.length <= 1) return instrument;
  return withPages(instrument, removeAt(instrument.pages, index));
}

/** Appends a new element of `type` to page `page`, named q1, q2 ... (the first free name). */
export function addElement(instrument: Instrument, page: number, type: ElementType): Placed<ElementAt> {
  const prefix = type === "note" ? "note" : "q";
  const element = newElement(type, nextFreeName(takenNames(instrument), prefix));
  const target = pageAt(instrument, page);
  const next = updatePage(instrument, page, (p) => ({ ...p, elements: [...p.elements, element] }));
  return { instrument: next, at: { page, element: target.elements.length } };
}

/** The element at `at`, or a RangeError naming the missing position. */
export function elementAt(instrument: Instrument, at: ElementAt): SurveyElement {
  const element = pageAt(instrument, at.page).elements[at.element];
  if (element === undefined)
    throw new RangeError(`There is no question ${at.element + 1} on page ${at.page + 1}.`);
  return element;
}

/** Replaces the element at `at` with `change(element)`. */
export function updateElement(
  instrument: Instrument,
  at: ElementAt,
  change: (element: SurveyElement) => SurveyElement,
): Instrument {
  const element = elementAt(instrument, at);
  return updatePage(instrument, at.page, (p) => ({
    ...p,
    elements: replaceAt(p.elements, at.element, change(element)),
  }));
}

/**
 * Moves an element one place up (-1) or down (+1). Past the top of its page it goes to the end of
 * the previous page; past the bottom, to the start of the next. Stays put at the very ends.
 */
export function moveElement(instrument: Instrument, at: ElementAt, delta: -1 | 1): Placed<ElementAt> {
  const page = pageAt(instrument, at.page);
  const to = at.element + delta;
  if (to >= 0 && to < page.elements.length) {
    const next = updatePage(instrument, at.page, (p) => ({
      ...p,
      elements: moveItem(p.elements, at.element, to),
    }));
    return { instrument: next, at: { page: at.page, element: to } };
  }
  const targetPage = at.page + delta;
  if (targetPage < 0 || targetPage >= instrument.pages.length) return { instrument, at };
  const element = elementAt(instrument, at);
  const without = updatePage(instrument, at.page, (p) => ({
    ...p,
    elements: removeAt(p.elements, at.element),
  }));
  const position = delta < 0 ? pageAt(instrument, targetPage).elements.length : 0;
  const next = updatePage(without, targetPage, (p) => ({
    ...p,
    elements: insertAt(p.elements, position, element),
  }));
  return { instrument: next, at: { page: targetPage, element: position } };
}

/** Moves an element to the end of page `targetPage`. */
export function moveElementToPage(
  instrument: Instrument,
  at: ElementAt,
  targetPage: number,
): Placed<ElementAt> {
  if (targetPage === at.page) return { instrument, at };
  const element = elementAt(instrument, at);
  const position = pageAt(instrument, targetPage).elements.length;
  const without = updatePage(instrument, at.page, (p) => ({
    ...p,
    elements: removeAt(p.elements, at.element),
  }));
  const next = updatePage(without, targetPage, (p) => ({ ...p, elements: [...p.elements, element] }));
  return { instrument: next, at: { page: targetPage, element: position } };
}

/** Removes the element at `at`. */
export function deleteElement(instrument: Instrument, at: ElementAt): Instrument {
  return updatePage(instrument, at.page, (p) => ({ ...p, elements: removeAt(p.elements, at.element) }));
}

export type RenameResult =
  | { readonly ok: true; readonly instrument: Instrument }
  | { readonly ok: false; readonly message: string };

function refused(check: NameCheck): RenameResult | undefined {
  return check.ok ? undefined : { ok: false, message: check.message };
}

/**
 * Renames the element at `at` and every `{old}` reference to it in skip/show logic. Refused (with
 * a sentence) when the name breaks the identifier rule or is used by another element or page.
 */
export function renameElement(instrument: Instrument, at: ElementAt, name: string): RenameResult {
  const current = elementAt(instrument, at).name;
  const problem = refused(checkNewName(name, current, takenNames(instrument)));
  if (problem) return problem;
  if (name === current) return { ok: true, instrument };
  const renamed = updateElement(instrument, at, (element) => ({ ...element, name }));
  return { ok: true, instrument: renameReferences(renamed, current, name) };
}

/** Renames page `index` under the same rules as elements (pages and elements share names). */
export function renamePage(instrument: Instrument, index: number, name: string): RenameResult {
  const current = pageAt(instrument, index).name;
  const problem = refused(checkNewName(name, current, takenNames(instrument)));
  if (problem) return problem;
  return { ok: true, instrument: updatePage(instrument, index, (page) => ({ ...page, name })) };
}
