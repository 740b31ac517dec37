// A Likert item as a diverging stacked bar (Heiberger & Robbins 2014, JSS 57(5); survey-methods.md
// §7): one rectangle per scale point, laid out by the domain's divergingSegments (centred on the
// neutral point, split across zero, or between the two middle points of an even scale), coloured
// on one red - grey - blue scale for every item, with the shares written inside wide segments,
// a centre line, a -100%..100% axis and a legend whose swatches are circles (rectangles are bars).
import type { QuestionResult } from "../results/result-shapes.ts";
import type { ReportCanvas } from "./report-canvas.ts";
import { chart, colours, margin } from "./report-layout.ts";
import { percent } from "./report-texts.ts";

const disagree = [0xb2, 0x18, 0x2b] as const;
const neutral = [0xd9, 0xd9, 0xd9] as const;
const agree = [0x21, 0x66, 0xac] as const;

/** Relative luminance below one half: write on it in white. */
const isDark = (channels: readonly number[]) =>
  (0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!) / 255 < 0.5;

const hex = (channels: readonly number[]) =>
  `#${channels.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

const mix = (a: readonly number[], b: readonly number[], t: number) => a.map((x, i) => x + (b[i]! - x) * t);

export interface LikertColour {
  readonly fill: string;
  readonly text: string;
}

/** `points` colours from disagree (red) through neutral (grey) to agree (blue), with a readable text colour. */
export function likertColours(points: number): LikertColour[] {
  return Array.from({ length: points }, (_, i) => {
    const t = points === 1 ? 0.5 : i / (points - 1);
    const channels = t < 0.5 ? mix(disagree, neutral, t / 0.5) : mix(neutral, agree, (t - 0.5) / 0.5);
    return { fill: hex(channels), text: isDark(channels) ? "#ffffff" : colours.ink };
  });
}

const barHeight = chart.barHeight + 4;
const legendRow = 12;

function drawSegments(
  canvas: ReportCanvas,
  question: QuestionResult,
  palette: readonly LikertColour[],
): void {
  const top = canvas.y + 2;
  canvas.textAt(`n = ${question.n}`, margin, top + 3, { size: chart.fontSize, width: chart.labelWidth });
  const segments = question.likert?.diverging ?? [];
  segments.forEach((segment, i) => {
    const x = chart.divergingCentre + segment.start * chart.divergingScale;
    const width = (segment.end - segment.start) * chart.divergingScale;
    const colour = palette[i] ?? { fill: colours.bar, text: "#ffffff" };
    canvas.doc.rect(x, top, width, barHeight).fill(colour.fill);
    if (width >= 24) {
      const label = percent(segment.end - segment.start);
      const textWidth = canvas.widthOf(label, { size: 7 });
      canvas.lineAt(label, x + (width - textWidth) / 2, top + 4, { size: 7, colour: colour.text });
    }
  });
  canvas.doc
    .lineWidth(0.8)
    .strokeColor(colours.ink)
    .moveTo(chart.divergingCentre, top - 3)
    .lineTo(chart.divergingCentre, top + barHeight + 3)
    .stroke();
  canvas.y = top + barHeight + 4;
}

function drawAxis(canvas: ReportCanvas): void {
  const y = canvas.y;
  const doc = canvas.doc.lineWidth(0.5).strokeColor(colours.rule);
  const left = chart.divergingCentre - chart.divergingScale;
  doc
    .moveTo(left, y)
    .lineTo(chart.divergingCentre + chart.divergingScale, y)
    .stroke();
  for (let tick = -2; tick <= 2; tick++) {
    const x = chart.divergingCentre + (tick / 2) * chart.divergingScale;
    doc
      .moveTo(x, y)
      .lineTo(x, y + 3)
      .stroke();
    const label = `${Math.abs(tick) * 50}%`;
    canvas.lineAt(label, x - canvas.widthOf(label, { size: 7 }) / 2, y + 5, {
      size: 7,
      colour: colours.muted,
    });
  }
  canvas.y += 18;
}

function drawLegend(canvas: ReportCanvas, question: QuestionResult, palette: readonly LikertColour[]): void {
  let x = margin;
  let y = canvas.y;
  const right = chart.divergingCentre + chart.divergingScale;
  question.categories.forEach((category, i) => {
    const text = `${category.label} ${percent(category.proportion)}`;
    const width = 10 + canvas.widthOf(text, { size: 7.5 }) + 12;
    if (x + width > right && x > margin) {
      x = margin;
      y += legendRow;
    }
    canvas.doc.circle(x + 3.5, y + 4, 3.5).fill(palette[i]?.fill ?? colours.bar);
    canvas.lineAt(text, x + 10, y + 1, { size: 7.5 });
    x += width;
  });
  canvas.y = y + legendRow + 4;
}

/** Rough height of the diverging bar block (bar, axis and a legend of up to two rows). */
export const divergingBarHeight = barHeight + 6 + 18 + 2 * legendRow + 4;

/** Draws the item's diverging bar, axis and legend at the cursor. */
export function drawDivergingBar(canvas: ReportCanvas, question: QuestionResult): void {
  const palette = likertColours(question.categories.length);
  canvas.ensureSpace(divergingBarHeight);
  drawSegments(canvas, question, palette);
  drawAxis(canvas);
  drawLegend(canvas, question, palette);
}
