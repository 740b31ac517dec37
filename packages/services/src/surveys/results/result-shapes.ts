// The shapes of per-question results and the small helpers every question type shares: the
// interval method and level, and conversions from the domain's proportions.
import { type Choice, type DomainProportion, noneValue, otherValue, type Question } from "@smartspec/domain";

export const resultsIntervalMethod = "wilson" as const;
export const resultsLevel = 0.95;

export interface CategoryResult {
  readonly value: string;
  readonly label: string;
  readonly proportion: number;
  readonly se: number;
  readonly low: number;
  readonly high: number;
  /** Unweighted respondents who gave this answer. */
  readonly n: number;
}

export interface QuestionResult {
  readonly name: string;
  readonly title: string;
  readonly type: Question["type"] | "matrix-row";
  /** Matrix rows: the matrix question and the row value. */
  readonly question?: string;
  readonly row?: string;
  /** Respondents in the base (answered, shown the question). */
  readonly n: number;
  /** false for text and ranking questions: counted only. */
  readonly estimated: boolean;
  readonly categories: readonly CategoryResult[];
  readonly likert?: {
    readonly topBox: IntervalResult;
    readonly bottomBox: IntervalResult;
    readonly median: string;
    readonly diverging: readonly {
      readonly category: string;
      readonly start: number;
      readonly end: number;
    }[];
    readonly nonSubstantive: readonly {
      readonly value: string;
      readonly label: string;
      readonly n: number;
      readonly share: number;
    }[];
  };
  readonly multiple?: {
    readonly weightedMentions: number;
    readonly mentionShares: readonly { readonly value: string; readonly share: number }[];
  };
  readonly mean?: IntervalResult;
}

export interface IntervalResult {
  readonly estimate: number;
  readonly se: number;
  readonly low: number;
  readonly high: number;
}

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
