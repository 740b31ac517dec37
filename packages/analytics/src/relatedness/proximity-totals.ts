// Weighted column sums T_p = Σ_q u_q φ_qp of the min-conditional-probability proximity
// (Hidalgo et al. 2007) in O(nnz(M)), without forming C or φ. With C_qp = Σ_s M_sq M_sp:
//   T_p = Σ_{s ∋ p} [ Σ_{q ∈ s, k_q ≤ k_p} u_q / k_p + Σ_{q ∈ s, k_q > k_p} u_q / k_q ] − u_p + d·u_p,
// the −u_p removing q = p (φ_pp would be C_pp / k_p = 1) and d the stated diagonal. Two sweeps over
// the activities sorted by ubiquity keep per-region running sums of each part; both only add.
import type { SparsePresence } from "../matrix/sparse-presence.ts";

/** Activities with k > 0 in ascending ubiquity (ties by index), and the ubiquities. Example: toy I5 first. */
export function ubiquityOrder(presence: SparsePresence): { order: Int32Array; ubiquity: Int32Array } {
  const nP = presence.nActivities;
  const ubiquity = new Int32Array(nP);
  let present = 0;
  for (let p = 0; p < nP; p++) {
    ubiquity[p] = presence.colStart[p + 1]! - presence.colStart[p]!;
    if (ubiquity[p]! > 0) present++;
  }
  // Counting sort: ubiquities are at most nRegions.
  const bucket = new Int32Array(presence.nRegions + 2);
  for (let p = 0; p < nP; p++) if (ubiquity[p]! > 0) bucket[ubiquity[p]! + 1]!++;
  for (let k = 1; k < bucket.length; k++) bucket[k]! += bucket[k - 1]!;
  const order = new Int32Array(present);
  for (let p = 0; p < nP; p++) if (ubiquity[p]! > 0) order[bucket[ubiquity[p]!]!++] = p;
  return { order, ubiquity };
}

/**
 * T_p = Σ_q u_q φ_qp for the min-conditional-probability proximity with diagonal `diagonal`
 * (φ_pp = diagonal). An activity present nowhere has φ_·p = 0, so T_p = diagonal · u_p.
 * With u = 1 these are the density denominators Σ_q φ_qp. Cost O(nnz(M) + P).
 * Example (reference §6.8): the toy with u = 1 and diagonal 0 gives T(I1) = 1 + 0.75 + 0.75 + 0.25 = 2.75.
 */
export function proximityTotals(
  presence: SparsePresence,
  weights: ArrayLike<number>,
  diagonal: 0 | 1,
): Float64Array {
  const nP = presence.nActivities;
  const { colStart, colRegions } = presence;
  const { order, ubiquity } = ubiquityOrder(presence);
  const totals = new Float64Array(nP);
  for (let p = 0; p < nP; p++) if (ubiquity[p] === 0) totals[p] = diagonal * weights[p]!;
  const running = new Float64Array(presence.nRegions);
  // Ascending: running_s = Σ_{q ∈ s, k_q ≤ level} u_q; T_p += Σ_{s ∋ p} running_s / k_p.
  for (let i = 0; i < order.length; ) {
    const level = ubiquity[order[i]!]!;
    let j = i;
    for (; j < order.length && ubiquity[order[j]!] === level; j++) {
      const q = order[j]!;
      const u = weights[q]!;
      for (let x = colStart[q]!; x < colStart[q + 1]!; x++) running[colRegions[x]!]! += u;
    }
    for (let t = i; t < j; t++) {
      const p = order[t]!;
      let sum = 0;
      for (let x = colStart[p]!; x < colStart[p + 1]!; x++) sum += running[colRegions[x]!]!;
      totals[p] = sum / level;
    }
    i = j;
  }
  // Descending: running_s = Σ_{q ∈ s, k_q > level} u_q / k_q.
  running.fill(0);
  for (let i = order.length - 1; i >= 0; ) {
    const level = ubiquity[order[i]!]!;
    let j = i;
    for (; j >= 0 && ubiquity[order[j]!] === level; j--) {
      const p = order[j]!;
      let sum = 0;
      for (let x = colStart[p]!; x < colStart[p + 1]!; x++) sum += running[colRegions[x]!]!;
      totals[p] = totals[p]! + sum - (1 - diagonal) * weights[p]!;
    }
    for (let t = i; t > j; t--) {
      const q = order[t]!;
      const c = weights[q]! / level;
      for (let x = colStart[q]!; x < colStart[q + 1]!; x++) running[colRegions[x]!]! += c;
    }
    i = j;
  }
  return totals;
}
