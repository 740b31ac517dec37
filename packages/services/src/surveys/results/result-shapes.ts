// The shapes of per-question results and the small helpers every question type shares: the
// interval method and level, and conversions from the domain's proportions.
import {
  type CategoryResult,
  type Choice,
  type DomainProportion,
  type IntervalResult,
  noneValue,
  otherValue,
  type Question,
} from "@smartspec/domain";

/** The reply shapes are the domain's (packages/domain/src/survey-api/results-schema.ts). */
export type { CategoryResult, IntervalResult, QuestionResult } from "@smartspec/domain";

export const resultsIntervalMethod = "wilson" as const;
export const resultsLevel = 0.95;

export type Answers = readonly Readonly<Record<string, unknown>>[];

export const interval = (p: DomainProportion): IntervalResult => ({
  estimate: p.proportion,
  se: p.se,
  low: p.lower,
  high: p.upper,
});

export const category = (choice: Choice, p: DomainProportion): CategoryResult => ({
  value: choice.value,
  label: choice.label,
  proportion: p.proportion,
  se: p.se,
  low: p.lower,
  high: p.upper,
  n: p.count,
});

export function withSpecial(question: {
  choices: readonly Choice[];
  other?: { label: string };
  none?: { label: string };
}): Choice[] {
  const choices = [...question.choices];
  if (question.other) choices.push({ value: otherValue, label: question.other.label });
  if (question.none) choices.push({ value: noneValue, label: question.none.label });
  return choices;
}

export const text = (value: unknown): string | null =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : null;

export function base(question: Question, n: number, estimated: boolean) {
  return { name: question.name, title: question.title, type: question.type, n, estimated } as const;
}
