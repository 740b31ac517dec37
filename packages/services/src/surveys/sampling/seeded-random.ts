// A seeded pseudo-random generator so a sample can be drawn again from its recorded seed: SFC32
// (Chris Doty-Humphrey's Small Fast Counting generator, 32-bit, as in PractRand), its 128-bit state
// taken from the first 16 bytes of sha256(seed text) and advanced 12 steps before use. Integers in
// [0, n) by rejection sampling (no modulo bias). Any change here changes every drawn sample: the
// reference script in test/surveys/fixtures/sampling-reference.py must change with it.
import { createHash } from "node:crypto";

export interface SeededRandom {
  /** The next 32-bit unsigned integer. */
  nextUint32(): number;
  /** A uniform integer in [0, n), 1 <= n <= 2^32. */
  below(n: number): number;
}

/** Example: `seededRandom("2026-wave-1").below(10)` is the same number on every run and machine. */
export function seededRandom(seed: string): SeededRandom {
  const digest = createHash("sha256").update(seed, "utf8").digest();
  let a = digest.readUInt32BE(0);
  let b = digest.readUInt32BE(4);
  let c = digest.readUInt32BE(8);
  let d = digest.readUInt32BE(12);
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) nextUint32();
  const below = (n: number): number => {
    if (!Number.isInteger(n) || n < 1 || n > 2 ** 32)
      throw new RangeError(`below(n) needs 1 <= n <= 2^32, got ${n}`);
    const limit = Math.floor(2 ** 32 / n) * n;
    for (;;) {
      const x = nextUint32();
      if (x < limit) return x % n;
    }
  };
  return { nextUint32, below };
}

/**
 * `n` distinct positions out of `0 .. size-1`, by a partial Fisher-Yates shuffle, sorted ascending.
 * Consumes exactly the draws the shuffle needs, so strata drawn one after another stay reproducible.
 */
export function choosePositions(random: SeededRandom, size: number, n: number): Int32Array {
  if (n > size) throw new RangeError(`Cannot choose ${n} of ${size}`);
  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) order[i] = i;
  for (let i = 0; i < n; i++) {
    const j = i + random.below(size - i);
    const held = order[i]!;
    order[i] = order[j]!;
    order[j] = held;
  }
  return order.slice(0, n).sort();
}
