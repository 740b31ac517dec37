// Doubles from their bits, for the number writers' tests.

/** A double from its two 32-bit words. */
export function fromWords(high: number, low: number): number {
  const words = new Uint32Array(2);
  words[0] = low;
  words[1] = high;
  return new Float64Array(words.buffer)[0]!;
}

/** A deterministic stream of 32-bit words (xorshift32). */
export function words(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
}
