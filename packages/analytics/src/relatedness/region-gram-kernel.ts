// K_rp = Σ_q M_rq u_q φ_qp for the min-conditional-probability proximity (Hidalgo et al. 2007)
// without forming φ: with C = MᵀM,
//   K_rp = Σ_{s ∋ p} G_sr(k_p),   G_sr(k) = Σ_{q ∋ r, s} u_q / max(k_q, k),
// an R x R region Gram matrix that depends on p only through its ubiquity. Sweeping ubiquity levels
// upwards, G(k) = A(k)/k + B(k) with A = Σ_{k_q ≤ k} u_q o_q and B = Σ_{k_q > k} u_q o_q / k_q
// (o_q the outer product of q's region set). Moving q from B to A at its own level changes nothing,
// so G(k') = G(k) + A(k)(1/k' − 1/k). Cost Σ_q k_q² (outer products, upper triangles only) + L·R²
// (one rescale per distinct ubiquity) + R·nnz(M) (reading the columns); memory 2 R² doubles. The
// q = p term (u_p M_rp, because C_pp / k_p = 1) is removed for diagonal 0, kept for diagonal 1.
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import { ubiquityOrder } from "./proximity-totals.ts";

/** target[s, t] += c for s ≤ t in the (ascending) region list: the upper triangle of c·o_q. */
function addUpperOuter(
  target: Float64Array,
  nR: number,
  regions: Int32Array,
  from: number,
  to: number,
  c: number,
) {
  for (let x = from; x < to; x++) {
    const row = regions[x]! * nR;
    for (let y = x; y < to; y++) target[row + regions[y]!]! += c;
  }
}

/** Σ_{s in list} rows s of the Gram matrix into `target` (length nR), four rows per pass. */
function sumRows(
  rows: readonly Float64Array[],
  regions: Int32Array,
  from: number,
  to: number,
  target: Float64Array,
) {
  const n = target.length;
  let x = from;
  for (; x + 3 < to; x += 4) {
    const a = rows[regions[x]!]!;
    const b = rows[regions[x + 1]!]!;
    const c = rows[regions[x + 2]!]!;
    const d = rows[regions[x + 3]!]!;
    for (let r = 0; r < n; r++) target[r]! += a[r]! + b[r]! + (c[r]! + d[r]!);
  }
  for (; x < to; x++) {
    const a = rows[regions[x]!]!;
    for (let r = 0; r < n; r++) target[r]! += a[r]!;
  }
}

/** out (R x P) = transpose of byActivity (P x R), in cache-sized tiles. */
function transposeInto(byActivity: Float64Array, nP: number, nR: number, out: Float64Array) {
  const tile = 32;
  for (let p0 = 0; p0 < nP; p0 += tile) {
    const p1 = Math.min(nP, p0 + tile);
    for (let r0 = 0; r0 < nR; r0 += tile) {
      const r1 = Math.min(nR, r0 + tile);
      for (let r = r0; r < r1; r++) for (let p = p0; p < p1; p++) out[r * nP + p] = byActivity[p * nR + r]!;
    }
  }
}

/** One R x P array K per weight vector (see the file comment). */
export function regionGramSums(
  presence: SparsePresence,
  weights: readonly ArrayLike<number>[],
  diagonal: 0 | 1,
): Float64Array[] {
  const { nRegions: nR, nActivities: nP, colStart, colRegions } = presence;
  const { order, ubiquity } = ubiquityOrder(presence);
  const gram = new Float64Array(nR * nR);
  const lower = new Float64Array(nR * nR);
  const rows = Array.from({ length: nR }, (_, s) => gram.subarray(s * nR, (s + 1) * nR));
  const byActivity = new Float64Array(nP * nR);
  return weights.map((u) => {
    gram.fill(0);
    lower.fill(0);
    byActivity.fill(0);
    for (const q of order)
      addUpperOuter(gram, nR, colRegions, colStart[q]!, colStart[q + 1]!, u[q]! / ubiquity[q]!);
    for (let s = 0; s < nR; s++) for (let t = s + 1; t < nR; t++) gram[t * nR + s] = gram[s * nR + t]!;
    let previous = 0;
    for (let i = 0; i < order.length; ) {
      const level = ubiquity[order[i]!]!;
      if (previous > 0) {
        const f = 1 / level - 1 / previous;
        for (let s = 0; s < nR; s++) {
          gram[s * nR + s]! += lower[s * nR + s]! * f;
          for (let t = s + 1; t < nR; t++) {
            const v = lower[s * nR + t]! * f;
            gram[s * nR + t]! += v;
            gram[t * nR + s]! += v;
          }
        }
      }
      let j = i;
      for (; j < order.length && ubiquity[order[j]!] === level; j++) {
        const q = order[j]!;
        addUpperOuter(lower, nR, colRegions, colStart[q]!, colStart[q + 1]!, u[q]!);
      }
      for (let t = i; t < j; t++) {
        const p = order[t]!;
        const target = byActivity.subarray(p * nR, (p + 1) * nR);
        sumRows(rows, colRegions, colStart[p]!, colStart[p + 1]!, target);
        if (diagonal === 0) {
          const up = u[p]!;
          for (let x = colStart[p]!; x < colStart[p + 1]!; x++) target[colRegions[x]!]! -= up;
        }
      }
      previous = level;
      i = j;
    }
    const out = new Float64Array(nR * nP);
    transposeInto(byActivity, nP, nR, out);
    return out;
  });
}
