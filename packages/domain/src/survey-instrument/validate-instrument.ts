// validateInstrument: JSON -> a normalised Instrument, or every problem found (path + message).
//
//   1. structure  zod schema (types, required fields, identifier rules, defaults)
//   2. names      unique element and page names, unique choice / row / scale values, reserved values
//   3. ranges     rating min < max, number min <= max
//   4. ballots    variants named on elements and pages exist in settings.splitBallot
//   5. logic      every visibleIf / enableIf parses; each {reference} is an earlier question;
//                 expressions are rewritten in canonical spelling (formatExpression)
import type { z } from "zod";
import { checkExpressionReferences, type QuestionIndex } from "./check-references.ts";
import { formatExpression } from "./expression/format-expression.ts";
import { parseExpression } from "./expression/parse-expression.ts";
import {
  elementTypes,
  type Instrument,
  type InstrumentProblem,
  noneValue,
  otherValue,
  type ProblemPath,
  type SurveyElement,
} from "./instrument-model.ts";
import { instrumentSchema } from "./instrument-schema.ts";

export type InstrumentResult =
  | { readonly ok: true; readonly instrument: Instrument }
  | { readonly ok: false; readonly problems: readonly InstrumentProblem[] };

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function structuralProblems(json: unknown, error: z.ZodError): InstrumentProblem[] {
  const problems: InstrumentProblem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== "symbol");
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        problems.push({ path: [...path, key], message: `unknown property "${key}"` });
    } else if (issue.code === "invalid_union" && "discriminator" in issue) {
      const at = path.at(-1) === "type" ? path : [...path, "type"];
      const type = valueAt(json, at);
      problems.push({
        path: at,
        message:
          type === undefined
            ? `type is missing; expected one of ${elementTypes.join(", ")}`
            : `unknown element type ${JSON.stringify(type)}; expected one of ${elementTypes.join(", ")}`,
      });
    } else if (issue.code === "invalid_type" && valueAt(json, path) === undefined) {
      problems.push({ path, message: "is missing" });
    } else {
      problems.push({ path, message: issue.message });
    }
  }
  return problems;
}

function duplicates(
  values: readonly { value: string | number }[],
  path: ProblemPath,
  what: string,
  problems: InstrumentProblem[],
): void {
  const seen = new Set<string | number>();
  values.forEach((item, i) => {
    if (seen.has(item.value)) {
      problems.push({
        path: [...path, i, "value"],
        message: `${what} ${JSON.stringify(item.value)} is used twice`,
      });
    }
    seen.add(item.value);
  });
}

function checkElement(element: SurveyElement, path: ProblemPath, problems: InstrumentProblem[]): void {
  switch (element.type) {
    case "single-choice":
    case "multiple-choice":
      duplicates(element.choices, [...path, "choices"], "choice value", problems);
      element.choices.forEach((choice, i) => {
        if (choice.value === otherValue || choice.value === noneValue) {
          problems.push({
            path: [...path, "choices", i, "value"],
            message: `"${choice.value}" is reserved; use the question's ${choice.value}: { label } item instead`,
          });
        }
      });
      return;
    case "ranking":
      duplicates(element.choices, [...path, "choices"], "choice value", problems);
      return;
    case "likert":
    case "matrix": {
      const scale = element.scale;
      duplicates(scale.points, [...path, "scale", "points"], "scale value", problems);
      duplicates(scale.nonSubstantive, [...path, "scale", "nonSubstantive"], "code", problems);
      scale.points.forEach((point, i) => {
        const previous = scale.points[i - 1];
        if (previous !== undefined && point.value < previous.value) {
          problems.push({
            path: [...path, "scale", "points", i, "value"],
            message: "scale values must increase from the first point to the last",
          });
        }
      });
      if (element.type === "matrix") duplicates(element.rows, [...path, "rows"], "row value", problems);
      return;
    }
    case "rating":
      if (element.min >= element.max) {
        problems.push({
          path: [...path, "max"],
          message: `max (${element.max}) must be greater than min (${element.min})`,
        });
      } else if (element.max - element.min > 100) {
        problems.push({ path: [...path, "max"], message: "a rating may have at most 101 points" });
      }
      return;
    case "number":
      if (element.min !== undefined && element.max !== undefined && element.min > element.max) {
        problems.push({
          path: [...path, "max"],
          message: `max (${element.max}) must not be less than min (${element.min})`,
        });
      }
      return;
    default:
      return;
  }
}

function checkVariants(
  variants: readonly string[] | undefined,
  known: ReadonlySet<string> | undefined,
  path: ProblemPath,
  problems: InstrumentProblem[],
): void {
  if (variants === undefined) return;
  if (known === undefined) {
    problems.push({ path, message: "variants need settings.splitBallot to name them" });
    return;
  }
  variants.forEach((variant, i) => {
    if (!known.has(variant)) {
      problems.push({
        path: [...path, i],
        message: `variant "${variant}" is not one of settings.splitBallot.variants (${[...known].join(", ")})`,
      });
    }
  });
}

/** Parses and checks an expression; returns its canonical text (or the input when it is wrong). */
function checkExpression(
  text: string | undefined,
  path: ProblemPath,
  owner: string,
  index: QuestionIndex,
  position: number,
  problems: InstrumentProblem[],
): string | undefined {
  if (text === undefined) return undefined;
  const parsed = parseExpression(text);
  if (!parsed.ok) {
    problems.push({ path, message: `${owner}: column ${parsed.error.column}: ${parsed.error.message}` });
    return text;
  }
  checkExpressionReferences(parsed.expression, owner, index, position, path, problems);
  return formatExpression(parsed.expression);
}

/**
 * Checks an instrument given as JSON (for example a request body) and returns it normalised
 * (defaults filled in, expressions in canonical spelling), or every problem with its path.
 * Never throws. Example: `validateInstrument({ settings: { title: "SME survey" }, pages: [] })`
 * gives `{ ok: false, problems: [{ path: ["pages"], message: "an instrument must have at least one page" }] }`.
 */
export function validateInstrument(json: unknown): InstrumentResult {
  const parsed = instrumentSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: structuralProblems(json, parsed.error) };
  const data = parsed.data as Instrument;
  const problems: InstrumentProblem[] = [];
  const splitBallot = data.settings.splitBallot;
  if (splitBallot !== undefined) {
    const variants = splitBallot.variants.map((value) => ({ value }));
    duplicates(variants, ["settings", "splitBallot", "variants"], "variant", problems);
  }
  const known = splitBallot === undefined ? undefined : new Set(splitBallot.variants);
  const index = indexElements(data, problems);
  let position = 0;
  const pages = data.pages.map((page, p) => {
    const pagePath = ["pages", p];
    checkVariants(page.variants, known, [...pagePath, "variants"], problems);
    // A page's condition may only use questions of earlier pages: its own are not shown yet.
    const pageOwner = `page ${page.name}`;
    const visibleIf = checkExpression(
      page.visibleIf,
      [...pagePath, "visibleIf"],
      pageOwner,
      index,
      position,
      problems,
    );
    const elements = page.elements.map((element, e) => {
      const path = [...pagePath, "elements", e];
      checkElement(element, path, problems);
      checkVariants(element.variants, known, [...path, "variants"], problems);
      const own = position++;
      const expression = (key: "visibleIf" | "enableIf", text: string | undefined) =>
        checkExpression(text, [...path, key], element.name, index, own, problems);
      const checked =
        element.type === "note"
          ? { ...element, visibleIf: expression("visibleIf", element.visibleIf) }
          : {
              ...element,
              visibleIf: expression("visibleIf", element.visibleIf),
              enableIf: expression("enableIf", element.enableIf),
            };
      return withoutUndefined(checked);
    });
    return withoutUndefined({ ...page, visibleIf, elements });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, instrument: { settings: data.settings, pages } };
}

/** Elements by name with their document position; reports names used twice (pages included). */
function indexElements(data: Instrument, problems: InstrumentProblem[]): QuestionIndex {
  const index = new Map<string, { element: SurveyElement; position: number }>();
  const names = new Set<string>();
  let position = 0;
  data.pages.forEach((page, p) => {
    if (names.has(page.name)) {
      problems.push({ path: ["pages", p, "name"], message: `name "${page.name}" is used twice` });
    }
    names.add(page.name);
    page.elements.forEach((element, e) => {
      if (names.has(element.name)) {
        problems.push({
          path: ["pages", p, "elements", e, "name"],
          message: `name "${element.name}" is used twice`,
        });
      } else {
        index.set(element.name, { element, position });
      }
      names.add(element.name);
      position++;
    });
  });
  return index;
}

/** Drops keys whose value is undefined, so equal instruments compare and serialise equal. */
function withoutUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as T;
}
