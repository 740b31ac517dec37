// K_rp = Σ_q M_rq u_q φ_qp as a sparse x dense product (the density numerator of Hidalgo et al.
// 2007): for each region, add the φ rows of its present activities. Cost nnz(M)·P per weight vector.
// The loop is bound by reading φ, so: the columns are processed in blocks whose slice of φ
// (P x 128 doubles, 1 MiB at P = 1000) stays in cache, eight rows are summed per pass, and with two
// weight vectors (u = 1 and u) both sums are built from the same loads. Used when P is the smaller side.
import type { SparsePresence } from "../matrix/sparse-presence.ts";

type Weights = ArrayLike<number> | null;

/** Columns per block: 128 doubles x P rows = 1 KiB per row (128 KiB per 128 activities). */
const BLOCK = Number(process.env.DK_B ?? 128);

/** plain += Σ φ_q and, when `weighted` is given, weighted += Σ u_q φ_q over activities[from..to). */
function accumulate(
  plain: Float64Array,
  weighted: Float64Array | null,
  rows: readonly Float64Array[],
  activities: Int32Array,
  from: number,
  to: number,
  u: ArrayLike<number> | null,
) {
  const n = plain.length;
  let x = from;
  if (weighted === null || u === null) {
    for (; x + 7 < to; x += 8) {
      const a = rows[activities[x]!]!;
      const b = rows[activities[x + 1]!]!;
      const c = rows[activities[x + 2]!]!;
      const d = rows[activities[x + 3]!]!;
      const e = rows[activities[x + 4]!]!;
      const f = rows[activities[x + 5]!]!;
      const g = rows[activities[x + 6]!]!;
      const h = rows[activities[x + 7]!]!;
      for (let p = 0; p < n; p++)
        plain[p]! += a[p]! + b[p]! + (c[p]! + d[p]!) + (e[p]! + f[p]! + (g[p]! + h[p]!));
    }
    for (; x < to; x++) {
      const a = rows[activities[x]!]!;
      for (let p = 0; p < n; p++) plain[p]! += a[p]!;
    }
    return;
  }
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
 * what activity q contributes). `null` weights mean u = 1. `addDiagonal` adds M_rp u_p, turning a
 * φ stored with diagonal 0 into diagonal 1. A `[null, u]` pair shares its loads.
 */
export function denseProximitySums(
  presence: SparsePresence,
  phi: Float64Array,
  weights: readonly Weights[],
  addDiagonal: boolean,
): Float64Array[] {
  const { nRegions: nR, nActivities: nP, rowStart, rowActivities } = presence;
  const outs = weights.map(() => new Float64Array(nR * nP));
  const paired = weights.length === 2 && weights[0] === null && weights[1] !== null;
  const block = new Float64Array(nP * Math.min(BLOCK, nP));
  for (let c0 = 0; c0 < nP; c0 += BLOCK) {
    const width = Math.min(BLOCK, nP - c0);
    for (let q = 0; q < nP; q++) block.set(phi.subarray(q * nP + c0, q * nP + c0 + width), q * width);
    const rows = Array.from({ length: nP }, (_, q) => block.subarray(q * width, (q + 1) * width));
    for (let r = 0; r < nR; r++) {
      const from = rowStart[r]!;
      const to = rowStart[r + 1]!;
      const start = r * nP + c0;
      const slice = (w: number) => outs[w]!.subarray(start, start + width);
      if (paired) {
        accumulate(slice(0), slice(1), rows, rowActivities, from, to, weights[1]!);
        continue;
      }
      for (let w = 0; w < weights.length; w++) {
        const u = weights[w]!;
        if (u === null) accumulate(slice(w), null, rows, rowActivities, from, to, null);
        else accumulateWeighted(slice(w), rows, rowActivities, from, to, u);
      }
    }
  }
  if (addDiagonal) {
    for (let w = 0; w < weights.length; w++) {
      const u = weights[w]!;
      const out = outs[w]!;
      for (let r = 0; r < nR; r++) {
        for (let x = rowStart[r]!; x < rowStart[r + 1]!; x++) {
          const p = rowActivities[x]!;
          out[r * nP + p]! += u === null ? 1 : u[p]!;
        }
      }
    }
  }
  return outs;
}

/** target += Σ u_q φ_q, four rows per pass. */
function accumulateWeighted(
  target: Float64Array,
  rows: readonly Float64Array[],
  activities: Int32Array,
  from: number,
  to: number,
  u: ArrayLike<number>,
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
    const ua = u[qa]!;
    const ub = u[qb]!;
    const uc = u[qc]!;
    const ud = u[qd]!;
    for (let p = 0; p < n; p++) target[p]! += ua * a[p]! + ub * b[p]! + (uc * c[p]! + ud * d[p]!);
  }
  for (; x < to; x++) {
    const q = activities[x]!;
    const a = rows[q]!;
    const uq = u[q]!;
    for (let p = 0; p < n; p++) target[p]! += uq * a[p]!;
  }
}
