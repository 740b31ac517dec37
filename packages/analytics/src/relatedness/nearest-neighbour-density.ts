// k-nearest-neighbour density (reference §4.8, pitfall 7). Intended form, Stata
// `calculate_density.ado` `knn(k)`: for each activity p keep the q whose proximity φ_qp is at least
// the k-th largest of column p (ties kept), weight by φ and normalise per column. py-ecomplexity
// 0.5.2 `calc_density(knn=k)` instead sums the unweighted levels of p's k nearest neighbours
// (issue #35), so with binary M it returns integer counts 0..k; it is reproduced as a separate kernel.
import { AnalyticsError } from "../common/analytics-error.ts";

function checkK(k: number, nActivities: number): void {
  if (!Number.isInteger(k) || k < 1 || k > nActivities) {
    throw new AnalyticsError("invalid-option", `k must be an integer from 1 to ${nActivities}, not ${k}.`);
  }
}

/**
 * Weighted kNN density (Stata `knn(k)`): w_qp = φ_qp · [φ_qp ≥ k-th largest of column p], then
 * ω_rp = Σ_q L_rq w_qp / Σ_q w_qp. The column includes its diagonal entry, as in Stata (φ⁰ there).
 * `minimumProximity` also drops φ_qp below it (Stata `knnt(t)`, to confirm). A column with no
 * positive weight, or holding a NaN proximity, gives NaN. Levels L are R x P row-major (M, or RCA with
 * continuous φ). Example: with k = P it is the canonical density (all weights kept).
 */
export function nearestNeighbourDensity(
  levels: ArrayLike<number>,
  nRegions: number,
  nActivities: number,
  phi: Float64Array,
  k: number,
  options: { readonly minimumProximity?: number } = {},
): Float64Array {
  const nP = nActivities;
  checkK(k, nP);
  const floor = options.minimumProximity ?? Number.NEGATIVE_INFINITY;
  const weight = new Float64Array(nP * nP);
  const column = new Float64Array(nP);
  const total = new Float64Array(nP);
  for (let p = 0; p < nP; p++) {
    for (let q = 0; q < nP; q++) column[q] = phi[q * nP + p]!;
    const kth = Float64Array.from(column)
      .sort()
      .at(nP - k)!;
    for (let q = 0; q < nP; q++) {
      const v = column[q]!;
      // NaN ranks above every number, as Stata's missing value, and so propagates.
      if (Number.isNaN(v) || (v >= kth && v >= floor)) {
        weight[q * nP + p] = v;
        total[p]! += v;
      }
    }
  }
  const out = new Float64Array(nRegions * nP);
  for (let r = 0; r < nRegions; r++) {
    for (let q = 0; q < nP; q++) {
      const level = levels[r * nP + q]!;
      if (level === 0) continue;
      for (let p = 0; p < nP; p++) out[r * nP + p]! += level * weight[q * nP + p]!;
    }
    for (let p = 0; p < nP; p++) out[r * nP + p] = total[p] === 0 ? Number.NaN : out[r * nP + p]! / total[p]!;
  }
  return out;
}

/**
 * py-ecomplexity 0.5.2 `knn=k` (bug-compatible): for each activity p, its k nearest neighbours by
 * distance 1 − φ_p· (itself excluded, as sklearn's `kneighbors()` on the training set), then
 * ω_rp = Σ_{q ∈ kNN(p)} L_rq, unweighted. Ties at the k-th place go to the lower index (sklearn's
 * order there is unspecified). Example: binary M and k = 3 give integers 0..3 (reference §6.18).
 */
export function nearestNeighbourCountDensity(
  levels: ArrayLike<number>,
  nRegions: number,
  nActivities: number,
  phi: Float64Array,
  k: number,
): Float64Array {
  const nP = nActivities;
  checkK(k, nP - 1);
  const neighbours = new Int32Array(nP * k);
  const candidates: number[] = [];
  for (let p = 0; p < nP; p++) {
    candidates.length = 0;
    for (let q = 0; q < nP; q++) if (q !== p) candidates.push(q);
    candidates.sort((a, b) => 1 - phi[p * nP + a]! - (1 - phi[p * nP + b]!) || a - b);
    for (let x = 0; x < k; x++) neighbours[p * k + x] = candidates[x]!;
  }
  const out = new Float64Array(nRegions * nP);
  for (let r = 0; r < nRegions; r++) {
    for (let p = 0; p < nP; p++) {
      let sum = 0;
      for (let x = 0; x < k; x++) sum += levels[r * nP + neighbours[p * k + x]!]!;
      out[r * nP + p] = sum;
    }
  }
  return out;
}
