// Per-question estimates from the domain statistics, every interval svyciprop "wilson" at 95 %:
// single choice and rating -> estimateProportions; Likert items and each matrix row ->
// likertSummary (scale-results.ts); multiple choice -> multipleResponseSummary; number ->
// designMean with a t interval. Text and ranking questions are counted, not estimated.
import {
  type Choice,
  designMean,
  estimateProportions,
  multipleResponseSummary,
  type Question,
  type SurveyDesign,
  studentTQuantile,
} from "@smartspec/domain";
import {
  type Answers,
  base,
  category,
  type QuestionResult,
  resultsIntervalMethod,
  resultsLevel,
  text,
  withSpecial,
} from "./result-shapes.ts";
import { likertResult, matrixResults } from "./scale-results.ts";

export type { CategoryResult, IntervalResult, QuestionResult } from "./result-shapes.ts";
export { resultsIntervalMethod, resultsLevel } from "./result-shapes.ts";

function choiceResult(
  question: Question,
  choices: readonly Choice[],
  values: (string | null)[],
  design: SurveyDesign | null,
): QuestionResult {
  const n = values.filter((v) => v !== null).length;
  if (design === null || n === 0) return { ...base(question, n, true), categories: [] };
  const estimates = estimateProportions({
    design,
    values,
    method: resultsIntervalMethod,
    level: resultsLevel,
    categories: choices.map((c) => c.value),
  });
  return { ...base(question, n, true), categories: choices.map((c, i) => category(c, estimates[i]!)) };
}

function multipleResult(
  question: Question & { type: "multiple-choice" },
  answers: Answers,
  design: SurveyDesign | null,
): QuestionResult {
  const choices = withSpecial(question);
  const ticks = answers.map((a) => {
    const value = a[question.name];
    return Array.isArray(value) && value.length > 0 ? new Set(value as string[]) : null;
  });
  const n = ticks.filter((t) => t !== null).length;
  if (design === null || n === 0) return { ...base(question, n, true), categories: [] };
  const summary = multipleResponseSummary({
    design,
    options: choices.map((c) => ({
      name: c.value,
      ticked: Float64Array.from(ticks, (t) => (t?.has(c.value) ? 1 : 0)),
    })),
    answered: Uint8Array.from(ticks, (t) => (t === null ? 0 : 1)),
    method: resultsIntervalMethod,
    level: resultsLevel,
  });
  return {
    ...base(question, n, true),
    categories: choices.map((c, i) => category(c, summary.options[i]!)),
    multiple: {
      weightedMentions: summary.weightedMentions,
      mentionShares: summary.options.map((o) => ({ value: o.name, share: o.mentionShare })),
    },
  };
}

function numberResult(question: Question, answers: Answers, design: SurveyDesign | null): QuestionResult {
  const y = Float64Array.from(answers, (a) =>
    typeof a[question.name] === "number" ? (a[question.name] as number) : 0,
  );
  const domain = Uint8Array.from(answers, (a) => (typeof a[question.name] === "number" ? 1 : 0));
  const n = domain.reduce((s, v) => s + v, 0);
  if (design === null || n === 0) return { ...base(question, n, true), categories: [] };
  const mean = designMean(design, y, domain);
  const t =
    mean.degreesOfFreedom > 0
      ? studentTQuantile(1 - (1 - resultsLevel) / 2, mean.degreesOfFreedom)
      : Number.NaN;
  return {
    ...base(question, n, true),
    categories: [],
    mean: { estimate: mean.mean, se: mean.se, low: mean.mean - t * mean.se, high: mean.mean + t * mean.se },
  };
}

/** The results of one question (a matrix gives one per row). `answers[i]` is design row i. */
export function questionResults(
  question: Question,
  answers: Answers,
  design: SurveyDesign | null,
): QuestionResult[] {
  switch (question.type) {
    case "single-choice":
      return [
        choiceResult(
          question,
          withSpecial(question),
          answers.map((a) => text(a[question.name])),
          design,
        ),
      ];
    case "rating": {
      const choices: Choice[] = [];
      for (let v = question.min; v <= question.max; v++) choices.push({ value: String(v), label: String(v) });
      return [
        choiceResult(
          question,
          choices,
          answers.map((a) => text(a[question.name])),
          design,
        ),
      ];
    }
    case "likert":
      return [likertResult(question, answers, design)];
    case "matrix":
      return matrixResults(question, answers, design);
    case "multiple-choice":
      return [multipleResult(question, answers, design)];
    case "number":
      return [numberResult(question, answers, design)];
    case "text":
    case "ranking": {
      const n = answers.filter((a) => a[question.name] !== undefined && a[question.name] !== "").length;
      return [{ ...base(question, n, false), categories: [] }];
    }
  }
}
