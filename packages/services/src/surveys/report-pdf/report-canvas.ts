// A pdfkit document with a vertical cursor: the drawing modules place text and shapes at `y`
// and move it down; `ensureSpace` starts a new page when a block would run into the footer.
// Text is mapped to WinAnsi first (win-ansi-text.ts) and written as real text in Helvetica.
/// <reference types="pdfkit" />
import {
  colours,
  contentBottom,
  contentWidth,
  fonts,
  margin,
  pageMargins,
  pageSize,
} from "./report-layout.ts";
import { winAnsiText } from "./win-ansi-text.ts";

/** A pdfkit document (the global type @types/pdfkit declares). */
export type PdfDocument = PDFKit.PDFDocument;

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly colour?: string;
  readonly x?: number;
  readonly width?: number;
  /** Space after the paragraph, in points (default 4). */
  readonly after?: number;
}

export class ReportCanvas {
  /** Top of the next thing to draw, in points from the top of the page. */
  y = margin;

  constructor(readonly doc: PdfDocument) {}

  newPage(): void {
    this.doc.addPage({ size: [pageSize.width, pageSize.height], margins: pageMargins });
    this.y = margin;
  }

  /** Starts a new page unless `height` points still fit above the footer. */
  ensureSpace(height: number): void {
    if (this.y + height > contentBottom && this.y > margin) this.newPage();
  }

  private font(style: TextStyle): PdfDocument {
    return this.doc
      .font(style.bold ? fonts.bold : fonts.regular)
      .fontSize(style.size)
      .fillColor(style.colour ?? colours.ink);
  }

  /** Height of `text` wrapped to the style's width. */
  measure(text: string, style: TextStyle): number {
    return this.font(style).heightOfString(winAnsiText(text), { width: style.width ?? contentWidth });
  }

  /** Width of `text` on one line. */
  widthOf(text: string, style: TextStyle): number {
    return this.font(style).widthOfString(winAnsiText(text));
  }

  /** A wrapped paragraph at the cursor; the cursor moves below it. */
  paragraph(text: string, style: TextStyle): void {
    const height = this.measure(text, style);
    this.ensureSpace(height);
    this.textAt(text, style.x ?? margin, this.y, style);
    this.y += height + (style.after ?? 4);
  }

  /** Text at a fixed place, wrapped to the style's width; the cursor does not move. */
  textAt(text: string, x: number, y: number, style: TextStyle): void {
    this.font(style).text(winAnsiText(text), x, y, { width: style.width ?? contentWidth });
  }

  /** Text on one line at a fixed place (no wrapping). */
  lineAt(text: string, x: number, y: number, style: TextStyle): void {
    this.font(style).text(winAnsiText(text), x, y, { lineBreak: false });
  }
}
