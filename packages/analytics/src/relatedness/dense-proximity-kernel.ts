// K_rp = Σ_q M_rq u_q φ_qp as a sparse x dense product (the density numerator of Hidalgo et al.
// 2007): for each region, add the φ rows of its present activities. Cost nnz(M)·P per weight vector.
// The loop is bound by reading φ, so: the columns are processed in chunks whose slice of φ
// (P x 64 doubles, 512 KiB at P = 1000) stays in cache, several rows are summed per pass, and with
// two weight vectors (u = 1 and u) both sums are built from the same loads. Used when P is the
// smaller side and region blocks (`fourRussiansProximitySums`) would not save work.
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import {
  addDiagonalTerm,
  addPairedRows,
  addRows,
  addWeightedRows,
  denseColumns,
  type ProximityColumns,
} from "./proximity-row-sums.ts";

type Weights = ArrayLike<number> | null;

/** Columns per chunk: P x 64 doubles of φ (measured on Node 20: 32-128 are alike, 256 slower). */
const CHUNK = 64;

/**
 * One R x P array K per weight vector, from a dense φ (P x P, row-major, symmetric or not: row q is
 * what activity q contributes). `null` weights mean u = 1. `addDiagonal` adds M_rp u_p, turning a
 * φ stored with diagonal 0 into diagonal 1. A `[null, u]` pair shares its loads.
 */
export function denseProximitySums(
  presence: SparsePresence,
  phi: Float64Array | ProximityColumns,
  weights: readonly Weights[],
  addDiagonal: boolean,
): Float64Array[] {
  const { nRegions: nR, nActivities: nP, rowStart, rowActivities } = presence;
  const outs = weights.map(() => new Float64Array(nR * nP));
  const paired = weights.length === 2 && weights[0] === null && weights[1] !== null;
  const chunk = Math.min(CHUNK, nP);
  const block = new Float64Array(nP * chunk);
  const fill = typeof phi === "function" ? phi : denseColumns(phi, nP);
  for (let c0 = 0; c0 < nP; c0 += chunk) {
    const width = Math.min(chunk, nP - c0);
    fill(c0, width, block);
    for (let r = 0; r < nR; r++) {
      const from = rowStart[r]!;
      const to = rowStart[r + 1]!;
      const at = r * nP + c0;
      if (paired) {
        addPairedRows(outs[0]!, at, outs[1]!, at, block, width, rowActivities, from, to, weights[1]!);
        continue;
      }
      for (let w = 0; w < weights.length; w++) {
        const u = weights[w]!;
        if (u === null) addRows(outs[w]!, at, block, width, rowActivities, from, to);
        else addWeightedRows(outs[w]!, at, block, width, rowActivities, from, to, u);
      }
    }
  }
  if (addDiagonal) {
    for (let w = 0; w < weights.length; w++)
      addDiagonalTerm(outs[w]!, rowStart, rowActivities, nP, weights[w]!);
  }
  return outs;
}
