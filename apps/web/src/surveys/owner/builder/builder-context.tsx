// What every part of the builder needs without passing it down by hand: the instrument being
// edited, the one way to change it (with the field to focus afterwards), the problems of a field,
// and whether editing is allowed at all.
import type { Instrument, InstrumentProblem, ProblemPath } from "@smartspec/domain";
import { createContext, useContext } from "react";
import { fieldId } from "./builder-paths.ts";

export interface BuilderApi {
  readonly instrument: Instrument;
  /** Replaces the instrument; `focus` is the DOM id to focus once the change is on screen. */
  readonly change: (next: Instrument, focus?: string) => void;
  /** Problems whose path is exactly `path`. */
  readonly problemsAt: (path: ProblemPath) => readonly InstrumentProblem[];
  readonly readOnly: boolean;
}

export const BuilderContext = createContext<BuilderApi | null>(null);

export function useBuilder(): BuilderApi {
  const api = useContext(BuilderContext);
  if (api === null) throw new Error("useBuilder must be used inside the instrument builder.");
  return api;
}

/** Problems grouped by the field id they belong to, for `problemsAt`. */
export function problemsByField(
  problems: readonly InstrumentProblem[],
): ReadonlyMap<string, readonly InstrumentProblem[]> {
  const byField = new Map<string, InstrumentProblem[]>();
  for (const problem of problems) {
    const id = fieldId(problem.path);
    byField.set(id, [...(byField.get(id) ?? []), problem]);
  }
  return byField;
}
