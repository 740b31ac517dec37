// Interns codes straight from the text being parsed: a field is hashed (FNV-1a) and compared in
// place, and only a code never seen before is sliced into a string. A long file repeats a few
// thousand codes over and over, and slicing every field (one string allocation each) was the
// largest cost of parsing (docs/decisions/0003-csv-parsing.md).

const emptySlot = -1;

/** Distinct codes in order of first appearance; `intern` returns a code's id in `codes`. */
export class CodeInterner {
  readonly codes: string[] = [];
  private hashes = new Int32Array(64);
  private table = new Int32Array(256).fill(emptySlot);
  private mask = 255;

  /** The id of the code written in `text[start, end)`, adding it when new. */
  intern(text: string, start: number, end: number): number {
    let hash = -2128831035;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
    const length = end - start;
    const table = this.table;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const id = table[slot]!;
      if (id === emptySlot) break;
      if (this.hashes[id] === hash) {
        const code = this.codes[id]!;
        if (code.length === length) {
          let i = 0;
          while (i < length && code.charCodeAt(i) === text.charCodeAt(start + i)) i++;
          if (i === length) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    const id = this.codes.length;
    this.codes.push(text.slice(start, end));
    if (id === this.hashes.length) {
      const grown = new Int32Array(id * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    table[slot] = id;
    if (this.codes.length * 2 > mask) this.grow();
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
