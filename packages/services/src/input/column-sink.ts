// Collects the requested columns of a CSV file into columnar arrays and checks every field as it
// arrives, so each error names its line and column. Both parsers (the fast one and csv-parse)
// fill this one sink, so they cannot disagree on what a valid value is. The fast parser writes
// into its arrays directly (after `reserve`); csv-parse goes through `fieldText`.
import { CodeInterner, hashBytes } from "./code-interner.ts";
import { inputMessages } from "./input-messages.ts";
import { parseDecimalBytes, parseDecimalText } from "./parse-decimal.ts";

/** A column the caller wants: codes stay text, numbers must be non-negative decimals. */
export interface CsvColumnRequest {
  readonly name: string;
  /** What the column is for, as a user says it ("region", "value"): used in messages. */
  readonly role: string;
  readonly kind: "code" | "number";
  /** Number columns: an empty field is an error (default) or a missing value, read as NaN. */
  readonly emptyAs?: "error" | "missing";
  /** Number columns: a negative value is an error (default) or kept, for the caller to settle. */
  readonly negativeAs?: "error" | "keep";
}

export interface CsvColumnsData {
  /** Header field names as written (quotes removed). */
  readonly header: readonly string[];
  /** The header position of each requested column, in request order. */
  readonly headerIndex: readonly number[];
  readonly rows: number;
  /** The 1-based file line of every data row. */
  readonly lines: Int32Array;
  /** Per requested column, in request order: string[] for codes, Float64Array for numbers. */
  readonly columns: readonly (string[] | Float64Array)[];
  /** Per requested column, in request order: the interned codes and ids (code columns), else undefined. */
  readonly coded: readonly ({ readonly codes: readonly string[]; readonly ids: Int32Array } | undefined)[];
}

/** Where each requested column is in the header; throws `InputError` listing the header when absent. */
export function locateColumns(
  label: string,
  header: readonly string[],
  requests: readonly CsvColumnRequest[],
): number[] {
  return requests.map((request) => {
    const exact = header.indexOf(request.name);
    if (exact >= 0) return exact;
    const wanted = request.name.trim().toLowerCase();
    const loose = header.flatMap((h, i) => (h.trim().toLowerCase() === wanted ? [i] : []));
    if (loose.length === 1) return loose[0]!;
    throw inputMessages.missingColumn(label, request.name, request.role, header);
  });
}

const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const emptyIds = new Int32Array(0);
const emptyNumbers = new Float64Array(0);

export class ColumnSink {
  readonly headerIndex: number[];
  /** For each header field: the request slot it feeds, or -1. */
  readonly slotOfField: Int32Array;
  /** For each header field: 0 not wanted, 1 code, 2 number. */
  readonly kindOfField: Uint8Array;
  readonly interners: CodeInterner[];
  /** Per slot: code ids (code slots; empty for number slots). */
  ids: Int32Array[];
  /** Per slot: values (number slots; empty for code slots). */
  numbers: Float64Array[];
  lines = new Int32Array(0);
  rows = 0;

  constructor(
    readonly label: string,
    readonly header: readonly string[],
    private readonly requests: readonly CsvColumnRequest[],
  ) {
    this.headerIndex = locateColumns(label, header, requests);
    this.slotOfField = new Int32Array(header.length).fill(-1);
    this.kindOfField = new Uint8Array(header.length);
    this.headerIndex.forEach((field, slot) => {
      this.slotOfField[field] = slot;
      this.kindOfField[field] = requests[slot]!.kind === "code" ? 1 : 2;
    });
    this.interners = requests.map(() => new CodeInterner());
    this.ids = requests.map(() => emptyIds);
    this.numbers = requests.map(() => emptyNumbers);
  }

  /** Makes room for `more` rows beyond `rows`. */
  reserve(more: number): void {
    const needed = this.rows + more;
    if (needed <= this.lines.length) return;
    const capacity = Math.max(needed, Math.ceil(this.lines.length * 1.5));
    const grow = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const grown = make(capacity);
      grown.set(old.subarray(0, this.rows));
      return grown;
    };
    this.lines = grow(this.lines, (n) => new Int32Array(n));
    this.requests.forEach((request, slot) => {
      if (request.kind === "code") this.ids[slot] = grow(this.ids[slot]!, (n) => new Int32Array(n));
      else this.numbers[slot] = grow(this.numbers[slot]!, (n) => new Float64Array(n));
    });
  }

  /** Stores a field given as text (the csv-parse path) in `slot` (room must be reserved). */
  fieldText(slot: number, text: string, line: number): void {
    if (this.requests[slot]!.kind === "number") {
      const value = parseDecimalText(text);
      this.numbers[slot]![this.rows] = value >= 0 ? value : this.reject(slot, text, line);
    } else {
      if (text === "") throw this.emptyCode(slot, line);
      this.ids[slot]![this.rows] = this.interners[slot]!.internText(text);
    }
  }

  /** The id of the code field `bytes[start, end)` with FNV-1a hash `hash`; throws for an empty code. */
  code(slot: number, bytes: Uint8Array, start: number, end: number, hash: number, line: number): number {
    if (end === start) throw this.emptyCode(slot, line);
    return this.interners[slot]!.intern(bytes, start, end, hash);
  }

  /** The id of a code field, hashing it here (quoted fields). */
  codeUnhashed(slot: number, bytes: Uint8Array, start: number, end: number, line: number): number {
    return this.code(slot, bytes, start, end, hashBytes(bytes, start, end), line);
  }

  /** The value of the number field `bytes[start, end)`; throws for an empty, non-numeric or negative one. */
  number(slot: number, bytes: Uint8Array, start: number, end: number, line: number): number {
    const value = parseDecimalBytes(bytes, start, end);
    return value >= 0 ? value : this.reject(slot, decoder.decode(bytes.subarray(start, end)), line);
  }

  private emptyCode(slot: number, line: number) {
    return inputMessages.emptyCode(this.label, line, this.header[this.headerIndex[slot]!]!);
  }

  private reject(slot: number, field: string, line: number): number {
    const column = this.header[this.headerIndex[slot]!]!;
    if (field.trim() === "") {
      if (this.requests[slot]!.emptyAs === "missing") return Number.NaN;
      throw inputMessages.emptyValue(this.label, line, column);
    }
    const negative = parseDecimalText(field);
    if (negative < 0) {
      if (this.requests[slot]!.negativeAs === "keep") return negative;
      throw inputMessages.negativeValue(this.label, line, column, field.trim());
    }
    throw inputMessages.nonNumericValue(this.label, line, column, field);
  }

  /** Closes the current row, found on file line `line`. */
  endRow(line: number): void {
    this.lines[this.rows++] = line;
  }

  finish(): CsvColumnsData {
    const coded = this.requests.map((request, slot) =>
      request.kind === "number"
        ? undefined
        : { codes: this.interners[slot]!.codes, ids: this.ids[slot]!.slice(0, this.rows) },
    );
    // A code column's texts (a string per row) are made when first read: the analyses build their
    // matrices from the ids and read texts only to name a record in an error (at 10^6 rows, two
    // columns of texts took ~30 ms and a garbage collection).
    const columns: (string[] | Float64Array)[] = [];
    this.requests.forEach((request, slot) => {
      if (request.kind === "number") {
        columns[slot] = this.numbers[slot]!.slice(0, this.rows);
        return;
      }
      const { codes, ids } = coded[slot]!;
      let texts: string[] | undefined;
      Object.defineProperty(columns, slot, {
        enumerable: true,
        get: () => {
          texts ??= Array.from(ids, (id) => codes[id]!);
          return texts;
        },
      });
    });
    return {
      header: this.header,
      headerIndex: this.headerIndex,
      rows: this.rows,
      lines: this.lines.slice(0, this.rows),
      columns,
      coded,
    };
  }
}
