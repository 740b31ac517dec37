// The fast path of the CSV reader, on bytes: plain and simply-quoted fields, one record per line.
// One pass per field finds its end and hashes it for the code interner at the same time; no
// string is made except for codes never seen before (docs/decisions/0003-csv-parsing.md).
// Anything else (a quote inside a field, `""` escapes, a line break inside quotes, a lone CR)
// throws `NeedsGeneralParser`, and the reader starts again with csv-parse (all of RFC 4180).

import { fnvOffset, fnvPrime } from "./code-interner.ts";
import type { ColumnSink } from "./column-sink.ts";
import { inputMessages } from "./input-messages.ts";
import type { ByteChunk } from "./read-byte-chunks.ts";

/** Thrown when the input needs the general parser; carries the line where that became clear. */
export class NeedsGeneralParser extends Error {
  constructor(readonly line: number) {
    super(`line ${line} needs the general CSV parser`);
  }
}

const quote = 34;
const lineFeed = 10;
const carriageReturn = 13;

/** Skips to just past the next line feed (or to the end). */
function nextLine(bytes: Uint8Array, from: number): number {
  const lf = bytes.indexOf(lineFeed, from);
  return lf === -1 ? bytes.length : lf + 1;
}

/**
 * Parses the data rows of `chunk` into `sink`; lines up to `headerLine` are skipped. Every row
 * must have exactly the header's number of fields; blank lines are skipped. Returns the number of
 * the chunk's last line (`chunk.firstLine - 1` for no bytes).
 */
export function parseFastChunk(
  chunk: ByteChunk,
  delimiter: number,
  sink: ColumnSink,
  headerLine: number,
): number {
  const b = chunk.bytes;
  const end = b.length;
  const fields = sink.header.length;
  const slotOfField = sink.slotOfField;
  const kindOfField = sink.kindOfField;
  let line = chunk.firstLine - 1;
  let row = sink.rows;
  let capacity = 0;
  let pos = 0;
  while (pos < end) {
    line++;
    const first = b[pos]!;
    if (line <= headerLine || first === lineFeed || (first === carriageReturn && b[pos + 1] === lineFeed)) {
      pos = nextLine(b, pos);
      continue;
    }
    if (row === capacity) {
      sink.rows = row;
      sink.reserve(Math.max(1024, Math.ceil(((end - pos) / Math.max(1, pos)) * row) + 16));
      capacity = sink.lines.length;
    }
    let p = pos;
    for (let f = 0; f < fields; f++) {
      let start = p;
      let stop: number;
      let hash = fnvOffset;
      if (b[p] === quote) {
        start = ++p;
        for (;;) {
          if (p === end) throw new NeedsGeneralParser(line);
          const c = b[p]!;
          if (c === quote) break;
          if (c === lineFeed) throw new NeedsGeneralParser(line);
          hash = Math.imul(hash ^ c, fnvPrime);
          p++;
        }
        stop = p++;
      } else {
        while (p < end) {
          const c = b[p]!;
          if (c === delimiter || c === lineFeed || c === carriageReturn) break;
          if (c === quote) throw new NeedsGeneralParser(line);
          hash = Math.imul(hash ^ c, fnvPrime);
          p++;
        }
        stop = p;
      }
      const next = p < end ? b[p]! : lineFeed;
      if (f < fields - 1) {
        if (next !== delimiter) {
          if (next === lineFeed || next === carriageReturn) {
            throw inputMessages.tooFewFields(sink.label, line, f + 1, sink.header);
          }
          throw new NeedsGeneralParser(line);
        }
        p++;
      } else if (next === delimiter) {
        throw inputMessages.tooManyFields(sink.label, line, sink.header);
      } else if (next !== lineFeed && next !== carriageReturn) {
        throw new NeedsGeneralParser(line);
      }
      const kind = kindOfField[f]!;
      if (kind === 1) {
        const slot = slotOfField[f]!;
        sink.ids[slot]![row] = sink.code(slot, b, start, stop, hash, line);
      } else if (kind === 2) {
        const slot = slotOfField[f]!;
        sink.numbers[slot]![row] = sink.number(slot, b, start, stop, line);
      }
    }
    if (p < end && b[p] === carriageReturn) {
      if (p + 1 < end && b[p + 1] !== lineFeed) throw new NeedsGeneralParser(line);
      p++;
    }
    sink.lines[row++] = line;
    pos = p + 1;
  }
  sink.rows = row;
  return line;
}
