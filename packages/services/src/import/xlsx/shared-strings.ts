// The shared string table (ECMA-376 Part 1, 18.4.9): each `<si>` is one string, plain `<t>` or
// rich text runs `<r><t>`; only the text is kept. Phonetic guides (`<rPh>`, the furigana of
// Japanese workbooks) are not part of the cell's text and are skipped; exceljs's reader keeps
// the reading instead of the text.
import { XmlEventStream } from "./xml-events.ts";

/**
 * OOXML writes characters XML cannot hold as `_xHHHH_` (a line break's carriage return is
 * `_x000D_`); `_x005F_` escapes a literal underscore before such a pattern (Part 1, 22.9.2.19).
 * Example: `unescapeText("a_x000D_\nb")` is `"a\r\nb"`.
 */
export function unescapeText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/**
 * Collects the text of `<t>` elements outside phonetic runs, for `<si>` (shared strings) and
 * `<is>` (inline strings in a sheet); the caller says where a string starts and ends.
 */
export class StringItemText {
  private pieces: string[] = [];
  private inText = false;
  private phoneticDepth = 0;

  open(name: string): void {
    if (name === "t" && this.phoneticDepth === 0) this.inText = true;
    else if (name === "rPh") this.phoneticDepth++;
  }

  text(text: string): void {
    if (this.inText) this.pieces.push(text);
  }

  close(name: string): void {
    if (name === "t") this.inText = false;
    else if (name === "rPh") this.phoneticDepth--;
  }

  /** The text collected since the last call, unescaped. */
  take(): string {
    const text = this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join("");
    this.pieces = [];
    return unescapeText(text);
  }
}

/**
 * The strings of `xl/sharedStrings.xml`, read from its unpacked chunks as they arrive so only
 * the strings, not the XML, are held in memory.
 * Example: `await readSharedStrings(streamZipEntry(path, offset, entry))` -> `["region", ...]`.
 */
export async function readSharedStrings(chunks: AsyncIterable<Uint8Array>): Promise<string[]> {
  const strings: string[] = [];
  const item = new StringItemText();
  const xml = new XmlEventStream({
    open(name) {
      if (name === "si") item.take();
      else item.open(name);
    },
    text: (text) => item.text(text),
    close(name) {
      if (name === "si") strings.push(item.take());
      else item.close(name);
    },
  });
  for await (const chunk of chunks) xml.write(chunk);
  xml.end();
  return strings;
}
