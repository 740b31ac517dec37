// Splits CSV text into records as it streams in (RFC 4180 quoting, plus what spreadsheets write):
// quoted fields may hold delimiters, `""` and line breaks; line ends may be LF, CRLF or a lone CR,
// mixed in one file; text after a closing quote is kept (`"ab"c` is `abc`, as Excel reads it).
// A line without quotes or stray CRs, nearly every line of a big file, is cut with indexOf and
// String.split; only the others go through the character loop.
import { InputError } from "../../input/input-error.ts";
import { inputMessages } from "../../input/input-messages.ts";
import type { SourceRow } from "../row-source.ts";

const quote = 34;
const lineFeed = 10;
const carriageReturn = 13;

/** Number of line ends (LF, CRLF, lone CR) in `s[from, to)`. */
export function countLineEnds(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === lineFeed) n++;
    else if (c === carriageReturn && s.charCodeAt(i + 1) !== lineFeed) n++;
  }
  return n;
}

/** Whether every field is empty or blank (a row of only delimiters is skipped like an empty line). */
function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== "") return false;
  return true;
}

export class CsvTokenizer {
  /** 1-based line of the first character not yet split (the start of `pending`). */
  line = 1;
  /** Text of an unfinished record, carried to the next `push`. */
  pending = "";
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    private readonly label: string,
    /** A record longer than this (characters) is an error: most likely a quote is missing. */
    private readonly maxRecordChars = 4 << 20,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Splits the records of `text` (after any pending text) into `out`; `final` at the end of input. */
  push(text: string, final: boolean, out: SourceRow[]): void {
    const s = this.pending.length === 0 ? text : this.pending + text;
    const n = s.length;
    const d = String.fromCharCode(this.delimiter);
    let pos = 0;
    let line = this.line;
    let nextQuote = s.indexOf('"');
    let nextCr = s.indexOf("\r");
    while (pos < n) {
      const nl = s.indexOf("\n", pos);
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = s.indexOf('"', pos);
      if (nextCr !== -1 && nextCr < pos) nextCr = s.indexOf("\r", pos);
      if (nl === -1 && !final && nextCr === -1) break;
      const lineEnd = nl === -1 ? n : nl;
      const quoted = nextQuote !== -1 && nextQuote < lineEnd;
      const crlf = nextCr === lineEnd - 1 && nl !== -1;
      if (!quoted && (nextCr === -1 || nextCr >= lineEnd || crlf)) {
        const contentEnd = crlf ? lineEnd - 1 : lineEnd;
        if (contentEnd > pos) {
          const fields = s.slice(pos, contentEnd).split(d);
          const first = s.charCodeAt(pos);
          if (!(first <= 32 || first === this.delimiter || first === 0xa0) || !isBlank(fields)) {
            out.push({ line, fields });
          }
        }
        pos = lineEnd + 1;
        line++;
        continue;
      }
      const end = this.general(s, pos, line, final, out);
      if (end === undefined) break;
      line += countLineEnds(s, pos, end);
      pos = end;
    }
    this.pending = pos >= n ? "" : s.slice(pos);
    this.line = line;
    if (this.pending.length > this.maxRecordChars) {
      throw new InputError(
        "invalid-data",
        `${this.label}, line ${line}: the row starting here is longer than ${this.maxRecordChars.toLocaleString("en-GB")} characters; most likely a quote is not closed.`,
        { file: this.label, line },
      );
    }
  }

  /**
   * Reads one record from `s[pos]` with the character loop; returns the index after it (past its
   * line end), or undefined when the record is not complete and more text will come.
   */
  private general(
    s: string,
    pos: number,
    line: number,
    final: boolean,
    out: SourceRow[],
  ): number | undefined {
    const n = s.length;
    const d = this.delimiter;
    const fields: string[] = [];
    let i = pos;
    for (;;) {
      let field: string;
      if (s.charCodeAt(i) === quote) {
        field = "";
        let j = i + 1;
        for (;;) {
          const q = s.indexOf('"', j);
          if (q === -1 || (q === n - 1 && !final)) {
            if (final) throw this.unclosedQuote(line + countLineEnds(s, pos, i));
            return undefined;
          }
          field += s.slice(j, q);
          if (s.charCodeAt(q + 1) === quote) {
            field += '"';
            j = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        const k = this.fieldEnd(s, i);
        if (k > i) field += s.slice(i, k);
        i = k;
      } else {
        const k = this.fieldEnd(s, i);
        field = s.slice(i, k);
        i = k;
      }
      fields.push(field);
      if (i === n) {
        if (!final) return undefined;
        break;
      }
      const c = s.charCodeAt(i);
      if (c === d) {
        i++;
        if (i === n && final) {
          fields.push("");
          break;
        }
        continue;
      }
      if (c === lineFeed) {
        i++;
        break;
      }
      // A CR: the line end is CRLF or a lone CR; at the end of the text, wait for what follows.
      if (i + 1 === n && !final) return undefined;
      i += s.charCodeAt(i + 1) === lineFeed ? 2 : 1;
      break;
    }
    if (!isBlank(fields)) out.push({ line, fields });
    return i;
  }

  /** Index of the delimiter, CR or LF that ends the unquoted field starting at `i` (or the end). */
  private fieldEnd(s: string, i: number): number {
    const n = s.length;
    const d = this.delimiter;
    let k = i;
    while (k < n) {
      const c = s.charCodeAt(k);
      if (c === d || c === lineFeed || c === carriageReturn) break;
      k++;
    }
    return k;
  }

  private unclosedQuote(line: number): InputError {
    return inputMessages.unclosedQuote(this.label, line);
  }
}
