// A tiny reader of the PDFs pdfkit writes, for tests: objects by number, the page tree's kids in
// order, each page's content stream (inflated when /FlateDecode), the text of its TJ / Tj
// operators (hex or literal strings, one entry per operator, WinAnsi read as Latin-1), and its
// `re` rectangles. Enough for our own output; not a general PDF parser.
import { inflateSync } from "node:zlib";

export interface PdfRectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PdfPage {
  readonly content: string;
  /** The strings shown, one per text operator, in stream order. */
  readonly lines: readonly string[];
  readonly rectangles: readonly PdfRectangle[];
}

interface PdfObject {
  readonly body: string;
  /** Where the body starts in the file (Latin-1 text keeps one character per byte). */
  readonly offset: number;
}

function objects(pdf: string): Map<number, PdfObject> {
  const found = new Map<number, PdfObject>();
  for (const match of pdf.matchAll(/(?:^|\n)(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) {
    const body = match[2]!;
    found.set(Number(match[1]), {
      body,
      offset: match.index + match[0].length - body.length - "\nendobj".length,
    });
  }
  return found;
}

function streamOf(object: PdfObject, bytes: Buffer): string {
  const start = object.body.indexOf("stream\n") + "stream\n".length;
  const end = object.body.lastIndexOf("\nendstream");
  if (start < "stream\n".length || end < start) throw new Error("content object without a stream");
  const raw = bytes.subarray(object.offset + start, object.offset + end);
  return (object.body.includes("/FlateDecode") ? inflateSync(raw) : raw).toString("latin1");
}

/** WinAnsiEncoding 0x80-0x9F (PDF 32000-1 Annex D); the rest of the table is Latin-1. */
const winAnsiHigh = new Map(
  [..."€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"].map((c, i) => [0x80 + i, c]),
);

const winAnsi = (latin1: string) => [...latin1].map((c) => winAnsiHigh.get(c.charCodeAt(0)) ?? c).join("");

const hexText = (hex: string) => winAnsi(Buffer.from(hex.replace(/\s+/g, ""), "hex").toString("latin1"));

const literalText = (literal: string) =>
  literal.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, escaped: string) => {
    const simple: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };
    if (/^[0-7]/.test(escaped)) return String.fromCharCode(Number.parseInt(escaped, 8));
    return simple[escaped] ?? escaped;
  });

function textLines(content: string): string[] {
  const lines: string[] = [];
  for (const match of content.matchAll(
    /\[((?:<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|[-\d.\s])*)\]\s*TJ|(<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\))\s*Tj/g,
  )) {
    const source = match[1] ?? match[2]!;
    let line = "";
    for (const piece of source.matchAll(/<([0-9a-fA-F\s]*)>|\(((?:\\.|[^\\)])*)\)/g)) {
      line += piece[1] !== undefined ? hexText(piece[1]) : literalText(piece[2]!);
    }
    lines.push(line);
  }
  return lines;
}

function rectangles(content: string): PdfRectangle[] {
  const number = "(-?\\d+(?:\\.\\d+)?)";
  const pattern = new RegExp(`${number} ${number} ${number} ${number} re\\b`, "g");
  return [...content.matchAll(pattern)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
  }));
}

/** The pages of a pdfkit PDF in page order. */
export function pdfPages(bytes: Uint8Array): PdfPage[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pdf = buffer.toString("latin1");
  const byNumber = objects(pdf);
  const tree = [...byNumber.values()].map((o) => o.body).find((body) => /\/Type \/Pages\b/.test(body));
  if (!tree) throw new Error("no page tree");
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(tree)?.[1] ?? "").matchAll(/(\d+) 0 R/g)].map((m) =>
    Number(m[1]),
  );
  return kids.map((kid) => {
    const page = byNumber.get(kid)?.body ?? "";
    const contents = byNumber.get(Number(/\/Contents (\d+) 0 R/.exec(page)?.[1]));
    if (!contents) throw new Error(`page object ${kid} has no content stream`);
    const content = streamOf(contents, buffer);
    return { content, lines: textLines(content), rectangles: rectangles(content) };
  });
}

/** A page's text as one string, every run of white space made one space. */
export function pageText(page: PdfPage): string {
  return page.lines.join(" ").replace(/\s+/g, " ");
}
