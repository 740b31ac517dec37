// Density (relatedness density) ω_rp = Σ_q M_rq φ_qp / Σ_q φ_qp, the share of activity p's proximity
// mass that region r already holds (Hidalgo et al. 2007; reference §4.8), and distance d = 1 − ω.
// Diagonal 1 reproduces py-ecomplexity and economiccomplexity `density()`, diagonal 0 Stata
// `calculate_density.ado` and OEC `relatedness()`.
import { roundR } from "../common/round-r.ts";
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import type { CooccurrenceCounts } from "./cooccurrence-counts.ts";
import { type ProximityKernelStrategy, proximityWeightedSums } from "./proximity-weighted-sums.ts";

export interface RelatednessDensityOptions {
  /** φ_pp: 0 (Stata, OEC) or 1 (py-ecomplexity, economiccomplexity). */
  readonly diagonal: 0 | 1;
  /** 1 (default) for 0-1, 100 for a 0-100 scale. */
  readonly scale?: 1 | 100;
  /** Round with R's `round()` to this many decimals after scaling; none by default. */
  readonly roundDigits?: number;
  readonly strategy?: ProximityKernelStrategy;
  readonly cooccurrence?: CooccurrenceCounts;
}

/**
 * ω for every cell, row-major R x P, with the min-conditional-probability proximity and the fast
 * kernel (cost follows nnz(M) and the smaller side). An activity related to nothing (Σ_q φ_qp = 0)
 * gets NaN. Values are clamped to [0, 1] before scaling: only rounding residue (~1e-16) is removed.
 * Example (reference §6.9): the toy, diagonal 1, gives ω(R1, I1) = 0.933333; diagonal 0, 0.909091.
 */
export function relatednessDensity(
  presence: SparsePresence,
  options: RelatednessDensityOptions,
): Float64Array {
  const { nRegions: nR, nActivities: nP } = presence;
  const sums = proximityWeightedSums(presence, [null], options);
  const numerator = sums.regionSums[0]!;
  const total = sums.totals[0]!;
  const scale = options.scale ?? 1;
  const digits = options.roundDigits;
  const out = numerator; // the kernel's fresh array, overwritten cell by cell
  for (let r = 0; r < nR; r++) {
    for (let p = 0; p < nP; p++) {
      const i = r * nP + p;
      const t = total[p]!;
      let v = t === 0 ? Number.NaN : Math.min(1, Math.max(0, numerator[i]! / t)) * scale;
      if (digits !== undefined) v = roundR(v, digits);
      out[i] = v;
    }
  }
  return out;
}

/** Distance d = scale − ω (1 − ω on the 0-1 scale); a new array, NaN stays NaN. Example: 0.25 -> 0.75. */
export function densityDistance(density: ArrayLike<number>, scale: 1 | 100 = 1): Float64Array {
  const out = new Float64Array(density.length);
  for (let i = 0; i < density.length; i++) out[i] = scale - density[i]!;
  return out;
}

/**
 * The canonical density for any dense proximity φ (P x P row-major) and any levels L (R x P:
 * presence, or RCA for py `continuous=True`, which can exceed 1; reference pitfall 10):
 * ω_rp = Σ_q L_rq w_qp / Σ_q w_qp with w_qp = φ_qp ("columns", Stata and OEC layout) or φ_pq
 * ("rows", py-ecomplexity's `M @ (φᵀ / rowsum φ)`; use it with `asymmetricProximity`).
 * Cost nnz(L)·P. A zero weight sum gives NaN.
 * Example: L = [[1, 0]], φ = [[0, 1], [3, 0]] gives ω = [0, 1] either way.
 */
export function densityFromProximity(
  levels: ArrayLike<number>,
  nRegions: number,
  nActivities: number,
  phi: Float64Array,
  options: { readonly orientation?: "columns" | "rows" } = {},
): Float64Array {
  const nP = nActivities;
  const byRows = options.orientation === "rows";
  // w[q * nP + p] = weight of q in the density of p.
  const w = byRows ? new Float64Array(nP * nP) : phi;
  if (byRows) for (let q = 0; q < nP; q++) for (let p = 0; p < nP; p++) w[q * nP + p] = phi[p * nP + q]!;
  const total = new Float64Array(nP);
  for (let q = 0; q < nP; q++) for (let p = 0; p < nP; p++) total[p]! += w[q * nP + p]!;
  const out = new Float64Array(nRegions * nP);
  for (let r = 0; r < nRegions; r++) {
    const o = r * nP;
    for (let q = 0; q < nP; q++) {
      const level = levels[o + q]!;
      if (level === 0) continue;
      const row = q * nP;
      for (let p = 0; p < nP; p++) out[o + p]! += level * w[row + p]!;
    }
    for (let p = 0; p < nP; p++) out[o + p] = total[p] === 0 ? Number.NaN : out[o + p]! / total[p]!;
  }
  return out;
}
