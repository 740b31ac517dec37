// Random presence matrices for property tests (fast-check, seeded by each test).
import { fc } from "@fast-check/vitest";
import { type SparsePresence, sparsePresence } from "../../src/matrix/sparse-presence.ts";

export interface RandomPresence {
  readonly nRegions: number;
  readonly nActivities: number;
  readonly dense: Uint8Array;
  readonly sparse: SparsePresence;
}

/** R x P binary matrices, 1..maxRegions x 1..maxActivities, including empty rows and columns. */
export function presenceArbitrary(maxRegions = 9, maxActivities = 10): fc.Arbitrary<RandomPresence> {
  return fc
    .record({
      nRegions: fc.integer({ min: 1, max: maxRegions }),
      nActivities: fc.integer({ min: 1, max: maxActivities }),
    })
    .chain(({ nRegions, nActivities }) =>
      fc
        .array(fc.integer({ min: 0, max: 99 }), {
          minLength: nRegions * nActivities,
          maxLength: nRegions * nActivities,
        })
        .chain((cells) =>
          fc.integer({ min: 5, max: 80 }).map((percent) => {
            const dense = Uint8Array.from(cells, (v) => (v < percent ? 1 : 0));
            return { nRegions, nActivities, dense, sparse: sparsePresence(dense, nRegions, nActivities) };
          }),
        ),
    );
}

/** A copy of every typed array of a sparse presence, to check that kernels never write to it. */
export function snapshot(sparse: SparsePresence): string {
  return JSON.stringify(
    [sparse.rowStart, sparse.rowActivities, sparse.colStart, sparse.colRegions].map((a) => [...a]),
  );
}

/** Largest |a - b| / max(1, |b|) over two arrays of the same length (NaN when one side is NaN). */
export function maxRelativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (Number.isNaN(x) || Number.isNaN(y)) {
      if (Number.isNaN(x) !== Number.isNaN(y)) return Number.NaN;
      continue;
    }
    worst = Math.max(worst, Math.abs(x - y) / Math.max(1, Math.abs(y)));
  }
  return worst;
}

/** A seeded uniform generator on [0, 1) (an LCG: Numerical Recipes' constants). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A deterministic R x P presence with about `share` ones. */
export function randomPresence(
  nR: number,
  nP: number,
  share: number,
  seed: number,
): { dense: Uint8Array; sparse: SparsePresence } {
  const random = seeded(seed);
  const dense = Uint8Array.from({ length: nR * nP }, () => (random() < share ? 1 : 0));
  return { dense, sparse: sparsePresence(dense, nR, nP) };
}

/** A deterministic R x P count matrix (codes R0.., P0..), about 40% of the cells 1..1000. */
export function randomCountMatrix(nR: number, nP: number, seed: number) {
  const random = seeded(seed);
  return {
    regions: Array.from({ length: nR }, (_, r) => `R${r}`),
    activities: Array.from({ length: nP }, (_, p) => `P${p}`),
    values: Float64Array.from({ length: nR * nP }, () =>
      random() < 0.4 ? Math.floor(random() * 1000) + 1 : 0,
    ),
  };
}

/** Whether two arrays hold the very same doubles (Object.is: -0 and NaN too). */
export const sameBits = (a: ArrayLike<number>, b: ArrayLike<number>): boolean =>
  a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));
