// The two hot loops of table writing, formatting rows into a byte buffer: cells (4 numbers per
// row) and activity pairs (1 number per row). They run on the main thread and, unchanged, on the
// helper thread of `ParallelFormatter`, which rebuilds them from their source text. So each is
// self-contained: no imports, no module constants, no inner functions; only globals (String,
// Math, Number) and what is passed in, which includes the number writer of shortest-number.ts
// (the helper thread rebuilds it and its tables from their source text too).
//
// Numbers are String(x) (ECMAScript Number::toString: the shortest text that reads back as x).
// Where WebAssembly runs, a block of cells is formatted by the module of shortest-number-wasm.ts
// (its `cells` function, decision 0016). Otherwise, and for a block with a number the module
// declines (subnormal, ±Infinity), the loop below: int32 integers digit by digit, other doubles by
// `writeShortestNumber` straight into the buffer, and the doubles it declines through String(x).
// NaN is an empty field.
import { type ShortestNumberTables, shortestNumberTables, writeShortestNumber } from "./shortest-number.ts";
import { shortestNumberWasm } from "./shortest-number-wasm.ts";

/** Scratch memory a kernel reuses between calls (one per thread). */
export interface KernelScratch extends PairScratch {
  readonly shortest: ShortestNumberTables;
  /** `writeShortestNumber`, called through the scratch so that the kernels name no import. */
  readonly writeShortest: typeof writeShortestNumber;
}

/** The scratch that needs no other module (the pair kernel uses only its cache). */
export interface PairScratch {
  /** Direct-mapped number-text cache for pair values (which repeat), keyed by the double's bits. */
  readonly cacheKeys: Float64Array;
  readonly cacheTexts: string[];
  readonly probe: Float64Array;
  readonly probeWords: Uint32Array;
  /** The activity fields last written by the cell kernel, packed: field p is bytes[start[p] .. start[p + 1]). */
  packed: { of: readonly Uint8Array[] | null; bytes: Uint8Array; start: Int32Array };
  /** `[time,]region,` of the current region, with room to spare (the cell kernel's row start). */
  prefix: Uint8Array;
}

export function pairScratch(): PairScratch {
  const probe = new Float64Array(1);
  return {
    cacheKeys: new Float64Array(1 << 14).fill(Number.NaN),
    cacheTexts: new Array<string>(1 << 14).fill(""),
    probe,
    probeWords: new Uint32Array(probe.buffer),
    packed: { of: null, bytes: new Uint8Array(4), start: new Int32Array(1) },
    prefix: new Uint8Array(64),
  };
}

export function kernelScratch(): KernelScratch {
  return {
    ...pairScratch(),
    shortest: shortestNumberTables(shortestNumberWasm()),
    writeShortest: writeShortestNumber,
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
  const tables = scratch.shortest;
  const cellsWasm = tables.wasmCells;
  const memory = tables.wasmMemory;
  if (cellsWasm !== null && memory !== null && n > 0) {
    // The block by the module's `cells` (shortest-number-wasm.ts), 1,024 cells at a time. Its
    // memory holds, after its own 64 KiB, the activity fields (copied once per code list), then per
    // chunk the region prefixes, the numbers and the text, which is copied to `out` (so the module
    // needs ~0.2 MB, not a block's 1.5). It declines a chunk with a number only String(x) writes
    // (subnormal, ±Infinity): the loop below then formats the whole block.
    const fields = codes.activityFields;
    let layout = tables.wasmCodes;
    if (layout.of !== fields) {
      let total = 0;
      let longest = 0;
      for (let p = 0; p < nP; p++) {
        total += fields[p]!.length;
        longest = Math.max(longest, fields[p]!.length);
      }
      const actAt = 65536;
      const actStartAt = (actAt + total + 8 + 7) & ~7;
      // Copied into the memory with the first chunk, once the memory is large enough.
      layout = { of: fields, actAt, actStartAt, regAt: (actStartAt + 4 * (nP + 1) + 7) & ~7, longest };
    }
    const time = codes.timePrefix;
    let o = 0;
    for (let done = 0; done < n && o >= 0; ) {
      const count = Math.min(1024, n - done);
      const first = block.firstCell + done;
      const firstRegion = Math.floor(first / nP);
      const regionCount = Math.floor((first + count - 1) / nP) - firstRegion + 1;
      let regionBytes = 0;
      let widest = 0;
      for (let r = firstRegion; r < firstRegion + regionCount; r++) {
        regionBytes += time.length + codes.regionFields[r]!.length;
        widest = Math.max(widest, time.length + codes.regionFields[r]!.length);
      }
      const regStartAt = (layout.regAt + regionBytes + 8 + 7) & ~7;
      const inAt = (regStartAt + 4 * (regionCount + 1) + 7) & ~7;
      const outAt = (inAt + 33 * count + 7) & ~7;
      // A row: prefix, activity, four numbers of up to 28 bytes as written, "m," and separators.
      const needed = outAt + count * (widest + layout.longest + 4 * 28 + 8) + 64;
      if (memory.buffer.byteLength < needed) {
        memory.grow(Math.ceil((needed - memory.buffer.byteLength) / 65536));
        tables.wasmText = new DataView(memory.buffer);
      }
      const bytes = new Uint8Array(memory.buffer);
      const ints = new Int32Array(memory.buffer);
      if (tables.wasmCodes !== layout) {
        let at = layout.actAt;
        for (let p = 0; p < nP; p++) {
          ints[layout.actStartAt / 4 + p] = at - layout.actAt;
          bytes.set(fields[p]!, at);
          at += fields[p]!.length;
        }
        ints[layout.actStartAt / 4 + nP] = at - layout.actAt;
        tables.wasmCodes = layout;
      }
      let at = layout.regAt;
      for (let k = 0; k < regionCount; k++) {
        ints[regStartAt / 4 + k] = at - layout.regAt;
        bytes.set(time, at);
        at += time.length;
        const region = codes.regionFields[firstRegion + k]!;
        bytes.set(region, at);
        at += region.length;
      }
      ints[regStartAt / 4 + regionCount] = at - layout.regAt;
      const doubles = new Float64Array(memory.buffer, inAt, 4 * count);
      doubles.set(block.values.subarray(done, done + count), 0);
      doubles.set(block.rca.subarray(done, done + count), count);
      doubles.set(block.density.subarray(done, done + count), 2 * count);
      doubles.set(block.cog.subarray(done, done + count), 3 * count);
      bytes.set(block.presence.subarray(done, done + count), inAt + 32 * count);
      const firstP = first - firstRegion * nP;
      const args = [
        count,
        firstP,
        nP,
        inAt,
        layout.actAt,
        layout.actStartAt,
        layout.regAt,
        regStartAt,
        outAt,
      ];
      const end = cellsWasm(...args);
      if (end < 0) o = -1;
      else {
        out.set(bytes.subarray(outAt, end), o);
        o += end - outAt;
        done += count;
      }
    }
    if (o >= 0) return o;
  }
  const quads = tables.quads;
  const quadWords = tables.quadWords;
  const writeShortest = scratch.writeShortest;
  const time = codes.timePrefix;
  // Codes are copied a 4-byte word at a time (DataView: any alignment), not byte by byte: the
  // mispredicted ends of short loops of varying length were a large part of the time. Up to 3
  // bytes beyond a field are written and then overwritten by what follows.
  let packed = scratch.packed;
  if (packed.of !== codes.activityFields) {
    const fields = codes.activityFields;
    const start = new Int32Array(nP + 1);
    for (let p = 0; p < nP; p++) start[p + 1] = start[p]! + fields[p]!.length;
    const bytes = new Uint8Array(start[nP]! + 4);
    for (let p = 0; p < nP; p++) bytes.set(fields[p]!, start[p]!);
    packed = { of: fields, bytes, start };
    scratch.packed = packed;
  }
  const activityBytes = new DataView(packed.bytes.buffer);
  const activityStart = packed.start;
  const to = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let r = Math.floor(block.firstCell / nP);
  let p = block.firstCell - r * nP;
  let prefixLength = -1;
  let prefix = new DataView(scratch.prefix.buffer);
  let o = 0;
  for (let i = 0; i < n; i++) {
    if (prefixLength < 0) {
      // `[time,]region,` once per region.
      const region = codes.regionFields[r]!;
      prefixLength = time.length + region.length;
      if (scratch.prefix.length < prefixLength + 4) scratch.prefix = new Uint8Array(2 * prefixLength + 4);
      scratch.prefix.set(time);
      scratch.prefix.set(region, time.length);
      prefix = new DataView(scratch.prefix.buffer);
    }
    for (let t = 0; t < prefixLength; t += 4) to.setUint32(o + t, prefix.getUint32(t, true), true);
    o += prefixLength;
    const from = activityStart[p]!;
    const length = activityStart[p + 1]! - from;
    for (let t = 0; t < length; t += 4) to.setUint32(o + t, activityBytes.getUint32(from + t, true), true);
    o += length;
    if (++p === nP) {
      p = 0;
      r++;
      prefixLength = -1;
    }
    for (let f = 0; f < 4; f++) {
      const x =
        f === 0 ? block.values[i]! : f === 1 ? block.rca[i]! : f === 2 ? block.density[i]! : block.cog[i]!;
      if ((x | 0) === x) {
        // An int32 (counts in `value`, the zeros of COG): its decimal digits; -0 gives "0" as String(-0).
        // Up to 10 digits: a head of 1 to 4 digits, then one or two groups of four, each from the
        // quads table (floor(v·1e-4) is v div 10^4 exactly here, like r·0.1 in shortest-number.ts).
        const v = x < 0 ? -x : x;
        if (x < 0) out[o++] = 45;
        let head = v;
        let group = -1;
        let last = -1;
        if (v >= 10000) {
          head = Math.floor(v * 1e-4);
          last = v - head * 10000;
          if (head >= 10000) {
            const top = Math.floor(head * 1e-4);
            group = head - top * 10000;
            head = top;
          }
        }
        const at = 4 * head;
        for (let t = at + (head < 10 ? 3 : head < 100 ? 2 : head < 1000 ? 1 : 0); t < at + 4; t++)
          out[o++] = quads[t]!;
        if (group >= 0) {
          to.setUint32(o, quadWords[group]!, true);
          o += 4;
        }
        if (last >= 0) {
          to.setUint32(o, quadWords[last]!, true);
          o += 4;
        }
      } else {
        const end = writeShortest(x, out, o, tables);
        if (end >= 0) o = end;
        else if (!Number.isNaN(x)) {
          const text = String(x);
          for (let t = 0; t < text.length; t++) out[o++] = text.charCodeAt(t);
        }
      }
      out[o++] = f === 3 ? 10 : 44;
      if (f === 1) {
        out[o++] = block.presence[i]! === 0 ? 48 : 49;
        out[o++] = 44;
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
  scratch: PairScratch,
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
