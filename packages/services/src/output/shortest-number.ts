// String(x)'s text for most doubles without a string: the shortest decimal that reads back as x,
// the one closest to x when several are as short (ECMAScript Number::toString), written as bytes.
// V8 finds it with Grisu3 and falls back to exact big-number arithmetic when Grisu3 cannot decide;
// here the same two-tier idea uses what JavaScript has. x·10^k (17 integer digits) is computed to
// about 1e-14 of a unit by an exact two-product (Dekker 1971) of x with 10^k held as two doubles;
// the shortest multiple of 10^j within half an ulp of x, and the closest one, follow from the
// low digits of that integer. Whenever a decision lies within 1e-9 of a unit of its boundary (an
// interval end, a tie, a digit carry) or x is outside 7e-21 <= |x| < 9e15 or a power of two (its
// rounding interval is lopsided), the function gives up (-1) and the caller uses String(x).
// Both functions are self-contained (no imports, no module constants): the table-writing helper
// thread rebuilds them from their source text. Measurements: docs/decisions/0012-*.md.
//
// Where WebAssembly runs, the tables carry the exact writer of shortest-number-wasm.ts (Schubfach,
// decision 0016) and `writeShortestNumber` uses it instead: faster, and it never declines a normal
// double. The JavaScript path stays for platforms without WebAssembly.

/** The part of the WebAssembly JavaScript API used here (the project's TypeScript libraries omit it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
}

/** Tables `writeShortestNumber` reads (one set per thread). */
export interface ShortestNumberTables {
  /** 10^k ≈ powHi[k] + powLo[k] (k = 0..40), powHi split into 26-bit halves for the two-product. */
  readonly powHi: Float64Array;
  readonly powLo: Float64Array;
  readonly powHiHigh: Float64Array;
  readonly powHiLow: Float64Array;
  /** 2^(e - 53) at e + 80: half an ulp of a double in [2^e, 2^(e + 1)). */
  readonly halfUlp: Float64Array;
  /** 10^j, j = 0..9. */
  readonly tens: Int32Array;
  /** The double being read, and its two 32-bit words (little-endian: [low, high]). */
  readonly probe: Float64Array;
  readonly words: Uint32Array;
  /** The four ASCII digits of 0..9999, zero-padded, at 4·i. */
  readonly quads: Uint8Array;
  /** The same four digits as one little-endian word, at i. */
  readonly quadWords: Uint32Array;
  /** A DataView of the last `out` written to (word writes at any alignment). */
  view: DataView;
  viewOf: Uint8Array;
  /**
   * The WebAssembly writer (shortest-number-wasm.ts), when its module was given and the platform
   * runs it: `shortest(x)` puts the text at byte 64 of its memory (`wasmText`) and returns its
   * length, or -1 for ±0, subnormals, ±Infinity and NaN.
   */
  readonly wasm: ((x: number) => number) | null;
  /** A view of the module's memory (made again when `wasmCells` callers grow it). */
  wasmText: DataView;
  /** The module's `cells` row writer (formatCellBlock), and its memory, or null. */
  readonly wasmCells: ((...offsetsAndCounts: number[]) => number) | null;
  readonly wasmMemory: { readonly buffer: ArrayBuffer; grow(pages: number): number } | null;
  /** Where formatCellBlock put the activity fields in the module's memory, and for which list. */
  wasmCodes: {
    of: readonly Uint8Array[] | null;
    actAt: number;
    actStartAt: number;
    regAt: number;
    /** The longest activity field. */
    longest: number;
  };
}

/** The tables, and the WebAssembly writer instantiated from `wasmModule` (shortestNumberWasm) if given. */
export function shortestNumberTables(wasmModule?: Uint8Array): ShortestNumberTables {
  const powHi = new Float64Array(41);
  const powLo = new Float64Array(41);
  const powHiHigh = new Float64Array(41);
  const powHiLow = new Float64Array(41);
  for (let k = 0; k <= 40; k++) {
    const exact = 10n ** BigInt(k);
    const hi = Number(exact);
    powHi[k] = hi;
    powLo[k] = Number(exact - BigInt(hi));
    const c = 134217729 * hi;
    powHiHigh[k] = c - (c - hi);
    powHiLow[k] = hi - powHiHigh[k]!;
  }
  const halfUlp = new Float64Array(160);
  for (let e = -80; e < 80; e++) halfUlp[e + 80] = 2 ** (e - 53);
  const tens = new Int32Array(10);
  for (let j = 0; j < 10; j++) tens[j] = 10 ** j;
  const probe = new Float64Array(1);
  const quads = new Uint8Array(40000);
  for (let i = 0; i < 10000; i++) {
    quads[4 * i] = 48 + Math.floor(i / 1000);
    quads[4 * i + 1] = 48 + (Math.floor(i / 100) % 10);
    quads[4 * i + 2] = 48 + (Math.floor(i / 10) % 10);
    quads[4 * i + 3] = 48 + (i % 10);
  }
  // Little-endian by value, so the bytes written through DataView are the same on any platform.
  const quadWords = new Uint32Array(10000);
  for (let i = 0; i < 10000; i++) {
    const at = 4 * i;
    quadWords[i] =
      (quads[at]! | (quads[at + 1]! << 8) | (quads[at + 2]! << 16) | (quads[at + 3]! << 24)) >>> 0;
  }
  const none = new Uint8Array(0);
  let wasm: ((x: number) => number) | null = null;
  let wasmText = new DataView(none.buffer);
  let wasmCells: ((...offsetsAndCounts: number[]) => number) | null = null;
  let wasmMemory: { readonly buffer: ArrayBuffer; grow(pages: number): number } | null = null;
  const wasmApi = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (wasmModule !== undefined && wasmApi !== undefined) {
    try {
      const { exports } = new wasmApi.Instance(new wasmApi.Module(wasmModule), {});
      wasmMemory = exports.memory as { readonly buffer: ArrayBuffer; grow(pages: number): number };
      wasmText = new DataView(wasmMemory.buffer);
      wasm = exports.shortest as (x: number) => number;
      wasmCells = exports.cells as (...offsetsAndCounts: number[]) => number;
    } catch {
      // A page whose content security policy refuses compilation: the JavaScript path (nothing
      // was assigned: the module and the instance are made before any field is set).
    }
  }
  return {
    wasm,
    wasmText,
    wasmCells,
    wasmMemory,
    wasmCodes: { of: null, actAt: 0, actStartAt: 0, regAt: 0, longest: 0 },
    powHi,
    powLo,
    powHiHigh,
    powHiLow,
    halfUlp,
    tens,
    probe,
    words: new Uint32Array(probe.buffer),
    quads,
    quadWords,
    view: new DataView(none.buffer),
    viewOf: none,
  };
}

/**
 * Writes String(x) into `out` at `o` and returns the new offset, or returns -1 when it cannot be
 * sure of the digits (then the caller writes String(x)). `out` needs room for 28 bytes from `o`
 * (the longest text, "-0.0000012345678901234567", is 25, copied in 4-byte words), and bytes after
 * the returned end within them may be overwritten. With the WebAssembly writer it declines only
 * ±0, subnormals, ±Infinity and NaN; without it (the JavaScript path below), also doubles outside
 * 7e-21 <= |x| < 9e15, powers of two and decisions too close to call, fewer than one in a
 * thousand random doubles in 7e-21 <= |x| < 2^31.
 */
export function writeShortestNumber(x: number, out: Uint8Array, o: number, t: ShortestNumberTables): number {
  const wasm = t.wasm;
  if (wasm !== null) {
    // Exact for every normal double (Schubfach); copied out a word at a time from byte 64 of the
    // module's memory (OUTPUT_AT in shortest-number-wasm.ts).
    const length = wasm(x);
    if (length < 0) return -1;
    if (t.viewOf !== out) {
      t.view = new DataView(out.buffer, out.byteOffset, out.byteLength);
      t.viewOf = out;
    }
    const view = t.view;
    const text = t.wasmText;
    for (let i = 0; i < length; i += 4) view.setUint32(o + i, text.getUint32(64 + i, true), true);
    return o + length;
  }
  const words = t.words;
  t.probe[0] = x;
  const high = words[1]!;
  const e = ((high >>> 20) & 0x7ff) - 1023;
  // Powers of two (lopsided interval), zero, subnormals, NaN, ±Infinity and the far ranges.
  if (((high & 0xfffff) | words[0]!) === 0 || e < -67 || e > 52) return -1;
  const a = x < 0 ? -x : x;
  // floor(log10 a) is floor(e·log10 2) or one more; 10^k scales a to 17 integer digits, v = a·10^k
  // in [1e16, 1e17), so every decimal near x of at most 17 digits is an integer near v (or 1e17).
  // v = p + s exactly up to a·powLo's rounding (Dekker's two-product for a·powHi).
  let k = 16 - Math.floor(e * 0.30102999566398114);
  const split = 134217729 * a;
  const ah = split - (split - a);
  const al = a - ah;
  let ph = t.powHi[k]!;
  let p = a * ph;
  let s = ah * t.powHiHigh[k]! - p + ah * t.powHiLow[k]! + al * t.powHiHigh[k]! + al * t.powHiLow[k]!;
  s += a * t.powLo[k]!;
  if (p > 1e17 || (p === 1e17 && s >= 0)) {
    k--;
    ph = t.powHi[k]!;
    p = a * ph;
    s = ah * t.powHiHigh[k]! - p + ah * t.powHiLow[k]! + al * t.powHiHigh[k]! + al * t.powHiLow[k]!;
    s += a * t.powLo[k]!;
  }
  if (p > 1e17 || p < 1e16 || (p === 1e16 && s < 0) || (p === 1e17 && s >= 0)) return -1;
  // v = a·10^k = q·1e9 + r + f, q < 1e8 and r < 1e9 integers (int32), 0 <= f <= 1.
  let qd = Math.floor(p / 1e9);
  let rd = p - qd * 1e9;
  const whole = Math.floor(s);
  const f = s - whole;
  rd += whole;
  if (rd < 0) {
    qd--;
    rd += 1e9;
  } else if (rd >= 1e9) {
    qd++;
    rd -= 1e9;
  }
  let q = qd | 0;
  let r = rd | 0;
  // Half an ulp of x in units of v: the decimals in (v - delta, v + delta) read back as x.
  const delta = t.halfUlp[e + 80]! * ph;
  // j: the largest power of ten with a multiple within delta of v (fewest digits); its nearest
  // multiples below and above v are `down` and `up` away. Most doubles stop at j = 0 or 1.
  // (floor(r·0.1) is r div 10 exactly for 0 <= r < 1e9: 0.1 is a little above 1/10.)
  let j = 0;
  const low = r - Math.floor(r * 0.1) * 10;
  let down = low + f;
  let up = 10 - low - f;
  let qmod = 0;
  let nearest = Math.min(down, up);
  if (nearest > delta - 1e-9 && nearest < delta + 1e-9) return -1;
  if (nearest < delta) {
    j = 1;
    const tens = t.tens;
    for (let i = 2; i <= 17; i++) {
      let dn: number;
      let upi: number;
      let qm = 0;
      if (i <= 9) {
        const lowi = r % tens[i]!;
        dn = lowi + f;
        upi = tens[i]! - lowi - f;
      } else {
        qm = q % tens[i - 9]!;
        dn = qm === 0 ? r + f : 1e10;
        upi = qm === tens[i - 9]! - 1 ? 1e9 - r - f : 1e10;
      }
      nearest = Math.min(dn, upi);
      if (nearest > delta - 1e-9 && nearest < delta + 1e-9) return -1;
      if (nearest > delta) break;
      j = i;
      down = dn;
      up = upi;
      qmod = qm;
    }
  }
  // T: the multiple of 10^j closest to v (j = 0: v rounded), as q·1e9 + r. It ends in exactly j
  // zeros: a multiple of 10^(j + 1) that close to v would have made j larger.
  if (j === 0) {
    if (f > 0.5 - 1e-9 && f < 0.5 + 1e-9) return -1;
    if (f > 0.5) r++;
  } else {
    if (down > up - 1e-9 && down < up + 1e-9) return -1;
    const goUp = up < down;
    if (j <= 9) {
      const step = t.tens[j]!;
      r = r - (r % step) + (goUp ? step : 0);
    } else {
      r = 0;
      q = q - qmod + (goUp ? t.tens[j - 9]! : 0);
    }
  }
  if (r >= 1e9) {
    q++;
    r -= 1e9;
  }
  // The digits of T go straight to their place: after "0.000" for small numbers, else one byte to
  // the right of the start, and the digits before the decimal point are moved back over it.
  let n = 17 - k;
  let count = 17 - j;
  if (q >= 1e8) {
    count = 1;
    n++;
  }
  if (x < 0) out[o++] = 45;
  const small = n <= 0 && n > -6;
  const integer = n >= count;
  let at = o + 1;
  if (integer) at = o;
  else if (small) {
    out[o] = 48;
    out[o + 1] = 46;
    for (let d = 0; d < -n; d++) out[o + 2 + d] = 48;
    at = o + 2 - n;
  }
  if (q >= 1e8) out[at] = 49;
  else {
    // Four digits at a time from a table (a chain of 17 divisions by 10 was half the time);
    // floor(x·1e-4) and floor(x·1e-5) are exact quotients here, like r·0.1 above.
    if (t.viewOf !== out) {
      t.view = new DataView(out.buffer, out.byteOffset, out.byteLength);
      t.viewOf = out;
    }
    const view = t.view;
    const quadWords = t.quadWords;
    const qa = Math.floor(q * 1e-4);
    const raw = Math.floor(r * 1e-5);
    const rest = r - raw * 100000;
    const rb = Math.floor(rest * 0.1);
    view.setUint32(at, quadWords[qa]!, true);
    view.setUint32(at + 4, quadWords[q - qa * 10000]!, true);
    view.setUint32(at + 8, quadWords[raw]!, true);
    view.setUint32(at + 12, quadWords[rb]!, true);
    out[at + 16] = 48 + rest - rb * 10;
  }
  if (integer) {
    // An integer (n <= 16 here, below the 21 where exponents start).
    o += count;
    for (let d = count; d < n; d++) out[o++] = 48;
    return o;
  }
  if (small) return at + count;
  // d.ddd (n > 0) or d.ddde-n: the first n digits (one for an exponent) move back over the gap.
  const point = n > 0 ? n : 1;
  for (let d = 0; d < point; d++) out[o + d] = out[o + 1 + d]!;
  out[o + point] = 46;
  o += count + 1;
  if (n > 0) return o;
  if (count === 1) o--;
  out[o++] = 101;
  out[o++] = 45;
  const exponent = 1 - n;
  if (exponent >= 10) out[o++] = 48 + Math.floor(exponent / 10);
  out[o++] = 48 + (exponent % 10);
  return o;
}
