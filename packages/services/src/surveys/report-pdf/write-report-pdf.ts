// The survey report as PDF bytes (pure apart from pdfkit's in-memory stream):
//   1. document: A4, Helvetica, metadata (Title, Author "smartspec", CreationDate = generatedAt),
//      pages buffered so the footers can count them;
//   2. cover (draw-cover.ts);
//   3. one block per question (draw-question.ts), from a new page;
//   4. footers on every page (draw-footers.ts);
//   5. end, collecting the bytes.
// Deterministic: pdfkit derives the file ID from the metadata (md5 of CreationDate and the info
// entries), nothing else reads the clock or randomness, so equal input gives equal bytes.
import PDFDocument from "pdfkit";
import { drawCover } from "./draw-cover.ts";
import { drawFooters } from "./draw-footers.ts";
import { drawQuestion } from "./draw-question.ts";
import { type PdfDocument, ReportCanvas } from "./report-canvas.ts";
import type { ReportInput, ReportOptions } from "./report-input.ts";
import { fonts, pageMargins, pageSize } from "./report-layout.ts";

function createDocument(input: ReportInput, options: ReportOptions): PdfDocument {
  return new PDFDocument({
    size: [pageSize.width, pageSize.height],
    margins: pageMargins,
    compress: options.compress ?? true,
    bufferPages: true,
    font: fonts.regular,
    lang: "en-GB",
    displayTitle: true,
    info: {
      Title: `Survey report: ${input.title}`,
      Author: "smartspec",
      Creator: "smartspec",
      Producer: "smartspec (PDFKit)",
      CreationDate: input.generatedAt,
    },
  });
}

function collectBytes(doc: PdfDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
}

/**
 * The report PDF of `input`. Example: `await writeReportPdf(input)` starts with "%PDF-1.3" and has
 * one cover page plus the question pages; `{ compress: false }` leaves the content streams readable.
 */
export async function writeReportPdf(input: ReportInput, options: ReportOptions = {}): Promise<Uint8Array> {
  const doc = createDocument(input, options);
  const bytes = collectBytes(doc);
  const canvas = new ReportCanvas(doc);
  drawCover(canvas, input);
  if (input.results.questions.length > 0) canvas.newPage();
  input.results.questions.forEach((question, i) => {
    drawQuestion(canvas, question, i + 1, input.results);
  });
  drawFooters(canvas, input.title, input.generatedAt);
  doc.end();
  return bytes;
}
