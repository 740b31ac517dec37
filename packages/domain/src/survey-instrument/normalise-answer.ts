// Checks and normalises one visible, non-empty answer for its question type. Values are normalised
// to one form per type (choice values as text; numbers as numbers even when sent as numeric text;
// multiple choices in the order of the question), so stored answers compare and aggregate simply.
import {
  type Choice,
  type MatrixQuestion,
  noneValue,
  otherValue,
  type Question,
  type Scale,
} from "./instrument-model.ts";
import { responseMessages as messages, type ResponseProblem } from "./response-messages.ts";

/** A normalised answer value. */
export type AnswerValue = string | number | readonly string[] | Readonly<Record<string, string | number>>;

export type AnswerCheck = { readonly value: AnswerValue } | { readonly problem: ResponseProblem };

const numberText = /^\s*-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\s*$/;

/** A finite number from a number or numeric text, else undefined. */
function toNumber(raw: unknown): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === "string" && numberText.test(raw)) {
    const value = Number(raw);
    return Number.isFinite(value) ? value : undefined;
  }
  return undefined;
}

/** The values a choice question's answer may take, in display-definition order. */
export function optionValues(question: {
  readonly choices: readonly Choice[];
  readonly other?: unknown;
  readonly none?: unknown;
}): string[] {
  const values = question.choices.map((c) => c.value);
  if (question.other !== undefined) values.push(otherValue);
  if (question.none !== undefined) values.push(noneValue);
  return values;
}

function scaleAnswer(name: string, scale: Scale, raw: unknown): AnswerCheck {
  if (typeof raw === "string") {
    if (scale.nonSubstantive.some((c) => c.value === raw)) return { value: raw };
  }
  const number = toNumber(raw);
  if (number !== undefined && scale.points.some((p) => p.value === number)) return { value: number };
  const allowed = [...scale.points.map((p) => p.value), ...scale.nonSubstantive.map((c) => c.value)];
  return { problem: messages.unknownChoice(name, raw, allowed) };
}

function matrixAnswer(question: MatrixQuestion, raw: unknown): AnswerCheck {
  const { name, rows } = question;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return { problem: messages.wrongType(name, "an object of row: scale value", raw) };
  }
  const record = raw as Record<string, unknown>;
  const rowValues = rows.map((r) => r.value);
  for (const key of Object.keys(record)) {
    if (!rowValues.includes(key)) return { problem: messages.unknownRow(name, key, rowValues) };
  }
  const value: Record<string, string | number> = {};
  for (const row of rowValues) {
    const cell = record[row];
    if (cell === undefined || cell === null || cell === "") continue;
    const checked = scaleAnswer(`${name}.${row}`, question.scale, cell);
    if ("problem" in checked) return { problem: { ...checked.problem, question: name } };
    value[row] = checked.value as string | number;
  }
  return { value };
}

function choiceListAnswer(name: string, allowed: readonly string[], raw: unknown): AnswerCheck | string[] {
  if (!Array.isArray(raw)) return { problem: messages.wrongType(name, "a list of choice values", raw) };
  const seen = new Set<string>();
  for (const item of raw) {
    const value = typeof item === "number" ? String(item) : item;
    if (typeof value !== "string" || !allowed.includes(value)) {
      return { problem: messages.unknownChoice(name, item, allowed) };
    }
    if (seen.has(value)) return { problem: messages.duplicateChoice(name, value) };
    seen.add(value);
  }
  return allowed.filter((v) => seen.has(v));
}

/**
 * Checks a non-empty answer to a visible question. `raw` is any JSON value: every type is checked,
 * nothing throws. The "other" text is checked by the caller (it lives under `<name>-Comment`).
 */
export function normaliseAnswer(question: Question, raw: unknown): AnswerCheck {
  const name = question.name;
  switch (question.type) {
    case "single-choice": {
      const allowed = optionValues(question);
      const value = typeof raw === "number" ? String(raw) : raw;
      if (typeof value !== "string" || !allowed.includes(value)) {
        return { problem: messages.unknownChoice(name, raw, allowed) };
      }
      return { value };
    }
    case "multiple-choice": {
      const checked = choiceListAnswer(name, optionValues(question), raw);
      if (!Array.isArray(checked)) return checked;
      if (checked.includes(noneValue) && checked.length > 1) {
        return { problem: messages.exclusiveChoice(name, noneValue) };
      }
      return { value: checked };
    }
    case "ranking": {
      const allowed = question.choices.map((c) => c.value);
      const checked = choiceListAnswer(name, allowed, raw);
      if (!Array.isArray(checked)) return checked;
      if (checked.length !== allowed.length)
        return { problem: messages.notAPermutation(name, allowed.length) };
      return { value: (raw as unknown[]).map((item) => String(item)) };
    }
    case "likert":
      return scaleAnswer(name, question.scale, raw);
    case "matrix":
      return matrixAnswer(question, raw);
    case "rating":
    case "number": {
      const value = toNumber(raw);
      if (value === undefined) return { problem: messages.wrongType(name, "a number", raw) };
      const integer = question.type === "rating" || question.integer;
      if (integer && !Number.isInteger(value)) return { problem: messages.notAnInteger(name, value) };
      const { min, max } = question;
      if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        return { problem: messages.outOfRange(name, value, min, max) };
      }
      return { value };
    }
    case "text": {
      if (typeof raw !== "string") return { problem: messages.wrongType(name, "a text", raw) };
      const value = raw.trim();
      if (question.maxLength !== undefined && value.length > question.maxLength) {
        return { problem: messages.tooLong(name, value.length, question.maxLength) };
      }
      return { value };
    }
  }
}
