// Takes keyboard focus to a builder field by id, opening any closed <details> around it first
// and scrolling it into view; used by the problem list and after adding, moving or removing.
// The page is passed in (as `document`), so this file needs no DOM library types of its own.
import type { ProblemPath } from "@smartspec/domain";
import { problemTargets } from "./builder-paths.ts";

interface Focusable {
  closest(selector: "details"): Disclosure | null;
  focus(options?: { preventScroll?: boolean }): void;
  scrollIntoView(options?: { block?: "center" }): void;
}

interface Disclosure {
  open: boolean;
  readonly parentElement: { closest(selector: "details"): Disclosure | null } | null;
}

/** What of `document` is needed: finding an element by id. */
export interface FieldRoot {
  getElementById(id: string): Focusable | null;
}

/** Focuses the element with `id`; false when there is none on the page. */
export function focusById(root: FieldRoot, id: string): boolean {
  const target = root.getElementById(id);
  if (target === null) return false;
  for (let details = target.closest("details"); details !== null; ) {
    details.open = true;
    details = details.parentElement?.closest("details") ?? null;
  }
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: "center" });
  return true;
}

/** Focuses the field a problem's path points at, or the nearest group around it. */
export function focusProblem(root: FieldRoot, path: ProblemPath): void {
  for (const id of problemTargets(path)) if (focusById(root, id)) return;
}
