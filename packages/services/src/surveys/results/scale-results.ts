// Ordered-scale questions: a Likert item, and each row of a matrix, summarised by likertSummary
// (top and bottom box of 2 categories, or 1 on scales under 4 points; "don't know" kept apart).
import {
  type LikertQuestion,
  likertSummary,
  type MatrixQuestion,
  type Scale,
  type SurveyDesign,
} from "@smartspec/domain";
import {
  type Answers,
  category,
  interval,
  type QuestionResult,
  resultsIntervalMethod,
  resultsLevel,
  text,
} from "./result-shapes.ts";

function scaleResult(
  head: Pick<QuestionResult, "name" | "title" | "type" | "question" | "row">,
  scale: Scale,
  values: (string | null)[],
  design: SurveyDesign | null,
): QuestionResult {
  const points = scale.points.map((p) => ({ value: String(p.value), label: p.label }));
  const codes = new Set(points.map((p) => p.value));
  const n = values.filter((v) => v !== null && codes.has(v)).length;
  if (design === null || n === 0) return { ...head, n, estimated: true, categories: [] };
  const summary = likertSummary({
    design,
    values,
    scale: points.map((p) => p.value),
    nonSubstantive: scale.nonSubstantive.map((c) => c.value),
    box: points.length >= 4 ? 2 : 1,
    method: resultsIntervalMethod,
    level: resultsLevel,
  });
  return {
    ...head,
    n: summary.n,
    estimated: true,
    categories: points.map((p, i) => category(p, summary.distribution[i]!)),
    likert: {
      topBox: interval(summary.topBox),
      bottomBox: interval(summary.bottomBox),
      median: summary.median,
      diverging: summary.diverging,
      nonSubstantive: summary.nonSubstantive.map((s, i) => ({
        value: s.code,
        label: scale.nonSubstantive[i]!.label,
        n: s.count,
        share: s.share,
      })),
    },
  };
}

export function likertResult(
  question: LikertQuestion,
  answers: Answers,
  design: SurveyDesign | null,
): QuestionResult {
  const values = answers.map((a) => text(a[question.name]));
  return scaleResult(
    { name: question.name, title: question.title, type: "likert" },
    question.scale,
    values,
    design,
  );
}

export function matrixResults(
  question: MatrixQuestion,
  answers: Answers,
  design: SurveyDesign | null,
): QuestionResult[] {
  return question.rows.map((row) => {
    const values = answers.map((a) => {
      const record = a[question.name];
      return record !== null && typeof record === "object"
        ? text((record as Record<string, unknown>)[row.value])
        : null;
    });
    const head = {
      name: `${question.name}.${row.value}`,
      title: `${question.title}: ${row.label}`,
      type: "matrix-row" as const,
      question: question.name,
      row: row.value,
    };
    return scaleResult(head, question.scale, values, design);
  });
}
