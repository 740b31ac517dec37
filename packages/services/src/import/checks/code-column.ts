// Interns the codes of one column (region, activity or time) as they stream past: each distinct
// text is checked once (empty, formula-looking, too long, spreadsheet error, unknown to the code
// list) and gets a small id, the output bytes of its canonical form, and a verdict reused for
// every later row. Bad codes are not cached, so a file full of them cannot grow the table.
// Memory per distinct code is one map entry, one string and its bytes in a shared arena: a file
// whose 10^6 codes never repeat must not cost an object per code more than that.

import type { CsvFileWriter } from "../../output/csv-file-writer.ts";
import { encodeCsvField } from "../../output/csv-file-writer.ts";
import { type CodeList, checkCode } from "../code-list.ts";
import { isSpreadsheetError, looksLikeFormula, maxCodeLength } from "./field-checks.ts";

/** Why a code field was refused; every verdict is negative, every id >= 0. */
export const codeVerdict = { empty: -1, formula: -2, tooLong: -3, spreadsheetError: -4 } as const;

/** The first place an unknown code was seen, and how many rows carry it. */
export interface UnknownCode {
  readonly id: number;
  readonly text: string;
  readonly line: number;
  readonly column: string;
  rows: number;
}

const encoder = new TextEncoder();
const needsQuotes = /[",\r\n]/;
const rewrittenFlag = 1;
const unknownFlag = 2;

/**
 * A copy of `text` that does not keep the string it was cut from alive: V8 makes substrings of 13
 * or more characters views of their parent, here a whole 64 Ki-character batch of the file.
 */
function owned(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, "utf8").toString("utf8");
}

export class CodeColumn {
  /** Canonical codes by id. */
  readonly codes: string[] = [];
  /** Unknown codes in order of first appearance (only with a code list). */
  readonly unknown: UnknownCode[] = [];
  /** Rows whose code was rewritten to its canonical form, and the distinct rewrites. */
  rewrittenRows = 0;
  readonly rewrites = new Map<string, string>();
  /** Raw text (and canonical code) -> id * 4 + flags (bit 0 rewritten, bit 1 unknown). */
  private readonly byText = new Map<string, number>();
  private readonly unknownById = new Map<number, UnknownCode>();
  /** Each code as a CSV field and a comma: bytes `arena[starts[id], starts[id + 1])`. */
  private arena = new Uint8Array(1024);
  private starts = new Int32Array(256);

  constructor(
    /** "region", "activity" or "time", for messages. */
    readonly role: string,
    private readonly list?: CodeList,
  ) {}

  /** The id of the code in `text`, or a negative `codeVerdict`. */
  id(text: string, line: number, column: string): number {
    const known = this.byText.get(text);
    if (known !== undefined && (known & 3) === 0) return known >> 2;
    return this.slowId(text, known, line, column);
  }

  private slowId(text: string, cached: number | undefined, line: number, column: string): number {
    if (cached !== undefined) {
      if ((cached & rewrittenFlag) !== 0) this.rewrittenRows++;
      if ((cached & unknownFlag) !== 0) this.unknownById.get(cached >> 2)!.rows++;
      return cached >> 2;
    }
    const code = owned(text.trim());
    if (code === "") return codeVerdict.empty;
    if (code.length > maxCodeLength) return codeVerdict.tooLong;
    if (looksLikeFormula(code)) return codeVerdict.formula;
    if (isSpreadsheetError(code)) return codeVerdict.spreadsheetError;
    let canonical = code;
    let flags = 0;
    if (this.list !== undefined) {
      const verdict = checkCode(this.list, code);
      if (verdict.kind === "rewritten") {
        canonical = verdict.code;
        flags = rewrittenFlag;
        this.rewrites.set(code, canonical);
      } else if (verdict.kind === "unknown") flags = unknownFlag;
    }
    // The canonical code read as raw text would get the same id and no rewrite: one map serves both.
    const existing = this.byText.get(canonical);
    const id = existing === undefined ? this.add(canonical, flags & unknownFlag) : existing >> 2;
    if (flags === unknownFlag && !this.unknownById.has(id)) {
      const record = { id, text: code, line, column, rows: 0 };
      this.unknown.push(record);
      this.unknownById.set(id, record);
    }
    const value = id * 4 + flags;
    this.byText.set(text === code ? code : owned(text), value);
    return this.slowId(text, value, line, column);
  }

  private add(code: string, flags: number): number {
    const id = this.codes.length;
    this.codes.push(code);
    this.byText.set(code, id * 4 + flags);
    if (id + 2 > this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    const start = this.starts[id]!;
    const quoted = needsQuotes.test(code) ? encodeCsvField(code) : undefined;
    // UTF-8 takes at most 3 bytes per UTF-16 unit; one more for the comma.
    const room = start + (quoted === undefined ? code.length * 3 : quoted.length) + 1;
    if (room > this.arena.length) {
      const grown = new Uint8Array(Math.max(room, this.arena.length * 2));
      grown.set(this.arena.subarray(0, start));
      this.arena = grown;
    }
    let end = start;
    if (quoted === undefined) end += encoder.encodeInto(code, this.arena.subarray(start)).written;
    else {
      this.arena.set(quoted, start);
      end += quoted.length;
    }
    this.arena[end++] = 44;
    this.starts[id + 1] = end;
    return id;
  }

  /** Appends code `id` as a CSV field and a comma to `writer`. */
  appendTo(writer: CsvFileWriter, id: number): void {
    const start = this.starts[id]!;
    const end = this.starts[id + 1]!;
    const buffer = writer.reserve(end - start);
    const arena = this.arena;
    let o = writer.position;
    for (let i = start; i < end; i++) buffer[o++] = arena[i]!;
    writer.position = o;
  }

  /** The id already given to `text`, without counting a row (the duplicate pass). */
  lookup(text: string): number | undefined {
    const cached = this.byText.get(text);
    return cached === undefined ? undefined : cached >> 2;
  }
}
