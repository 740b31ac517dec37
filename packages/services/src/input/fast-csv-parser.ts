// The fast path of the CSV reader: plain and simply-quoted fields, one record per line. It is
// about 4x faster than csv-parse on the same file (docs/decisions/0003-csv-parsing.md). Anything
// else (a quote inside a field, `""` escapes, a line break inside quotes) throws
// `NeedsGeneralParser`, and the reader starts again with csv-parse, which handles all of RFC 4180.
import type { ColumnSink } from "./column-sink.ts";
import { inputMessages } from "./input-messages.ts";
import type { TextChunk } from "./read-text-chunks.ts";

/** Thrown when the input needs the general parser; carries the line where that became clear. */
export class NeedsGeneralParser extends Error {
  constructor(readonly line: number) {
    super(`line ${line} needs the general CSV parser`);
  }
}

const quote = 34;

/**
 * Parses the data rows of `chunk` (the header already taken) into `sink`. `fields` is the
 * header's field count; every row must have exactly that many.
 */
export function parseFastChunk(chunk: TextChunk, delimiter: string, sink: ColumnSink, skipLines: number): void {
  const s = chunk.text;
  const end = s.length;
  const fields = sink.header.length;
  const slotOfField = sink.slotOfField;
  const kindOfField = sink.kindOfField;
  sink.reserve(countNewlines(s) + 1);
  const lines = sink.lines;
  let row = sink.rows;
  const delimiterCode = delimiter.charCodeAt(0);
  let line = chunk.firstLine - 1;
  let pos = 0;
  let nextQuote = s.indexOf('"');
  if (nextQuote === -1) nextQuote = end;
  while (pos < end) {
    let newline = s.indexOf("\n", pos);
    if (newline === -1) newline = end;
    let lineEnd = newline;
    if (lineEnd > pos && s.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    line++;
    if (line <= skipLines || lineEnd === pos) {
      pos = newline + 1;
      continue;
    }
    if (nextQuote < pos) {
      nextQuote = s.indexOf('"', pos);
      if (nextQuote === -1) nextQuote = end;
    }
    let p = pos;
    for (let f = 0; f < fields; f++) {
      if (p > lineEnd) throw inputMessages.tooFewFields(sink.label, line, f, sink.header);
      let start: number;
      let stop: number;
      if (s.charCodeAt(p) === quote) {
        const close = s.indexOf('"', p + 1);
        if (close === -1 || close >= lineEnd) throw new NeedsGeneralParser(line);
        const after = close + 1;
        if (after !== lineEnd && s.charCodeAt(after) !== delimiterCode) throw new NeedsGeneralParser(line);
        start = p + 1;
        stop = close;
        p = after + 1;
        if (nextQuote < p) {
          nextQuote = s.indexOf('"', p);
          if (nextQuote === -1) nextQuote = end;
        }
      } else {
        let next = s.indexOf(delimiter, p);
        if (next === -1 || next > lineEnd) next = lineEnd;
        if (nextQuote < next) throw new NeedsGeneralParser(line);
        start = p;
        stop = next;
        p = next + 1;
      }
      const kind = kindOfField[f]!;
      if (kind === 1) {
        const slot = slotOfField[f]!;
        sink.ids[slot]![row] = sink.code(slot, s, start, stop, line);
      } else if (kind === 2) {
        const slot = slotOfField[f]!;
        sink.numbers[slot]![row] = sink.number(slot, s, start, stop, line);
      }
    }
    if (p <= lineEnd) throw inputMessages.tooManyFields(sink.label, line, sink.header);
    lines[row++] = line;
    sink.rows = row;
    pos = newline + 1;
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
