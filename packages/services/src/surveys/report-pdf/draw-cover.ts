// The cover page: title, fieldwork dates, then the response rate the way AAPOR's reporting rules
// ask (survey-methods.md 2.5): RR1 first and in words, e with its value and basis, the partial
// threshold, other rates only after RR1, the disposition counts and their rule set; then the
// number of responses, the weighting in plain words (with its Kish base, any problem with it and
// the population counts it calibrates to), the interval method, and the nonresponse caveat
// (marked by a red rule) when RR1 is under 20%.
import { dispositionCodes } from "@smartspec/domain";
import type { ReportCanvas } from "./report-canvas.ts";
import type { ReportInput } from "./report-input.ts";
import { chart, colours, margin } from "./report-layout.ts";
import {
  dispositionLabels,
  eText,
  fieldworkText,
  intervalMethodText,
  otherRatesText,
  partialText,
  responsesText,
  rr1Definition,
  rr1Text,
  ruleSetText,
  weightingText,
} from "./report-texts.ts";
import { kishText, populationText, weightingProblemsText } from "./weighting-texts.ts";

const body = { size: 10, after: 6 } as const;
const small = { size: 8.5, colour: colours.muted, after: 4 } as const;
const section = { size: 12, bold: true, after: 6 } as const;

function drawDispositions(canvas: ReportCanvas, counts: NonNullable<ReportInput["rates"]>["counts"]): void {
  // Two columns of four: eligible families (I, P, R, NC) left, the rest (O, UH, UO, NE) right.
  const columnWidth = 220;
  dispositionCodes.forEach((code, i) => {
    const x = margin + Math.floor(i / 4) * columnWidth;
    const y = canvas.y + (i % 4) * 11;
    canvas.lineAt(`${code}`, x, y, { size: 8 });
    canvas.lineAt(dispositionLabels[code], x + 18, y, { size: 8 });
    const count = String(counts[code]);
    canvas.lineAt(count, x + 190 - canvas.widthOf(count, { size: 8 }), y, { size: 8 });
  });
  canvas.y += 4 * 11 + 6;
}

function drawCaveat(canvas: ReportCanvas, caveat: string): void {
  const style = { size: 10, x: margin + 10, width: chart.barScale + 260, after: 6 } as const;
  const height =
    canvas.measure("Nonresponse caveat", { ...style, bold: true }) + canvas.measure(caveat, style) + 2;
  canvas.ensureSpace(height + 8);
  const top = canvas.y;
  canvas.doc
    .lineWidth(2)
    .strokeColor(colours.caveat)
    .moveTo(margin + 2, top)
    .lineTo(margin + 2, top + height)
    .stroke();
  canvas.paragraph("Nonresponse caveat", { ...style, bold: true, colour: colours.caveat, after: 2 });
  canvas.paragraph(caveat, style);
}

/** Draws the cover on the current (first) page. */
export function drawCover(canvas: ReportCanvas, input: ReportInput): void {
  const { results } = input;
  canvas.paragraph("Survey report", { size: 10, colour: colours.muted, after: 2 });
  canvas.paragraph(input.title, { size: 20, bold: true, after: 8 });
  canvas.paragraph(fieldworkText(input.fieldwork, input.generatedAt), body);
  canvas.y += 8;
  canvas.paragraph(rr1Text(results.responseRate), section);
  canvas.paragraph(rr1Definition, body);
  const e = eText(results.responseRate);
  if (e !== null) canvas.paragraph(e, body);
  canvas.paragraph(partialText(input.partialThreshold), body);
  if (input.rates !== null && results.responseRate.RR1 !== null) {
    canvas.paragraph(otherRatesText(input.rates), small);
    canvas.paragraph("Final dispositions (AAPOR codes):", small);
    drawDispositions(canvas, input.rates.counts);
    canvas.paragraph(ruleSetText(input.ruleSet), small);
  }
  canvas.y += 8;
  if (results.caveat !== null) drawCaveat(canvas, results.caveat);
  canvas.paragraph(responsesText(results), body);
  canvas.paragraph(weightingText(results), body);
  for (const text of [kishText(results.weighting, results.weights), weightingProblemsText(results.weights)])
    if (text !== null) canvas.paragraph(text, body);
  canvas.paragraph(intervalMethodText(results), body);
  const population = populationText(results.weights);
  if (population !== null) canvas.paragraph(`Population: ${population}`, small);
}
