// SurveyJS JSON -> Instrument. Reads pages (or a survey with top-level `elements` / `questions`,
// taken as one page), converts each element (from-surveyjs-element.ts), then runs
// validateInstrument, so the result is a checked instrument or a complete list of problems.
import type { Instrument, InstrumentProblem } from "../instrument-model.ts";
import { validateInstrument } from "../validate-instrument.ts";
import { convertSurveyJsElement } from "./from-surveyjs-element.ts";
import type { SurveyJsObject } from "./surveyjs-properties.ts";
import { isObject, type ReadContext, readText } from "./surveyjs-values.ts";

export type SurveyJsImport =
  | { readonly ok: true; readonly instrument: Instrument; readonly warnings: readonly InstrumentProblem[] }
  | {
      readonly ok: false;
      readonly problems: readonly InstrumentProblem[];
      readonly warnings: readonly InstrumentProblem[];
    };

/** Survey-level features that change who sees what or what is stored. */
const unsupportedSurveyProperties = ["triggers", "calculatedValues", "questionsOrder", "pagesOrder"];

function pageList(
  json: SurveyJsObject,
  context: ReadContext,
): { raw: SurveyJsObject; path: (string | number)[] }[] {
  if (Array.isArray(json.pages)) {
    return json.pages.map((raw, i) => {
      if (!isObject(raw)) context.problems.push({ path: ["pages", i], message: "expected a page object" });
      return { raw: isObject(raw) ? raw : { elements: [] }, path: ["pages", i] };
    });
  }
  const key = Array.isArray(json.elements)
    ? "elements"
    : Array.isArray(json.questions)
      ? "questions"
      : undefined;
  if (key === undefined) {
    context.problems.push({ path: ["pages"], message: "the survey has no pages (and no elements)" });
    return [];
  }
  return [{ raw: { name: "page1", elements: json[key] }, path: [] }];
}

/**
 * Converts a SurveyJS survey JSON to an instrument. Never throws: features we cannot represent
 * (panels, dynamic panels, boolean or file questions, triggers, requiredIf, choicesByUrl, ...) and
 * expressions outside our language are problems with their path; presentation properties are
 * dropped; other unknown properties are dropped with a warning.
 */
export function fromSurveyJs(json: unknown): SurveyJsImport {
  const context: ReadContext = { problems: [], warnings: [] };
  if (!isObject(json)) {
    return {
      ok: false,
      problems: [{ path: [], message: "expected a SurveyJS survey object" }],
      warnings: [],
    };
  }
  for (const key of unsupportedSurveyProperties) {
    if (json[key] !== undefined && !(key.endsWith("Order") && json[key] === "initial")) {
      context.problems.push({
        path: [key],
        message: `the SurveyJS survey property "${key}" is not supported`,
      });
    }
  }
  let title = readText(json.title, ["title"], context);
  if (title === undefined || title.trim() === "") {
    title = "Untitled survey";
    context.warnings.push({
      path: ["title"],
      message: 'the survey has no title; "Untitled survey" was used',
    });
  }
  const pages = pageList(json, context).map(({ raw, path }, p) => {
    for (const key of ["questionsOrder", "requiredIf", "readOnly"]) {
      if (raw[key] !== undefined && raw[key] !== "initial") {
        context.problems.push({
          path: [...path, key],
          message: `the SurveyJS page property "${key}" is not supported`,
        });
      }
    }
    const elements = Array.isArray(raw.elements) ? raw.elements : [];
    return {
      name: typeof raw.name === "string" ? raw.name : `page${p + 1}`,
      title: readText(raw.title, [...path, "title"], context),
      description: readText(raw.description, [...path, "description"], context),
      visibleIf: raw.visibleIf,
      variants: raw.variants,
      elements: elements
        .map((element, e) => convertSurveyJsElement(element, [...path, "elements", e], context))
        .filter((element) => element !== undefined),
    };
  });
  if (context.problems.length > 0)
    return { ok: false, problems: context.problems, warnings: context.warnings };
  const settings = {
    title,
    description: readText(json.description, ["description"], context),
    splitBallot: json.splitBallot,
  };
  const checked = validateInstrument(JSON.parse(JSON.stringify({ settings, pages })));
  if (!checked.ok) return { ok: false, problems: checked.problems, warnings: context.warnings };
  return { ok: true, instrument: checked.instrument, warnings: context.warnings };
}
