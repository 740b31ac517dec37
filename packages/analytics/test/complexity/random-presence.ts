// Seeded presence matrices for tests and timings: uniform random (Park-Miller generator) and nested
// (triangular with a noisy edge, like real region x activity data).
import { type SparsePresence, sparsePresence } from "../../src/matrix/sparse-presence.ts";

export interface TestPresence {
  readonly dense: Uint8Array;
  readonly m: SparsePresence;
}

function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

/** Each cell present with probability `density`. */
export function randomPresence(nR: number, nP: number, density: number, seed: number): TestPresence {
  const random = generator(seed);
  const dense = Uint8Array.from({ length: nR * nP }, () => (random() < density ? 1 : 0));
  return { dense, m: sparsePresence(dense, nR, nP) };
}

/** Region r has activity p when (r + ½)/R + (p + ½)/P plus noise in ±0.15 is below 1. */
export function nestedPresence(nR: number, nP: number, seed: number): TestPresence {
  const random = generator(seed);
  const dense = new Uint8Array(nR * nP);
  for (let r = 0; r < nR; r++) {
    for (let p = 0; p < nP; p++) {
      dense[r * nP + p] = (r + 0.5) / nR + (p + 0.5) / nP + 0.3 * (random() - 0.5) < 1 ? 1 : 0;
    }
  }
  return { dense, m: sparsePresence(dense, nR, nP) };
}

/** The transpose of a dense row-major R x P presence, compressed. */
export function transposePresence(dense: Uint8Array, nR: number, nP: number): SparsePresence {
  const t = new Uint8Array(nR * nP);
  for (let r = 0; r < nR; r++) for (let p = 0; p < nP; p++) t[p * nR + r] = dense[r * nP + p]!;
  return sparsePresence(t, nP, nR);
}
