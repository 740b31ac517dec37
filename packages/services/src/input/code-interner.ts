// Interns codes straight from the bytes being parsed: a field is hashed (FNV-1a, usually while
// the parser scans it) and compared in place, and only a code never seen before becomes a string.
// A long file repeats a few thousand codes over and over; making a string of every field was the
// largest cost of parsing (docs/decisions/0003-csv-parsing.md).

const emptySlot = -1;
const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

export const fnvOffset = -2128831035;
export const fnvPrime = 16777619;

/** FNV-1a hash of `bytes[start, end)` as a 32-bit integer (the parsers compute it inline). */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = fnvOffset;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, fnvPrime);
  return hash;
}

/** Distinct codes in order of first appearance; `intern` returns a code's id in `codes`. */
export class CodeInterner {
  readonly codes: string[] = [];
  private readonly encoded: Uint8Array[] = [];
  private hashes = new Int32Array(64);
  private table = new Int32Array(256).fill(emptySlot);
  private mask = 255;

  /** The id of the code in `bytes[start, end)` whose FNV-1a hash is `hash`, adding it when new. */
  intern(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const length = end - start;
    const table = this.table;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const id = table[slot]!;
      if (id === emptySlot) break;
      if (this.hashes[id] === hash) {
        const code = this.encoded[id]!;
        if (code.length === length) {
          let i = 0;
          while (i < length && code[i] === bytes[start + i]) i++;
          if (i === length) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    // A copy, not a view: a view would keep the whole chunk it came from alive.
    const copy = Uint8Array.prototype.slice.call(bytes, start, end);
    return this.add(decoder.decode(copy), copy, hash, slot);
  }

  /** The id of a code given as text (the csv-parse path). */
  internText(code: string): number {
    const bytes = encoder.encode(code);
    return this.intern(bytes, 0, bytes.length, hashBytes(bytes, 0, bytes.length));
  }

  private add(code: string, bytes: Uint8Array, hash: number, slot: number): number {
    const id = this.codes.length;
    this.codes.push(code);
    this.encoded.push(bytes);
    if (id === this.hashes.length) {
      const grown = new Int32Array(id * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    this.table[slot] = id;
    if (this.codes.length * 2 > this.mask) this.grow();
    return id;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    const table = new Int32Array(size).fill(emptySlot);
    const mask = size - 1;
    for (let id = 0; id < this.codes.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (table[slot] !== emptySlot) slot = (slot + 1) & mask;
      table[slot] = id;
    }
    this.table = table;
    this.mask = mask;
  }
}
