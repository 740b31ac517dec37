// The fast CSV parser's common case as a self-contained kernel, for the second half of a big file
// on the helper thread (ParallelFormatter rebuilds it from its source text, so it names no import
// and no module constant). It reads only what it is sure of: unquoted or simply quoted fields, the
// header's number of fields, non-empty codes, and numbers `parseDecimalBytes` reads as non-negative
// (the same arithmetic: digit strings of up to 15 characters directly, else the same pattern and
// `Number`). At the first row with anything else it stops and says where: the main thread parses
// from there with the full parser, so every message, fallback and rule stays the full parser's.
// Codes are interned per column in order of first appearance, as byte ranges of `bytes` (no
// strings); the main thread maps them to its own ids (parallel-parse.ts). The field scan and the
// number reading repeat fast-csv-parser.ts and parse-decimal.ts on purpose: a kernel rebuilt from
// its source cannot call them. parallel-parse.test.ts checks that both give the same sink.

/** What `parseRowsKernel` reads and where it writes (all arrays on shared memory). */
export interface ParseRowsJob {
  readonly bytes: Uint8Array;
  /** Byte range to parse; `from` is the start of a line. */
  readonly from: number;
  readonly to: number;
  readonly delimiter: number;
  /** Per header field: 0 not wanted, 1 code, 2 number; and its output slot. */
  readonly kindOfField: Uint8Array;
  readonly slotOfField: Int32Array;
  /** Per slot: code ids (code slots) or values (number slots), one per row parsed. */
  readonly ids: readonly (Int32Array | null)[];
  readonly values: readonly (Float64Array | null)[];
  /** Per row: its line, counted from 0 at `from`. */
  readonly lines: Int32Array;
  /** Per code slot: each code's first occurrence, start and end in `bytes`, and its FNV-1a hash. */
  readonly codeStart: readonly (Int32Array | null)[];
  readonly codeEnd: readonly (Int32Array | null)[];
  readonly codeHash: readonly (Int32Array | null)[];
  /**
   * Written at the end: [rows parsed, byte where parsing stopped (`to` when all was read), its line
   * counted from 0 at `from`, then the number of codes per slot].
   */
  readonly result: Int32Array;
}

export function parseRowsKernel(job: ParseRowsJob): void {
  const { bytes: b, from, to, delimiter, kindOfField, slotOfField, lines, result } = job;
  const fields = kindOfField.length;
  const slots = job.ids.length;
  const offset = -2128831035; // FNV-1a, as code-interner.ts
  const prime = 16777619;
  const decimal = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  // Per code slot: an open-addressing table of ids by hash, grown at half full.
  const tables: Int32Array[] = [];
  const masks: number[] = [];
  const counts: number[] = [];
  for (let s = 0; s < slots; s++) {
    tables.push(new Int32Array(1024).fill(-1));
    masks.push(1023);
    counts.push(0);
  }
  // The code counts at the start of the current row: a row left to the main thread adds no code.
  const committed = counts.slice();
  let pos = from;
  let line = 0;
  let row = 0;
  rows: while (pos < to) {
    const first = b[pos]!;
    if (first === 10 || (first === 13 && pos + 1 < to && b[pos + 1] === 10)) {
      pos = first === 10 ? pos + 1 : pos + 2;
      line++;
      continue;
    }
    let p = pos;
    for (let f = 0; f < fields; f++) {
      let start = p;
      let stop: number;
      let hash = offset;
      if (b[p] === 34) {
        start = ++p;
        for (;;) {
          if (p === to) break rows;
          const c = b[p]!;
          if (c === 34) break;
          if (c === 10) break rows;
          hash = Math.imul(hash ^ c, prime);
          p++;
        }
        stop = p++;
      } else {
        while (p < to) {
          const c = b[p]!;
          if (c === delimiter || c === 10 || c === 13) break;
          if (c === 34) break rows;
          hash = Math.imul(hash ^ c, prime);
          p++;
        }
        stop = p;
      }
      const next = p < to ? b[p]! : 10;
      if (f < fields - 1) {
        if (next !== delimiter) break rows;
        p++;
      } else if (next !== 10 && next !== 13) break rows;
      const kind = kindOfField[f]!;
      if (kind === 1) {
        if (stop === start) break rows;
        const slot = slotOfField[f]!;
        let table = tables[slot]!;
        let mask = masks[slot]!;
        const starts = job.codeStart[slot]!;
        const ends = job.codeEnd[slot]!;
        const hashes = job.codeHash[slot]!;
        const length = stop - start;
        let at = hash & mask;
        let id = -1;
        for (;;) {
          const candidate = table[at]!;
          if (candidate === -1) break;
          if (hashes[candidate] === hash && ends[candidate]! - starts[candidate]! === length) {
            const s0 = starts[candidate]!;
            let i = 0;
            while (i < length && b[s0 + i] === b[start + i]) i++;
            if (i === length) {
              id = candidate;
              break;
            }
          }
          at = (at + 1) & mask;
        }
        if (id === -1) {
          id = counts[slot]!;
          counts[slot] = id + 1;
          starts[id] = start;
          ends[id] = stop;
          hashes[id] = hash;
          table[at] = id;
          if (2 * (id + 1) > mask) {
            const size = 2 * (mask + 1);
            const grown = new Int32Array(size).fill(-1);
            mask = size - 1;
            for (let k = 0; k <= id; k++) {
              let slotAt = hashes[k]! & mask;
              while (grown[slotAt] !== -1) slotAt = (slotAt + 1) & mask;
              grown[slotAt] = k;
            }
            table = grown;
            tables[slot] = table;
            masks[slot] = mask;
          }
        }
        job.ids[slot]![row] = id;
      } else if (kind === 2) {
        // parseDecimalBytes: digits only (up to 15) directly, else the strict pattern and Number.
        const length = stop - start;
        let value = Number.NaN;
        if (length > 0 && length <= 15) {
          let v = 0;
          let i = start;
          for (; i < stop; i++) {
            const digit = b[i]! - 48;
            if (digit < 0 || digit > 9) break;
            v = v * 10 + digit;
          }
          if (i === stop) value = v;
        }
        if (Number.isNaN(value)) {
          const text = decoder.decode(b.subarray(start, stop)).trim();
          if (decimal.test(text)) {
            const parsed = Number(text);
            if (Number.isFinite(parsed)) value = parsed;
          }
        }
        if (!(value >= 0)) break rows;
        job.values[slotOfField[f]!]![row] = value;
      }
    }
    if (p < to && b[p] === 13) {
      if (p + 1 >= to || b[p + 1] !== 10) break;
      p++;
    }
    lines[row++] = line++;
    pos = p + 1;
    for (let s = 0; s < slots; s++) committed[s] = counts[s]!;
  }
  result[0] = row;
  result[1] = Math.min(pos, to);
  result[2] = line;
  for (let s = 0; s < slots; s++) result[3 + s] = committed[s]!;
}
