// A small reader of the SPSS system files our writer produces (uncompressed, little-endian), for
// tests: it walks every record of the PSPP developers' guide layout, checks the framing (record
// types, counts, padding, the 999 terminator, exact data length), and returns the dictionary and
// the cases with long names and very long strings put back together.

export interface SavVariableRecord {
  readonly shortName: string;
  /** 0 numeric, 1-255 string width, -1 continuation. */
  readonly type: number;
  readonly label: string | null;
  readonly missingCount: number;
  readonly missing: readonly number[];
  readonly print: number;
  readonly write: number;
}

export interface SavFile {
  readonly header: {
    readonly product: string;
    readonly layoutCode: number;
    readonly caseSlots: number;
    readonly compression: number;
    readonly weightIndex: number;
    readonly cases: number;
    readonly bias: number;
    readonly date: string;
    readonly time: string;
    readonly label: string;
  };
  readonly records: readonly SavVariableRecord[];
  /** Record 3 label sets with the 1-based dictionary indexes of record 4. */
  readonly valueLabels: readonly {
    readonly labels: readonly { code: number; label: string }[];
    readonly indexes: readonly number[];
  }[];
  readonly documents: readonly string[];
  readonly extensions: ReadonlyMap<
    number,
    { readonly size: number; readonly count: number; readonly data: Uint8Array }
  >;
  /** Variables with long names, their first dictionary index and (strings) their full width. */
  readonly variables: readonly { readonly name: string; readonly index: number; readonly width: number }[];
  /** Cases: numbers (NaN for SYSMIS) and strings with trailing spaces removed. */
  readonly cases: readonly (readonly (number | string)[])[];
}

const decoder = new TextDecoder("utf-8", { fatal: true });

class Cursor {
  offset = 0;
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  int32(): number {
    const v = this.view.getInt32(this.offset, true);
    this.offset += 4;
    return v;
  }
  float64(): number {
    const v = this.view.getFloat64(this.offset, true);
    this.offset += 8;
    return v;
  }
  take(length: number): Uint8Array {
    if (this.offset + length > this.bytes.length) throw new Error(`read past the end at ${this.offset}`);
    const out = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }
  text(length: number): string {
    return decoder.decode(this.take(length));
  }
}

const trimEnd = (text: string) => text.replace(/ +$/, "");

export function readSav(bytes: Uint8Array): SavFile {
  const c = new Cursor(bytes);
  if (c.text(4) !== "$FL2") throw new Error("not a system file");
  const header = {
    product: trimEnd(c.text(60)),
    layoutCode: c.int32(),
    caseSlots: c.int32(),
    compression: c.int32(),
    weightIndex: c.int32(),
    cases: c.int32(),
    bias: c.float64(),
    date: c.text(9),
    time: c.text(8),
    label: trimEnd(c.text(64)),
  };
  if (c.take(3).some((b) => b !== 0)) throw new Error("header padding is not zero");
  const records: SavVariableRecord[] = [];
  const valueLabels: { labels: { code: number; label: string }[]; indexes: number[] }[] = [];
  const documents: string[] = [];
  const extensions = new Map<number, { size: number; count: number; data: Uint8Array }>();
  for (;;) {
    const type = c.int32();
    if (type === 999) {
      if (c.int32() !== 0) throw new Error("999 filler is not zero");
      break;
    }
    if (type === 2) {
      const varType = c.int32();
      const hasLabel = c.int32();
      const missingCount = c.int32();
      const print = c.int32();
      const write = c.int32();
      const shortName = trimEnd(c.text(8));
      let label: string | null = null;
      if (hasLabel === 1) {
        const length = c.int32();
        const padded = Math.ceil(length / 4) * 4;
        label = decoder.decode(c.take(padded).subarray(0, length));
      }
      const missing = Array.from({ length: Math.abs(missingCount) }, () => c.float64());
      records.push({ shortName, type: varType, label, missingCount, missing, print, write });
    } else if (type === 3) {
      const count = c.int32();
      const labels = Array.from({ length: count }, () => {
        const code = c.float64();
        const length = c.take(1)[0]!;
        const text = c.take(Math.ceil((length + 1) / 8) * 8 - 1).subarray(0, length);
        return { code, label: decoder.decode(text) };
      });
      if (c.int32() !== 4) throw new Error("record 3 is not followed by record 4");
      const n = c.int32();
      valueLabels.push({ labels, indexes: Array.from({ length: n }, () => c.int32()) });
    } else if (type === 6) {
      const n = c.int32();
      for (let i = 0; i < n; i++) documents.push(trimEnd(c.text(80)));
    } else if (type === 7) {
      const subtype = c.int32();
      const size = c.int32();
      const count = c.int32();
      extensions.set(subtype, { size, count, data: c.take(size * count) });
    } else throw new Error(`unknown record type ${type} at ${c.offset - 4}`);
  }
  if (records.length !== header.caseSlots) throw new Error("variable records do not match the case size");
  const longNames = new Map(
    decoder
      .decode(extensions.get(13)?.data ?? new Uint8Array())
      .split("\t")
      .filter((pair) => pair !== "")
      .map((pair) => pair.split("=") as [string, string]),
  );
  const veryLong = new Map(
    decoder
      .decode(extensions.get(14)?.data ?? new Uint8Array())
      .split("\0\t")
      .filter((pair) => pair !== "")
      .map((pair) => {
        const [name, width] = pair.split("=") as [string, string];
        return [name, Number(width)] as const;
      }),
  );
  // Dictionary: one entry per variable; segments of a very long string folded into the first.
  const variables: { name: string; index: number; width: number; slots: number[][] }[] = [];
  for (let i = 0; i < records.length; ) {
    const record = records[i]!;
    const width = veryLong.get(record.shortName) ?? record.type;
    const segments = width > 255 ? Math.ceil(width / 252) : 1;
    const slots: number[][] = [];
    let j = i;
    for (let s = 0; s < segments; s++) {
      const segmentWidth = records[j]!.type;
      const n = segmentWidth === 0 ? 1 : Math.ceil(segmentWidth / 8);
      slots.push(Array.from({ length: n }, (_, k) => j + k));
      for (let k = 1; k < n; k++)
        if (records[j + k]!.type !== -1) throw new Error(`missing continuation after ${record.shortName}`);
      j += n;
    }
    variables.push({ name: longNames.get(record.shortName) ?? record.shortName, index: i + 1, width, slots });
    i = j;
  }
  const cases: (number | string)[][] = [];
  for (let r = 0; r < header.cases; r++) {
    const start = c.offset;
    const caseBytes = c.take(header.caseSlots * 8);
    const view = new DataView(caseBytes.buffer, caseBytes.byteOffset, caseBytes.byteLength);
    cases.push(
      variables.map((v) => {
        if (v.width === 0) {
          const value = view.getFloat64(v.slots[0]![0]! * 8, true);
          return value === -Number.MAX_VALUE ? Number.NaN : value;
        }
        const parts = v.slots.map((slots, s) => {
          const from = slots[0]! * 8;
          const segmentWidth = records[slots[0]!]!.type;
          const used = v.slots.length === 1 ? segmentWidth : s < v.slots.length - 1 ? 255 : segmentWidth;
          return caseBytes.subarray(from, from + used);
        });
        const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
        let at = 0;
        for (const part of parts) {
          joined.set(part, at);
          at += part.length;
        }
        return trimEnd(decoder.decode(joined.subarray(0, v.width)));
      }),
    );
    if (c.offset - start !== header.caseSlots * 8) throw new Error("case length");
  }
  if (c.offset !== bytes.length) throw new Error(`${bytes.length - c.offset} bytes after the last case`);
  return {
    header,
    records,
    valueLabels,
    documents,
    extensions,
    variables: variables.map(({ name, index, width }) => ({ name, index, width })),
    cases,
  };
}
