// The rows of proximity.csv straight from the co-occurrence counts: φ_ij = C_ij / max(k_i, k_j)
// (min-conditional-probability proximity, the value analytics' `minimumConditionalProximity`
// reads), so every value is a small fraction c / K with c <= K <= the number of regions. Its text,
// String(c / K), is made once per (c, K) and kept as bytes: at 250 x 5,000 about 20,000 distinct
// texts serve 12.5 million rows. The functions are self-contained (no imports, no module
// constants): the pair-writing thread rebuilds them from their source text; the main thread uses
// them too when the table is too small to be worth a thread.

/** The strict upper triangle of co-occurrence counts, row by row, with each item's occurrences. */
export interface CountPairs {
  readonly counts: Uint16Array | Uint32Array;
  /** counts[rowOffsets[i] + j - i - 1] is C_ij (i < j). */
  readonly rowOffsets: Int32Array;
  readonly occurrences: Int32Array;
  /** The number of events (regions): no count or occurrence exceeds it. */
  readonly events: number;
}

/** Texts of c / K and a newline as bytes (24 per slot: at most 22 + 1 here), keyed by c·(events + 1) + K: a table, or a hashed cache. */
export interface PairTexts {
  readonly keys: Float64Array;
  readonly lengths: Uint8Array;
  readonly bytes: Uint8Array;
  readonly span: number;
  /** Whether the key is the slot itself (every (c, K) has its own slot). */
  readonly direct: boolean;
}

/** A text table for fractions of at most `events`: one slot per (c, K) up to 512 events, else a 65,536-slot cache. */
export function pairTexts(events: number): PairTexts {
  const span = events + 1;
  const direct = span * span <= 1 << 18;
  const slots = direct ? span * span : 1 << 16;
  return {
    keys: new Float64Array(slots).fill(-1),
    lengths: new Uint8Array(slots),
    bytes: new Uint8Array(slots * 24),
    span,
    direct,
  };
}

/** Codes as one byte array: code j's field and comma are bytes[start[j] .. start[j + 1]). */
export interface PackedCodes {
  readonly bytes: Uint8Array;
  readonly start: Int32Array;
}

/**
 * Packs CSV fields (each with its comma) into one array, so a pair reads one typed array, not one
 * per code; 4 bytes of padding let the last code be read in whole words.
 */
export function packCodes(fields: readonly Uint8Array[]): PackedCodes {
  const start = new Int32Array(fields.length + 1);
  for (let j = 0; j < fields.length; j++) start[j + 1] = start[j]! + fields[j]!.length;
  const bytes = new Uint8Array(start[fields.length]! + 4);
  for (let j = 0; j < fields.length; j++) bytes.set(fields[j]!, start[j]!);
  return { bytes, start };
}

/**
 * Writes the rows `[time,]activity_i,activity_j,φ_ij` for i in [from, to), j > i, into `out` from 0
 * and returns the byte length (`out` must hold them: pairs x the longest row). Each text slot holds
 * the value's text and the newline.
 */
export function formatCountPairRows(
  pairs: CountPairs,
  codes: { readonly packed: PackedCodes; readonly timePrefix: Uint8Array },
  from: number,
  to: number,
  out: Uint8Array,
  texts: PairTexts,
): number {
  const { counts, rowOffsets, occurrences: k } = pairs;
  const { bytes: codeBytes, start: codeStart } = codes.packed;
  const nP = codeStart.length - 1;
  const time = codes.timePrefix;
  const { keys, lengths, bytes, span, direct } = texts;
  // Fixed-size copies of 4-byte words (DataView: any alignment) instead of byte loops of varying
  // length, whose mispredicted ends were most of the time: `out` has room past every row's end,
  // and the bytes written beyond a field's end are overwritten by the next field.
  const to4 = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const text4 = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const code4 = new DataView(codeBytes.buffer, codeBytes.byteOffset, codeBytes.byteLength);
  let o = 0;
  for (let i = from; i < to; i++) {
    const firstStart = codeStart[i]!;
    const firstLength = codeStart[i + 1]! - firstStart;
    const ki = k[i]!;
    const base = rowOffsets[i]! - i - 1;
    for (let j = i + 1; j < nP; j++) {
      for (let t = 0; t < time.length; t++) out[o++] = time[t]!;
      for (let t = 0; t < firstLength; t += 4)
        to4.setUint32(o + t, code4.getUint32(firstStart + t, true), true);
      o += firstLength;
      const secondStart = codeStart[j]!;
      const secondLength = codeStart[j + 1]! - secondStart;
      for (let t = 0; t < secondLength; t += 4)
        to4.setUint32(o + t, code4.getUint32(secondStart + t, true), true);
      o += secondLength;
      const c = counts[base + j]!;
      if (c === 0) {
        out[o++] = 48;
        out[o++] = 10;
        continue;
      }
      const divisor = Math.max(ki, k[j]!);
      const key = c * span + divisor;
      const slot = direct ? key : (Math.imul(key, 0x9e3779b1) >>> 16) & 0xffff;
      const at = slot * 24;
      if (keys[slot] !== key) {
        const text = String(c / divisor);
        for (let t = 0; t < text.length; t++) bytes[at + t] = text.charCodeAt(t);
        bytes[at + text.length] = 10;
        lengths[slot] = text.length + 1;
        keys[slot] = key;
      }
      to4.setUint32(o, text4.getUint32(at, true), true);
      to4.setUint32(o + 4, text4.getUint32(at + 4, true), true);
      to4.setUint32(o + 8, text4.getUint32(at + 8, true), true);
      to4.setUint32(o + 12, text4.getUint32(at + 12, true), true);
      to4.setUint32(o + 16, text4.getUint32(at + 16, true), true);
      to4.setUint32(o + 20, text4.getUint32(at + 20, true), true);
      o += lengths[slot]!;
    }
  }
  return o;
}

/**
 * Every pair row of `pairs`, formatted by `format` (`formatCountPairRows`, passed in so that this
 * names no other function) with the texts `texts` (`pairTexts(pairs.events)`), as many rows at a time as fit in `out` (which must hold the rows of one
 * item: items x `rowBytes`), each batch handed to `emit(out, length)`.
 */
export function emitCountPairRows(
  pairs: CountPairs,
  codes: { readonly packed: PackedCodes; readonly timePrefix: Uint8Array },
  rowBytes: number,
  out: Uint8Array,
  texts: PairTexts,
  format: typeof formatCountPairRows,
  emit: (out: Uint8Array, length: number) => void,
): void {
  const nP = codes.packed.start.length - 1;
  let i = 0;
  while (i < nP - 1) {
    let end = i + 1;
    let bytes = (nP - i - 1) * rowBytes;
    while (end < nP - 1 && bytes + (nP - end - 1) * rowBytes <= out.length) {
      bytes += (nP - end - 1) * rowBytes;
      end++;
    }
    emit(out, format(pairs, codes, i, end, out, texts));
    i = end;
  }
}
