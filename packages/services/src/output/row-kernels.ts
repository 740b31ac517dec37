// The two hot loops of table writing, formatting rows into a byte buffer: cells (4 numbers per
// row) and activity pairs (1 number per row). They run on the main thread and, unchanged, on the
// helper thread of `ParallelFormatter`, which rebuilds them from their source text. So each is
// self-contained: no imports, no module constants, no inner functions; only globals (JSON,
// String, Math, Number) and what is passed in.
//
// Numbers: JSON.stringify of an array of doubles runs V8's number-to-text (the shortest
// round-trip form, the same as String(x), ECMAScript Number::toString) for all of them in one
// call, without a string per number: about twice as fast as String(x) in a loop. JSON writes NaN
// and ±Infinity as "null": NaN becomes an empty field, ±Infinity gets String(x).

/** Scratch memory a kernel reuses between calls (one per thread). */
export interface KernelScratch {
  /** 4,096 doubles (a packed double array: JSON.stringify's fast path). */
  readonly numbers: number[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Room for the JSON text of 4,096 numbers and some ±Infinity texts (Buffer: `write`). */
  readonly text: Buffer;
  /** Direct-mapped number-text cache for pair values (which repeat), keyed by the double's bits. */
  readonly cacheKeys: Float64Array;
  readonly cacheTexts: string[];
  readonly probe: Float64Array;
  readonly probeWords: Uint32Array;
  /** Text of the small integers of a cell block (written digit by digit, not through JSON). */
  readonly digits: Uint8Array;
  /** Per field of a cell block: 1 when its text is in `digits`, 0 when in `text`. */
  readonly inDigits: Uint8Array;
  /** For the k-th number given to JSON.stringify, the field it belongs to. */
  readonly jsonField: Int32Array;
}

export function kernelScratch(): KernelScratch {
  const probe = new Float64Array(1);
  return {
    numbers: new Array<number>(4096).fill(0.5),
    starts: new Int32Array(4096),
    ends: new Int32Array(4096),
    text: Buffer.allocUnsafe(4096 * 26 + 4096 * 10 + 64),
    cacheKeys: new Float64Array(1 << 14).fill(Number.NaN),
    cacheTexts: new Array<string>(1 << 14).fill(""),
    probe,
    probeWords: new Uint32Array(probe.buffer),
    digits: new Uint8Array(4096 * 12),
    inDigits: new Uint8Array(4096),
    jsonField: new Int32Array(4096),
  };
}

/** Codes of a table as CSV field bytes with their trailing comma, and the period's field. */
export interface RowCodes {
  readonly regionFields: readonly Uint8Array[];
  readonly activityFields: readonly Uint8Array[];
  /** `time,` bytes for panels, or an empty array. */
  readonly timePrefix: Uint8Array;
}

/** Cells [firstCell, firstCell + cellCount) of the row-major regions x activities arrays, sliced. */
export interface CellBlock {
  readonly firstCell: number;
  readonly cellCount: number;
  readonly values: Float64Array;
  readonly rca: Float64Array;
  readonly presence: Uint8Array;
  readonly density: Float64Array;
  readonly cog: Float64Array;
}

/** Pairs (i, j > i) for i in [firstRow, firstRow + rowCount); `values` row after row. */
export interface PairBlock {
  readonly firstRow: number;
  readonly rowCount: number;
  readonly values: Float64Array;
}

/**
 * Writes `[time,]region,activity,value,rca,m,density,cog` rows of `block` into `out` from 0 and
 * returns the byte length. `out` must hold the block (rows x the longest possible row).
 */
export function formatCellBlock(
  block: CellBlock,
  codes: RowCodes,
  out: Uint8Array,
  scratch: KernelScratch,
): number {
  const nP = codes.activityFields.length;
  const n = block.cellCount;
  const { numbers, starts, ends, text, digits, inDigits, jsonField } = scratch;
  const time = codes.timePrefix;
  let o = 0;
  for (let first = 0; first < n; first += 1024) {
    const count = Math.min(1024, n - first);
    // Integers in the int32 range (counts in `value`, the zeros of COG) are written digit by digit:
    // their shortest text is their decimal digits (-0 gives "0", as String(-0) does). Only the other
    // numbers go through JSON.stringify, the expensive part of writing.
    let h = 0;
    let d = 0;
    for (let k = 0; k < count; k++) {
      const i = first + k;
      for (let f = 0; f < 4; f++) {
        const x =
          f === 0 ? block.values[i]! : f === 1 ? block.rca[i]! : f === 2 ? block.density[i]! : block.cog[i]!;
        const field = 4 * k + f;
        if ((x | 0) === x) {
          inDigits[field] = 1;
          starts[field] = d;
          let v = x < 0 ? -x : x;
          if (x < 0) digits[d++] = 45;
          let length = 1;
          for (let t = v; t >= 10; t = Math.floor(t / 10)) length++;
          for (let t = d + length - 1; t >= d; t--) {
            digits[t] = 48 + (v % 10);
            v = Math.floor(v / 10);
          }
          d += length;
          ends[field] = d;
        } else {
          inDigits[field] = 0;
          numbers[h] = x;
          jsonField[h++] = field;
        }
      }
    }
    numbers.length = h;
    const json = JSON.stringify(numbers);
    let extra = text.write(json, 0, "latin1");
    let p = 1;
    for (let j = 0; j < h; j++) {
      const k = jsonField[j]!;
      const start = p;
      let c = text[p]!;
      while (c !== 44 && c !== 93) c = text[++p]!;
      if (text[start] === 110) {
        starts[k] = extra;
        const x = numbers[j]!;
        if (!Number.isNaN(x)) extra += text.write(String(x), extra, "latin1");
        ends[k] = extra;
      } else {
        starts[k] = start;
        ends[k] = p;
      }
      p++;
    }
    for (let k = 0; k < count; k++) {
      const i = first + k;
      const cell = block.firstCell + i;
      const r = Math.floor(cell / nP);
      for (let t = 0; t < time.length; t++) out[o++] = time[t]!;
      const region = codes.regionFields[r]!;
      for (let t = 0; t < region.length; t++) out[o++] = region[t]!;
      const activity = codes.activityFields[cell - r * nP]!;
      for (let t = 0; t < activity.length; t++) out[o++] = activity[t]!;
      for (let f = 0; f < 4; f++) {
        const end = ends[4 * k + f]!;
        const source = inDigits[4 * k + f] === 1 ? digits : text;
        for (let t = starts[4 * k + f]!; t < end; t++) out[o++] = source[t]!;
        out[o++] = f === 3 ? 10 : 44;
        if (f === 1) {
          out[o++] = block.presence[i]! === 0 ? 48 : 49;
          out[o++] = 44;
        }
      }
    }
  }
  return o;
}

/**
 * Writes `[time,]activity_1,activity_2,value` rows of `block` into `out` from 0 and returns the
 * byte length. NaN gives an empty field.
 */
export function formatPairBlock(
  block: PairBlock,
  codes: RowCodes,
  out: Uint8Array,
  scratch: KernelScratch,
): number {
  const fields = codes.activityFields;
  const nP = fields.length;
  const { cacheKeys, cacheTexts, probe, probeWords } = scratch;
  const time = codes.timePrefix;
  let o = 0;
  let v = 0;
  for (let i = block.firstRow; i < block.firstRow + block.rowCount; i++) {
    const first = fields[i]!;
    for (let j = i + 1; j < nP; j++) {
      for (let t = 0; t < time.length; t++) out[o++] = time[t]!;
      for (let t = 0; t < first.length; t++) out[o++] = first[t]!;
      const second = fields[j]!;
      for (let t = 0; t < second.length; t++) out[o++] = second[t]!;
      const x = block.values[v++]!;
      if (x === 0) out[o++] = 48;
      else if (!Number.isNaN(x)) {
        probe[0] = x;
        const slot = (Math.imul(probeWords[0]! ^ probeWords[1]!, 0x9e3779b1) >>> 18) & 16383;
        let s: string;
        if (cacheKeys[slot] === x) s = cacheTexts[slot]!;
        else {
          s = String(x);
          cacheKeys[slot] = x;
          cacheTexts[slot] = s;
        }
        for (let t = 0; t < s.length; t++) out[o++] = s.charCodeAt(t);
      }
      out[o++] = 10;
    }
  }
  return o;
}
