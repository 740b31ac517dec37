// One SurveyJS element -> our element JSON (before validateInstrument). Types and properties we
// cannot represent are problems; presentation-only properties are dropped; anything else unknown
// is dropped with a warning, so nothing changes meaning silently.
import { noneValue, otherValue, type ProblemPath } from "../instrument-model.ts";
import {
  presentationProperties,
  type SurveyJsObject,
  supportedSurveyJsTypes,
  unsupportedLogicProperties,
} from "./surveyjs-properties.ts";
import {
  choiceValue,
  isObject,
  type ReadContext,
  readItems,
  readNumber,
  readText,
  type SurveyJsItem,
} from "./surveyjs-values.ts";
import { wholeNumberValidator } from "./to-surveyjs.ts";

const common = ["type", "name", "title", "description", "isRequired", "visibleIf", "enableIf", "variants"];
const byType: Readonly<Record<string, readonly string[]>> = {
  radiogroup: [
    "choices",
    "choicesOrder",
    "showOtherItem",
    "hasOther",
    "otherText",
    "showNoneItem",
    "hasNone",
    "noneText",
    "pinSpecialLast",
    "likert",
  ],
  dropdown: [
    "choices",
    "choicesOrder",
    "showOtherItem",
    "hasOther",
    "otherText",
    "showNoneItem",
    "hasNone",
    "noneText",
    "pinSpecialLast",
  ],
  checkbox: [
    "choices",
    "choicesOrder",
    "showOtherItem",
    "hasOther",
    "otherText",
    "showNoneItem",
    "hasNone",
    "noneText",
    "pinSpecialLast",
  ],
  matrix: ["columns", "rows", "isAllRowRequired"],
  rating: ["rateMin", "rateMax", "rateStep", "rateCount", "minRateDescription", "maxRateDescription"],
  text: ["inputType", "min", "max", "validators", "maxLength", "step"],
  comment: ["maxLength", "rows"],
  ranking: ["choices", "choicesOrder"],
  html: ["html"],
};

function checkProperties(json: SurveyJsObject, type: string, path: ProblemPath, context: ReadContext): void {
  const known = new Set([...common, ...(byType[type] ?? [])]);
  for (const key of Object.keys(json)) {
    if (known.has(key) || presentationProperties.has(key)) continue;
    if (unsupportedLogicProperties.has(key)) {
      context.problems.push({
        path: [...path, key],
        message: `the SurveyJS property "${key}" is not supported`,
      });
    } else {
      context.warnings.push({ path: [...path, key], message: `the SurveyJS property "${key}" was ignored` });
    }
  }
}

function choiceListProperties(json: SurveyJsObject, path: ProblemPath, context: ReadContext): SurveyJsObject {
  const items = readItems(json.choices, [...path, "choices"], context);
  const special = (on: unknown, text: unknown, key: string, fallback: string) =>
    on === true ? { label: readText(text, [...path, key], context) ?? fallback } : undefined;
  return {
    choices: items
      .filter((item) => item.value !== otherValue && item.value !== noneValue)
      .map((item) => ({ value: choiceValue(item), label: item.text })),
    choiceOrder: json.choicesOrder === "random" ? "random" : "fixed",
    pinSpecialLast: json.pinSpecialLast !== false,
    other: special(json.showOtherItem ?? json.hasOther, json.otherText, "otherText", "Other (describe)"),
    none: special(json.showNoneItem ?? json.hasNone, json.noneText, "noneText", "None"),
  };
}

function orderWarning(json: SurveyJsObject, path: ProblemPath, context: ReadContext): void {
  const order = json.choicesOrder;
  if (order !== undefined && order !== "none" && order !== "random") {
    context.warnings.push({
      path: [...path, "choicesOrder"],
      message: `choicesOrder "${order}" was read as the listed order`,
    });
  }
}

/** Scale points from items whose values are whole numbers; the other items become non-substantive codes. */
function readScale(items: readonly SurveyJsItem[], path: ProblemPath, context: ReadContext): SurveyJsObject {
  const points = items.filter((item) => Number.isInteger(readNumber(item.value)));
  const codes = items.filter((item) => !Number.isInteger(readNumber(item.value)));
  if (points.length === 0 && codes.length > 0) {
    context.warnings.push({
      path,
      message: "the scale has no numeric values; its points were coded 1, 2, 3 ... in order",
    });
    return { points: codes.map((item, i) => ({ value: i + 1, label: item.text })), nonSubstantive: [] };
  }
  return {
    points: points.map((item) => ({ value: readNumber(item.value), label: item.text })),
    nonSubstantive: codes.map((item) => ({ value: choiceValue(item), label: item.text })),
  };
}

function numberProperties(json: SurveyJsObject, path: ProblemPath, context: ReadContext): SurveyJsObject {
  let min = readNumber(json.min);
  let max = readNumber(json.max);
  let integer = false;
  const validators = Array.isArray(json.validators) ? json.validators : [];
  validators.forEach((validator, i) => {
    const at = [...path, "validators", i];
    if (isObject(validator) && validator.type === "regex" && validator.regex === wholeNumberValidator.regex)
      integer = true;
    else if (isObject(validator) && validator.type === "numeric") {
      min = readNumber(validator.minValue) ?? min;
      max = readNumber(validator.maxValue) ?? max;
    } else
      context.problems.push({ path: at, message: "only numeric and whole-number validators are supported" });
  });
  if (json.step !== undefined && json.step !== 1 && json.step !== "any") {
    context.warnings.push({ path: [...path, "step"], message: "step was ignored" });
  }
  return { type: "number", min, max, integer };
}

const plainTextInputs = new Set([undefined, "text", "email", "tel", "url"]);

/** Our element JSON for a SurveyJS element, or undefined (with a problem) when it cannot be converted. */
export function convertSurveyJsElement(
  json: unknown,
  path: ProblemPath,
  context: ReadContext,
): SurveyJsObject | undefined {
  if (!isObject(json)) {
    context.problems.push({ path, message: "expected an element object" });
    return undefined;
  }
  const type = json.type;
  if (typeof type !== "string" || !(supportedSurveyJsTypes as readonly string[]).includes(type)) {
    context.problems.push({
      path: [...path, "type"],
      message: `the SurveyJS type ${JSON.stringify(type)} is not supported; supported types are ${supportedSurveyJsTypes.join(", ")}`,
    });
    return undefined;
  }
  checkProperties(json, type, path, context);
  const base: SurveyJsObject = { name: json.name, visibleIf: json.visibleIf, variants: json.variants };
  if (type === "html") {
    const html = typeof json.html === "string" ? json.html : "";
    const text = htmlToText(html);
    if (/<[^>]*>/.test(html))
      context.warnings.push({
        path: [...path, "html"],
        message: "HTML markup was removed; the note keeps its text",
      });
    return { type: "note", ...base, text };
  }
  const question: SurveyJsObject = {
    ...base,
    title: readText(json.title, [...path, "title"], context) ?? json.name,
    description: readText(json.description, [...path, "description"], context),
    required: json.isRequired === true || json.isAllRowRequired === true,
    enableIf: json.enableIf,
  };
  switch (type) {
    case "radiogroup":
      if (json.likert === true) {
        return {
          type: "likert",
          ...question,
          scale: readScale(
            readItems(json.choices, [...path, "choices"], context),
            [...path, "choices"],
            context,
          ),
        };
      }
      orderWarning(json, path, context);
      return {
        type: "single-choice",
        ...question,
        display: "radio",
        ...choiceListProperties(json, path, context),
      };
    case "dropdown":
      orderWarning(json, path, context);
      return {
        type: "single-choice",
        ...question,
        display: "dropdown",
        ...choiceListProperties(json, path, context),
      };
    case "checkbox":
      orderWarning(json, path, context);
      return { type: "multiple-choice", ...question, ...choiceListProperties(json, path, context) };
    case "ranking": {
      orderWarning(json, path, context);
      const items = readItems(json.choices, [...path, "choices"], context);
      const choices = items.map((item) => ({ value: choiceValue(item), label: item.text }));
      return {
        type: "ranking",
        ...question,
        choices,
        choiceOrder: json.choicesOrder === "random" ? "random" : "fixed",
      };
    }
    case "matrix": {
      const rows = readItems(json.rows, [...path, "rows"], context).map((item) => ({
        value: choiceValue(item),
        label: item.text,
      }));
      return {
        type: "matrix",
        ...question,
        rows,
        scale: readScale(
          readItems(json.columns, [...path, "columns"], context),
          [...path, "columns"],
          context,
        ),
      };
    }
    case "rating": {
      const step = readNumber(json.rateStep) ?? 1;
      if (step !== 1)
        context.problems.push({
          path: [...path, "rateStep"],
          message: "only ratings in steps of 1 are supported",
        });
      const min = readNumber(json.rateMin) ?? 1;
      const count = readNumber(json.rateCount);
      const max = readNumber(json.rateMax) ?? (count !== undefined ? min + count - 1 : 5);
      return {
        type: "rating",
        ...question,
        min,
        max,
        minLabel: readText(json.minRateDescription, [...path, "minRateDescription"], context),
        maxLabel: readText(json.maxRateDescription, [...path, "maxRateDescription"], context),
      };
    }
    case "comment":
      return { type: "text", ...question, multiline: true, maxLength: readNumber(json.maxLength) };
    default: {
      if (json.inputType === "number") return { ...question, ...numberProperties(json, path, context) };
      if (!plainTextInputs.has(json.inputType as string | undefined)) {
        context.problems.push({
          path: [...path, "inputType"],
          message: `inputType ${JSON.stringify(json.inputType)} is not supported (text and number are)`,
        });
        return undefined;
      }
      if (json.inputType !== undefined && json.inputType !== "text") {
        context.warnings.push({
          path: [...path, "inputType"],
          message: `inputType "${json.inputType}" is read as plain text`,
        });
      }
      if (json.validators !== undefined)
        context.problems.push({
          path: [...path, "validators"],
          message: "validators on text questions are not supported",
        });
      return { type: "text", ...question, multiline: false, maxLength: readNumber(json.maxLength) };
    }
  }
}

/** The text of an html note: tags removed, the five entities escapeHtml writes (and &nbsp;) decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&nbsp;", " ")
    .replaceAll("&amp;", "&");
}
