// K_rp = Σ_q M_rq u_q φ_qp as a sparse x dense product (the density numerator of Hidalgo et al.
// 2007): for each region, add the φ rows of its present activities. Cost nnz(M)·P per weight vector;
// with two weight vectors both sums are built in the same pass, so each φ row is read once. Used when
// P is the smaller side (tall matrices).
import type { SparsePresence } from "../matrix/sparse-presence.ts";

type Weights = ArrayLike<number> | null;

/** target += Σ_x u_{q_x} φ_{q_x} over activities[from..to), four rows per pass (u null = 1). */
function accumulate(
  target: Float64Array,
  rows: readonly Float64Array[],
  activities: Int32Array,
  from: number,
  to: number,
  u: Weights,
) {
  const n = target.length;
  let x = from;
  for (; x + 3 < to; x += 4) {
    const qa = activities[x]!;
    const qb = activities[x + 1]!;
    const qc = activities[x + 2]!;
    const qd = activities[x + 3]!;
    const a = rows[qa]!;
    const b = rows[qb]!;
    const c = rows[qc]!;
    const d = rows[qd]!;
    if (u === null) {
      for (let p = 0; p < n; p++) target[p]! += a[p]! + b[p]! + (c[p]! + d[p]!);
    } else {
      const ua = u[qa]!;
      const ub = u[qb]!;
      const uc = u[qc]!;
      const ud = u[qd]!;
      for (let p = 0; p < n; p++) target[p]! += ua * a[p]! + ub * b[p]! + (uc * c[p]! + ud * d[p]!);
    }
  }
  for (; x < to; x++) {
    const q = activities[x]!;
    const a = rows[q]!;
    const uq = u === null ? 1 : u[q]!;
    for (let p = 0; p < n; p++) target[p]! += uq * a[p]!;
  }
}

/** Unweighted and weighted sums of the same rows in one pass: plain += Σ φ_q, weighted += Σ u_q φ_q. */
function accumulatePair(
  plain: Float64Array,
  weighted: Float64Array,
  rows: readonly Float64Array[],
  activities: Int32Array,
  from: number,
  to: number,
  u: ArrayLike<number>,
) {
  const n = plain.length;
  let x = from;
  for (; x + 3 < to; x += 4) {
    const qa = activities[x]!;
    const qb = activities[x + 1]!;
    const qc = activities[x + 2]!;
    const qd = activities[x + 3]!;
    const a = rows[qa]!;
    const b = rows[qb]!;
    const c = rows[qc]!;
    const d = rows[qd]!;
    const ua = u[qa]!;
    const ub = u[qb]!;
    const uc = u[qc]!;
    const ud = u[qd]!;
    for (let p = 0; p < n; p++) {
      const va = a[p]!;
      const vb = b[p]!;
      const vc = c[p]!;
      const vd = d[p]!;
      plain[p]! += va + vb + (vc + vd);
      weighted[p]! += ua * va + ub * vb + (uc * vc + ud * vd);
    }
  }
  for (; x < to; x++) {
    const q = activities[x]!;
    const a = rows[q]!;
    const uq = u[q]!;
    for (let p = 0; p < n; p++) {
      plain[p]! += a[p]!;
      weighted[p]! += uq * a[p]!;
    }
  }
}

/**
 * One R x P array K per weight vector, from a dense φ (P x P, row-major, symmetric or not: row q is
 * what activity q contributes). `null` weights mean u = 1 (a faster loop). `addDiagonal` adds
 * M_rp u_p, turning a φ stored with diagonal 0 into diagonal 1.
 */
export function denseProximitySums(
  presence: SparsePresence,
  phi: Float64Array,
  weights: readonly Weights[],
  addDiagonal: boolean,
): Float64Array[] {
  const { nRegions: nR, nActivities: nP, rowStart, rowActivities } = presence;
  const rows = Array.from({ length: nP }, (_, q) => phi.subarray(q * nP, (q + 1) * nP));
  const outs = weights.map(() => new Float64Array(nR * nP));
  const paired = weights.length === 2 && weights[0] === null && weights[1] !== null;
  for (let r = 0; r < nR; r++) {
    const from = rowStart[r]!;
    const to = rowStart[r + 1]!;
    const targets = outs.map((out) => out.subarray(r * nP, (r + 1) * nP));
    if (paired) {
      accumulatePair(targets[0]!, targets[1]!, rows, rowActivities, from, to, weights[1]!);
    } else {
      for (let w = 0; w < weights.length; w++)
        accumulate(targets[w]!, rows, rowActivities, from, to, weights[w]!);
    }
    if (!addDiagonal) continue;
    for (let w = 0; w < weights.length; w++) {
      const u = weights[w]!;
      const target = targets[w]!;
      for (let x = from; x < to; x++) target[rowActivities[x]!]! += u === null ? 1 : u[rowActivities[x]!]!;
    }
  }
  return outs;
}
