// A horizontal bar chart of proportions in vector primitives: one filled rectangle per row whose
// width is proportion x `chart.barScale` (zero-width rectangles kept, so bars and rows stay one to
// one), the 95% interval as a whisker line with end caps, the value and interval as text, and a
// 0-100% axis below. Rectangles are used for bars only; rules, whiskers and ticks are lines.
import type { ReportCanvas } from "./report-canvas.ts";
import { chart, colours, margin } from "./report-layout.ts";
import { intervalText, percent } from "./report-texts.ts";

export interface BarRow {
  readonly label: string;
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

const labelStyle = { size: chart.fontSize, width: chart.labelWidth } as const;
const clampShare = (x: number) => Math.min(1, Math.max(0, x));

function rowHeight(canvas: ReportCanvas, row: BarRow): number {
  return Math.max(chart.rowHeight, canvas.measure(row.label, labelStyle) + 4);
}

/** Height of the whole chart: rows plus the axis. */
export function proportionBarsHeight(canvas: ReportCanvas, rows: readonly BarRow[]): number {
  return rows.reduce((sum, row) => sum + rowHeight(canvas, row), 0) + 16;
}

function drawWhisker(canvas: ReportCanvas, row: BarRow, middle: number): void {
  if (!Number.isFinite(row.low) || !Number.isFinite(row.high)) return;
  const left = chart.barX + clampShare(row.low) * chart.barScale;
  const right = chart.barX + clampShare(row.high) * chart.barScale;
  const cap = chart.capHeight / 2;
  const doc = canvas.doc.lineWidth(0.8).strokeColor(colours.whisker);
  doc.moveTo(left, middle).lineTo(right, middle).stroke();
  doc
    .moveTo(left, middle - cap)
    .lineTo(left, middle + cap)
    .stroke();
  doc
    .moveTo(right, middle - cap)
    .lineTo(right, middle + cap)
    .stroke();
}

function drawRow(canvas: ReportCanvas, row: BarRow, height: number, colour: string): void {
  const top = canvas.y;
  const middle = top + height / 2;
  canvas.textAt(row.label, margin, middle - canvas.measure(row.label, labelStyle) / 2 + 1, labelStyle);
  const width = Number.isFinite(row.estimate) ? clampShare(row.estimate) * chart.barScale : 0;
  canvas.doc.rect(chart.barX, middle - chart.barHeight / 2, width, chart.barHeight).fill(colour);
  drawWhisker(canvas, row, middle);
  canvas.lineAt(`${percent(row.estimate)} ${intervalText(row.low, row.high)}`, chart.valueX, middle - 3, {
    size: chart.fontSize,
  });
  canvas.y = top + height;
}

function drawAxis(canvas: ReportCanvas): void {
  const y = canvas.y + 2;
  const doc = canvas.doc.lineWidth(0.5).strokeColor(colours.rule);
  doc
    .moveTo(chart.barX, y)
    .lineTo(chart.barX + chart.barScale, y)
    .stroke();
  for (let tick = 0; tick <= 4; tick++) {
    const x = chart.barX + (tick / 4) * chart.barScale;
    doc
      .moveTo(x, y)
      .lineTo(x, y + 3)
      .stroke();
    const label = `${tick * 25}%`;
    canvas.lineAt(label, x - canvas.widthOf(label, { size: 7 }) / 2, y + 5, {
      size: 7,
      colour: colours.muted,
    });
  }
  canvas.y += 16;
}

/** Draws `rows` at the cursor, breaking pages between rows when needed. */
export function drawProportionBars(
  canvas: ReportCanvas,
  rows: readonly BarRow[],
  colour: string = colours.bar,
): void {
  for (const row of rows) {
    const height = rowHeight(canvas, row);
    canvas.ensureSpace(height + 16);
    drawRow(canvas, row, height, colour);
  }
  drawAxis(canvas);
}
