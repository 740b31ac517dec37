// Instrument -> SurveyJS JSON. Every question keeps its name, title, description, isRequired,
// visibleIf and enableIf; types map as below. Expressions are written with `!(...)` for negation,
// the one spelling SurveyJS's parser needs that ours does not use.
//
//   single-choice  radiogroup | dropdown (choices, choicesOrder, showOtherItem, showNoneItem)
//   multiple-choice checkbox    likert  radiogroup + likert: true (scale points, then codes)
//   matrix         matrix (rows, columns; required = isRequired + isAllRowRequired)
//   rating         rating (rateMin, rateMax, min/maxRateDescription)
//   number         text + inputType number (min, max; integer = a whole-number regex validator)
//   text           text | comment (maxLength)      ranking  ranking     note  html
import { formatExpression } from "../expression/format-expression.ts";
import { parseExpression } from "../expression/parse-expression.ts";
import type { Choice, Instrument, Page, Scale, SurveyElement } from "../instrument-model.ts";
import type { SurveyJsObject } from "./surveyjs-properties.ts";

/** The regex validator that marks a whole-number question (SurveyJS has no integer input type). */
export const wholeNumberValidator = {
  type: "regex",
  regex: "^-?[0-9]+$",
  text: "Enter a whole number",
} as const;

const items = (choices: readonly Choice[]) => choices.map((c) => ({ value: c.value, text: c.label }));
const scaleItems = (scale: Scale) => [
  ...scale.points.map((p) => ({ value: p.value, text: p.label })),
  ...items(scale.nonSubstantive),
];

function expression(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const parsed = parseExpression(text);
  return parsed.ok ? formatExpression(parsed.expression, "!") : text;
}

/** Keeps the defined members only, in the order given (SurveyJS JSON reads best that way). */
function defined(object: SurveyJsObject): SurveyJsObject {
  const out: SurveyJsObject = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) out[key] = value;
  return out;
}

/** `true` or nothing: SurveyJS's switches default to false, so false is left out. */
const flag = (on: boolean): true | undefined => (on ? true : undefined);

function element(e: SurveyElement): SurveyJsObject {
  const common = { name: e.name, visibleIf: expression(e.visibleIf), variants: e.variants };
  if (e.type === "note") return defined({ type: "html", ...common, html: escapeHtml(e.text) });
  const question = {
    ...common,
    title: e.title,
    description: e.description,
    isRequired: flag(e.required),
    enableIf: expression(e.enableIf),
  };
  switch (e.type) {
    case "single-choice":
    case "multiple-choice":
      return defined({
        type:
          e.type === "multiple-choice" ? "checkbox" : e.display === "dropdown" ? "dropdown" : "radiogroup",
        ...question,
        choices: items(e.choices),
        choicesOrder: e.choiceOrder === "random" ? "random" : undefined,
        pinSpecialLast: e.choiceOrder === "random" && !e.pinSpecialLast ? false : undefined,
        showOtherItem: flag(e.other !== undefined),
        otherText: e.other?.label,
        showNoneItem: flag(e.none !== undefined),
        noneText: e.none?.label,
      });
    case "likert":
      return defined({
        type: "radiogroup",
        ...question,
        likert: true,
        colCount: 0,
        choices: scaleItems(e.scale),
      });
    case "matrix":
      return defined({
        type: "matrix",
        ...question,
        isAllRowRequired: flag(e.required),
        columns: scaleItems(e.scale),
        rows: items(e.rows),
      });
    case "rating":
      return defined({
        type: "rating",
        ...question,
        rateMin: e.min,
        rateMax: e.max,
        minRateDescription: e.minLabel,
        maxRateDescription: e.maxLabel,
      });
    case "number":
      return defined({
        type: "text",
        ...question,
        inputType: "number",
        min: e.min,
        max: e.max,
        validators: e.integer ? [{ ...wholeNumberValidator }] : undefined,
      });
    case "text":
      return defined({ type: e.multiline ? "comment" : "text", ...question, maxLength: e.maxLength });
    case "ranking":
      return defined({
        type: "ranking",
        ...question,
        choices: items(e.choices),
        choicesOrder: e.choiceOrder === "random" ? "random" : undefined,
      });
  }
}

function page(p: Page): SurveyJsObject {
  return defined({
    name: p.name,
    title: p.title,
    description: p.description,
    visibleIf: expression(p.visibleIf),
    variants: p.variants,
    elements: p.elements.map(element),
  });
}

/** `&`, `<`, `>`, `"` and `'` as entities: a note is plain text, SurveyJS's html is markup. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/**
 * The SurveyJS JSON of an instrument (survey-core 3.0), ready for `new Model(json)` once the
 * `surveyJsCustomProperties` are registered. Does not change the instrument.
 */
export function toSurveyJs(instrument: Instrument): SurveyJsObject {
  const { title, description, splitBallot } = instrument.settings;
  return defined({
    title,
    description,
    splitBallot:
      splitBallot === undefined ? undefined : { variants: [...splitBallot.variants], seed: splitBallot.seed },
    pages: instrument.pages.map(page),
  });
}
