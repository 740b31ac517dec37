// The inner loops of the proximity kernels: add the φ rows of a list of activities to a target row,
// plainly, weighted by u_q, or both from the same loads (Hidalgo et al. 2007 density numerators).
// φ is a chunk of `width` columns stored flat (row q at q·width). Everything is indexed through one
// typed array per operand: V8 re-checks a typed array's length and base pointer at every access
// unless it has just checked the same array, so subarray views per row cost about twice as much.
// Every function here is self-contained (no imports, no module constants): a host may rebuild them
// from their source text on another thread (common/kernel-helper.ts).
import type { CooccurrenceCounts } from "./cooccurrence-counts.ts";

/** target[at..at + width) += Σ φ_q over activities[from..to), eight rows per pass. */
export function addRows(
  target: Float64Array,
  at: number,
  block: Float64Array,
  width: number,
  activities: Int32Array,
  from: number,
  to: number,
) {
  let x = from;
  for (; x + 7 < to; x += 8) {
    const a = activities[x]! * width;
    const b = activities[x + 1]! * width;
    const c = activities[x + 2]! * width;
    const d = activities[x + 3]! * width;
    const e = activities[x + 4]! * width;
    const f = activities[x + 5]! * width;
    const g = activities[x + 6]! * width;
    const h = activities[x + 7]! * width;
    for (let p = 0; p < width; p++) {
      target[at + p]! +=
        block[a + p]! +
        block[b + p]! +
        (block[c + p]! + block[d + p]!) +
        (block[e + p]! + block[f + p]! + (block[g + p]! + block[h + p]!));
    }
  }
  for (; x + 1 < to; x += 2) {
    const a = activities[x]! * width;
    const b = activities[x + 1]! * width;
    for (let p = 0; p < width; p++) target[at + p]! += block[a + p]! + block[b + p]!;
  }
  if (x < to) {
    const a = activities[x]! * width;
    for (let p = 0; p < width; p++) target[at + p]! += block[a + p]!;
  }
}

/** target[at..at + width) += Σ u_q φ_q over activities[from..to), four rows per pass. */
export function addWeightedRows(
  target: Float64Array,
  at: number,
  block: Float64Array,
  width: number,
  activities: Int32Array,
  from: number,
  to: number,
  u: ArrayLike<number>,
) {
  let x = from;
  for (; x + 3 < to; x += 4) {
    const qa = activities[x]!;
    const qb = activities[x + 1]!;
    const qc = activities[x + 2]!;
    const qd = activities[x + 3]!;
    const a = qa * width;
    const b = qb * width;
    const c = qc * width;
    const d = qd * width;
    const ua = u[qa]!;
    const ub = u[qb]!;
    const uc = u[qc]!;
    const ud = u[qd]!;
    for (let p = 0; p < width; p++) {
      target[at + p]! += ua * block[a + p]! + ub * block[b + p]! + (uc * block[c + p]! + ud * block[d + p]!);
    }
  }
  for (; x < to; x++) {
    const q = activities[x]!;
    const a = q * width;
    const uq = u[q]!;
    for (let p = 0; p < width; p++) target[at + p]! += uq * block[a + p]!;
  }
}

/**
 * plain[plainAt..) += Σ φ_q and weighted[weightedAt..) += Σ u_q φ_q over activities[from..to), both
 * from the same loads, four rows per pass (`plain` and `weighted` may be one array).
 */
export function addPairedRows(
  plain: Float64Array,
  plainAt: number,
  weighted: Float64Array,
  weightedAt: number,
  block: Float64Array,
  width: number,
  activities: Int32Array,
  from: number,
  to: number,
  u: ArrayLike<number>,
) {
  let x = from;
  for (; x + 3 < to; x += 4) {
    const qa = activities[x]!;
    const qb = activities[x + 1]!;
    const qc = activities[x + 2]!;
    const qd = activities[x + 3]!;
    const a = qa * width;
    const b = qb * width;
    const c = qc * width;
    const d = qd * width;
    const ua = u[qa]!;
    const ub = u[qb]!;
    const uc = u[qc]!;
    const ud = u[qd]!;
    for (let p = 0; p < width; p++) {
      const va = block[a + p]!;
      const vb = block[b + p]!;
      const vc = block[c + p]!;
      const vd = block[d + p]!;
      plain[plainAt + p]! += va + vb + (vc + vd);
      weighted[weightedAt + p]! += ua * va + ub * vb + (uc * vc + ud * vd);
    }
  }
  for (; x + 1 < to; x += 2) {
    const qa = activities[x]!;
    const qb = activities[x + 1]!;
    const a = qa * width;
    const b = qb * width;
    const ua = u[qa]!;
    const ub = u[qb]!;
    for (let p = 0; p < width; p++) {
      const va = block[a + p]!;
      const vb = block[b + p]!;
      plain[plainAt + p]! += va + vb;
      weighted[weightedAt + p]! += ua * va + ub * vb;
    }
  }
  if (x < to) {
    const q = activities[x]!;
    const a = q * width;
    const uq = u[q]!;
    for (let p = 0; p < width; p++) {
      const v = block[a + p]!;
      plain[plainAt + p]! += v;
      weighted[weightedAt + p]! += uq * v;
    }
  }
}

/** Writes φ[q, c0 + p] for q < P, p < width into block[q·width + p]: the chunk of φ a kernel reads. */
export type ProximityColumns = (c0: number, width: number, block: Float64Array) => void;

/** Columns of a dense row-major P x P φ. */
export function denseColumns(phi: Float64Array, nP: number): ProximityColumns {
  return (c0, width, block) => fillDenseColumns(phi, nP, c0, width, block);
}

/** Writes columns [c0, c0 + width) of the dense row-major P x P `phi` into `block` (row q at q·width). */
export function fillDenseColumns(
  phi: Float64Array,
  nP: number,
  c0: number,
  width: number,
  block: Float64Array,
) {
  for (let q = 0; q < nP; q++) block.set(phi.subarray(q * nP + c0, q * nP + c0 + width), q * width);
}

/**
 * Columns of the min-conditional-probability proximity with diagonal 0, φ_qp = C_qp / max(k_q, k_p)
 * (the value `minimumConditionalProximity(...).toDense()` stores), read from the co-occurrence
 * triangle without forming the P x P matrix.
 */
export function cooccurrenceColumns(cooccurrence: CooccurrenceCounts): ProximityColumns {
  return (c0, width, block) => fillCooccurrenceColumns(cooccurrence, c0, width, block);
}

/** Writes columns [c0, c0 + width) of φ⁰ = C / max(k_q, k_p) into `block` (row q at q·width). */
export function fillCooccurrenceColumns(
  cooccurrence: Pick<CooccurrenceCounts, "size" | "counts" | "rowOffsets" | "occurrences">,
  c0: number,
  width: number,
  block: Float64Array,
) {
  const { size: nP, counts, rowOffsets, occurrences: k } = cooccurrence;
  for (let q = 0; q < nP; q++) {
    const kq = k[q]!;
    const at = q * width - c0;
    // p < q: C_pq in row p of the triangle; p > q: row q, contiguous in p.
    const below = Math.min(q, c0 + width);
    for (let p = c0; p < below; p++) {
      const c = counts[rowOffsets[p]! + q - p - 1]!;
      block[at + p] = c === 0 ? 0 : c / Math.max(kq, k[p]!);
    }
    if (q >= c0 && q < c0 + width) block[at + q] = 0;
    const base = rowOffsets[q]! - q - 1;
    for (let p = Math.max(q + 1, c0); p < c0 + width; p++) {
      const c = counts[base + p]!;
      block[at + p] = c === 0 ? 0 : c / Math.max(kq, k[p]!);
    }
  }
}

/** out[r, p] += u_p (1 when u is null) for every present cell: φ_pp = 1 on top of a φ stored with 0. */
export function addDiagonalTerm(
  out: Float64Array,
  rowStart: Int32Array,
  rowActivities: Int32Array,
  nP: number,
  u: ArrayLike<number> | null,
) {
  const nR = rowStart.length - 1;
  for (let r = 0; r < nR; r++) {
    for (let x = rowStart[r]!; x < rowStart[r + 1]!; x++) {
      const p = rowActivities[x]!;
      out[r * nP + p]! += u === null ? 1 : u[p]!;
    }
  }
}
