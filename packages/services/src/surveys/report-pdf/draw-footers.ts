// The footer of every page, drawn once all pages exist (pdfkit's buffered pages) so each can say
// "page N of M": "smartspec - <title> - page N of M" on the left, the generation time on the right.
import type { ReportCanvas } from "./report-canvas.ts";
import { colours, contentWidth, footerY, margin } from "./report-layout.ts";
import { footerText, stampText } from "./report-texts.ts";

const style = { size: 7.5, colour: colours.muted } as const;

/** Shortens `title` with "..." until the footer line fits in `width` points. */
function fittedTitle(canvas: ReportCanvas, title: string, pages: number, width: number): string {
  for (let keep = title.length; keep > 0; keep--) {
    const shown = keep === title.length ? title : `${title.slice(0, keep).trimEnd()}...`;
    if (canvas.widthOf(footerText(shown, pages, pages), style) <= width) return shown;
  }
  return "...";
}

export function drawFooters(canvas: ReportCanvas, title: string, generatedAt: Date): void {
  const { start, count } = canvas.doc.bufferedPageRange();
  const generated = `Generated ${stampText(generatedAt)}`;
  const generatedWidth = canvas.widthOf(generated, style);
  const shown = fittedTitle(canvas, title, count, contentWidth - generatedWidth - 16);
  for (let i = 0; i < count; i++) {
    canvas.doc.switchToPage(start + i);
    canvas.doc
      .lineWidth(0.5)
      .strokeColor(colours.rule)
      .moveTo(margin, footerY - 6)
      .lineTo(margin + contentWidth, footerY - 6)
      .stroke();
    canvas.lineAt(footerText(shown, i + 1, count), margin, footerY, style);
    canvas.lineAt(generated, margin + contentWidth - generatedWidth, footerY, style);
  }
}
