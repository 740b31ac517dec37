// Numbers as CSV text: the shortest decimal that parses back to the same double (ECMAScript
// Number::toString, which JavaScript's String(x) implements), written as bytes into a buffer.
// Integers take a digit loop; other values go through String(x), optionally behind a small
// cache for columns that repeat few distinct values (min-conditional-probability proximity
// takes values a/b with b <= the number of regions).

/** A direct-mapped cache of number -> text, keyed by the double's bits. */
export class NumberTextCache {
  private readonly keys: Float64Array;
  private readonly texts: string[];
  private readonly mask: number;
  private readonly shift: number;
  private readonly probe = new Float64Array(1);
  private readonly probeWords = new Uint32Array(this.probe.buffer);

  /** `slots` must be a power of two. */
  constructor(slots = 1 << 14) {
    this.keys = new Float64Array(slots).fill(Number.NaN);
    this.texts = new Array<string>(slots).fill("");
    this.mask = slots - 1;
    this.shift = 32 - Math.log2(slots);
  }

  text(x: number): string {
    this.probe[0] = x;
    const words = this.probeWords;
    const slot = (Math.imul(words[0]! ^ words[1]!, 0x9e3779b1) >>> this.shift) & this.mask;
    if (this.keys[slot] === x) return this.texts[slot]!;
    const text = String(x);
    this.keys[slot] = x;
    this.texts[slot] = text;
    return text;
  }
}

const maxExactInteger = 2 ** 53;

/**
 * Writes `x` into `buffer` at `offset` (room for 32 bytes must exist) and returns the new offset.
 * NaN writes nothing (an empty CSV field); -0 writes "0", as String(-0) does.
 */
export function appendNumber(buffer: Uint8Array, offset: number, x: number, cache?: NumberTextCache): number {
  if (x === 0) {
    buffer[offset] = 48;
    return offset + 1;
  }
  if (Number.isNaN(x)) return offset;
  if (Number.isInteger(x) && x < maxExactInteger && x > -maxExactInteger) {
    let o = offset;
    let v = x;
    if (v < 0) {
      buffer[o++] = 45;
      v = -v;
    }
    let digits = 1;
    for (let p = 10; p <= v; p *= 10) digits++;
    o += digits;
    for (let i = o - 1; i >= o - digits; i--) {
      const q = Math.floor(v / 10);
      buffer[i] = 48 + (v - q * 10);
      v = q;
    }
    return o;
  }
  const text = cache === undefined ? String(x) : cache.text(x);
  let o = offset;
  for (let i = 0; i < text.length; i++) buffer[o++] = text.charCodeAt(i);
  return o;
}
