// validateResponse: what the server runs on every submission. It walks the questions in order,
// deciding visibility from the answers already accepted (so a hidden question's answer can never
// steer later logic), drops answers to hidden questions, and checks the rest. Expressions are parsed
// once per instrument object (a WeakMap cache), so a submission costs one pass over the questions.

import { evaluateExpression, isEmptyValue } from "./expression/evaluate-expression.ts";
import type { Expression } from "./expression/expression-ast.ts";
import { parseExpression } from "./expression/parse-expression.ts";
import { type Instrument, otherValue, type Question } from "./instrument-model.ts";
import { type AnswerValue, normaliseAnswer } from "./normalise-answer.ts";
import { responseMessages as messages, type ResponseProblem } from "./response-messages.ts";
import { shownToVariant } from "./split-ballot.ts";

export interface ResponseOptions {
  /** The respondent's split-ballot variant (see `assignVariant`); elements limited to others are hidden. */
  readonly variant?: string;
  /** false while saving progress: required questions may still be empty. Default true. */
  readonly complete?: boolean;
}

/** Answers keyed by question name; the "other" text of a choice question under `<name>-Comment`. */
export type NormalisedAnswers = Readonly<Record<string, AnswerValue>>;

export type ResponseResult =
  | { readonly ok: true; readonly answers: NormalisedAnswers }
  | { readonly ok: false; readonly problems: readonly ResponseProblem[] };

interface CompiledQuestion {
  readonly question: Question;
  readonly page: number;
  readonly visibleIf: Expression | undefined;
  readonly enableIf: Expression | undefined;
  readonly hasOther: boolean;
}

interface CompiledInstrument {
  readonly questions: readonly CompiledQuestion[];
  readonly pages: readonly {
    readonly visibleIf: Expression | undefined;
    readonly variants?: readonly string[];
  }[];
  /** Every key a response may hold: question names and `<name>-Comment` for questions with "other". */
  readonly keys: ReadonlySet<string>;
  readonly variants: readonly string[];
}

/** An expression that does not parse (an instrument that skipped validateInstrument) is never true. */
const never: Expression = { kind: "truthy", operand: { kind: "literal", value: false } };

function compileExpression(text: string | undefined): Expression | undefined {
  if (text === undefined) return undefined;
  const parsed = parseExpression(text);
  return parsed.ok ? parsed.expression : never;
}

const compiled = new WeakMap<Instrument, CompiledInstrument>();

function compile(instrument: Instrument): CompiledInstrument {
  const cached = compiled.get(instrument);
  if (cached !== undefined) return cached;
  const questions: CompiledQuestion[] = [];
  const keys = new Set<string>();
  instrument.pages.forEach((page, p) => {
    for (const element of page.elements) {
      if (element.type === "note") continue;
      const hasOther =
        (element.type === "single-choice" || element.type === "multiple-choice") &&
        element.other !== undefined;
      keys.add(element.name);
      if (hasOther) keys.add(`${element.name}-Comment`);
      questions.push({
        question: element,
        page: p,
        visibleIf: compileExpression(element.visibleIf),
        enableIf: compileExpression(element.enableIf),
        hasOther,
      });
    }
  });
  const pages = instrument.pages.map((page) => ({
    visibleIf: compileExpression(page.visibleIf),
    variants: page.variants,
  }));
  const result = { questions, pages, keys, variants: instrument.settings.splitBallot?.variants ?? [] };
  compiled.set(instrument, result);
  return result;
}

/**
 * Checks a submitted response (any JSON value) against a validated instrument and returns the
 * normalised answers to visible questions, or every problem (one per question at most). Never
 * throws. Hidden questions (by page or question visibleIf, or split-ballot variant) have their
 * answers dropped; disabled questions (enableIf false) are not required.
 * Example: `validateResponse(instrument, { size_band: "micro" }, { variant: "A" })`.
 */
export function validateResponse(
  instrument: Instrument,
  answers: unknown,
  options: ResponseOptions = {},
): ResponseResult {
  if (answers === null || typeof answers !== "object" || Array.isArray(answers)) {
    return { ok: false, problems: [messages.notAnObject(answers)] };
  }
  const plan = compile(instrument);
  const problems: ResponseProblem[] = [];
  const variant = options.variant;
  if (variant !== undefined && !plan.variants.includes(variant)) {
    problems.push(messages.unknownVariant(variant, plan.variants));
  }
  const raw = answers as Record<string, unknown>;
  for (const key of Object.keys(raw)) if (!plan.keys.has(key)) problems.push(messages.unknownQuestion(key));
  const accepted: Record<string, AnswerValue> = {};
  const lookup = (name: string): unknown => (Object.hasOwn(accepted, name) ? accepted[name] : undefined);
  const pageShown = new Map<number, boolean>();
  for (const entry of plan.questions) {
    const { question } = entry;
    let onShownPage = pageShown.get(entry.page);
    if (onShownPage === undefined) {
      const page = plan.pages[entry.page]!;
      onShownPage =
        shownToVariant(page.variants, variant) &&
        (page.visibleIf === undefined || evaluateExpression(page.visibleIf, lookup));
      pageShown.set(entry.page, onShownPage);
    }
    const visible =
      onShownPage &&
      shownToVariant(question.variants, variant) &&
      (entry.visibleIf === undefined || evaluateExpression(entry.visibleIf, lookup));
    if (!visible) continue;
    const enabled = entry.enableIf === undefined || evaluateExpression(entry.enableIf, lookup);
    const value = Object.hasOwn(raw, question.name) ? raw[question.name] : undefined;
    const checked = isEmptyValue(value) ? undefined : normaliseAnswer(question, value);
    if (checked !== undefined && "problem" in checked) {
      problems.push(checked.problem);
      continue;
    }
    if (
      checked === undefined ||
      isEmptyValue(checked.value) ||
      (question.type === "matrix" && !allRows(question, checked.value))
    ) {
      if (question.required && enabled && options.complete !== false) {
        problems.push(messages.required(question.name));
        continue;
      }
      if (checked === undefined || isEmptyValue(checked.value)) continue;
    }
    accepted[question.name] = checked.value;
    if (entry.hasOther && chose(checked.value, otherValue)) {
      const comment = raw[`${question.name}-Comment`];
      const text = typeof comment === "string" ? comment.trim() : "";
      if (text === "") {
        if (options.complete !== false) problems.push(messages.otherTextMissing(question.name));
      } else {
        accepted[`${question.name}-Comment`] = text;
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answers: accepted };
}

function chose(value: AnswerValue, choice: string): boolean {
  return value === choice || (Array.isArray(value) && value.includes(choice));
}

function allRows(question: Question & { type: "matrix" }, value: AnswerValue): boolean {
  const record = value as Readonly<Record<string, unknown>>;
  return question.rows.every((row) => Object.hasOwn(record, row.value));
}
