// One question of the report: its number and text, its base, and its chart. Single choice,
// rating and multiple choice (as % of respondents) draw proportion bars with Wilson whiskers;
// Likert items and matrix rows a diverging stacked bar, then the top and bottom box with their
// intervals; numbers their mean; text and ranking questions are listed as not estimated.
import type { SurveyResults } from "../results/estimate-survey-results.ts";
import type { QuestionResult } from "../results/result-shapes.ts";
import { divergingBarHeight, drawDivergingBar } from "./draw-diverging-bar.ts";
import { type BarRow, drawProportionBars, proportionBarsHeight } from "./draw-proportion-bars.ts";
import type { ReportCanvas } from "./report-canvas.ts";
import { chart, colours, contentBottom, margin } from "./report-layout.ts";
import {
  meanText,
  medianText,
  mentionsText,
  noAnswersText,
  nonSubstantiveText,
  questionNote,
} from "./report-texts.ts";

const headingStyle = { size: 11, bold: true, after: 2 } as const;
const noteStyle = { size: 8.5, colour: colours.muted, after: 6 } as const;
const detailStyle = { size: 8.5, after: 3 } as const;

/** The top and bottom box of a Likert item as two bar rows: 2 points each on scales of 4+, else 1. */
export function boxRows(question: QuestionResult): BarRow[] {
  if (!question.likert) return [];
  const box = question.categories.length >= 4 ? 2 : 1;
  const labels = (from: readonly { label: string }[]) => from.map((c) => c.label).join(" / ");
  const { topBox, bottomBox } = question.likert;
  return [
    { label: `Top ${box} box (${labels(question.categories.slice(-box))})`, ...topBox },
    { label: `Bottom ${box} box (${labels(question.categories.slice(0, box))})`, ...bottomBox },
  ];
}

const categoryRows = (question: QuestionResult): BarRow[] =>
  question.categories.map((c) => ({ label: c.label, estimate: c.proportion, low: c.low, high: c.high }));

function chartHeight(canvas: ReportCanvas, question: QuestionResult): number {
  if (question.likert) return divergingBarHeight + proportionBarsHeight(canvas, boxRows(question)) + 24;
  if (question.categories.length > 0) return proportionBarsHeight(canvas, categoryRows(question)) + 12;
  return 14;
}

function drawDetails(canvas: ReportCanvas, lines: readonly (string | null)[]): void {
  for (const line of lines) if (line !== null) canvas.paragraph(line, detailStyle);
}

/** Draws question `number` (1-based) at the cursor and leaves the cursor below it. */
export function drawQuestion(
  canvas: ReportCanvas,
  question: QuestionResult,
  number: number,
  results: SurveyResults,
): void {
  const heading = `Q${number}. ${question.title}`;
  const note = questionNote(question, results);
  const head = canvas.measure(heading, headingStyle) + 2 + canvas.measure(note, noteStyle) + 6;
  // Keep a question on one page when it fits on one; otherwise at least its head and a few rows.
  const whole = head + chartHeight(canvas, question);
  canvas.ensureSpace(whole <= contentBottom - margin ? whole : head + 4 * chart.rowHeight);
  canvas.paragraph(heading, headingStyle);
  canvas.paragraph(note, noteStyle);
  if (!question.estimated) return;
  if (question.mean) {
    drawDetails(canvas, [meanText(question.mean)]);
  } else if (question.categories.length === 0) {
    drawDetails(canvas, [noAnswersText]);
  } else if (question.likert) {
    drawDivergingBar(canvas, question);
    drawProportionBars(canvas, boxRows(question));
    drawDetails(canvas, [medianText(question), nonSubstantiveText(question)]);
  } else {
    drawProportionBars(canvas, categoryRows(question));
    drawDetails(canvas, [mentionsText(question)]);
  }
  canvas.y += 10;
}
