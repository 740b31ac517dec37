// Readers for SurveyJS's flexible JSON values: texts that may be localised objects, choices that
// may be bare values or { value, text } items, numbers that may be written as text.
import type { InstrumentProblem, ProblemPath } from "../instrument-model.ts";

export interface ReadContext {
  readonly problems: InstrumentProblem[];
  readonly warnings: InstrumentProblem[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

export { isObject };

/** A text, or a localised text `{ default: "...", de: "..." }` (the default kept, others warned about). */
export function readText(value: unknown, path: ProblemPath, context: ReadContext): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (isObject(value)) {
    const keys = Object.keys(value);
    const chosen = typeof value.default === "string" ? value.default : value[keys[0] ?? ""];
    if (keys.length > 1) {
      context.warnings.push({
        path,
        message: `only the default language is kept (found ${keys.join(", ")})`,
      });
    }
    return typeof chosen === "string" ? chosen : undefined;
  }
  context.problems.push({ path, message: `expected a text, got ${JSON.stringify(value)}` });
  return undefined;
}

/** A finite number, or a text holding one; undefined when absent or not a number. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

/** An item of `choices`, `rows` or `columns`: a bare value or `{ value, text }`. */
export interface SurveyJsItem {
  readonly value: unknown;
  readonly text: string;
}

export function readItems(value: unknown, path: ProblemPath, context: ReadContext): SurveyJsItem[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    context.problems.push({ path, message: "expected a list of items" });
    return [];
  }
  const out: SurveyJsItem[] = [];
  value.forEach((item, i) => {
    if (isObject(item)) {
      const text = readText(item.text, [...path, i, "text"], context);
      out.push({ value: item.value, text: text ?? String(item.value) });
      for (const key of Object.keys(item)) {
        if (key === "visibleIf" || key === "enableIf") {
          context.problems.push({
            path: [...path, i, key],
            message: `conditions on single choices (${key}) are not supported`,
          });
        }
      }
    } else {
      out.push({ value: item, text: String(item) });
    }
  });
  return out;
}

/** Item values as our choice values (text; numbers written as text). */
export const choiceValue = (item: SurveyJsItem): string =>
  typeof item.value === "number"
    ? String(item.value)
    : typeof item.value === "string"
      ? item.value
      : JSON.stringify(item.value);
