// Cross-space proximity and relatedness between two activity layers observed on the same regions
// (Catalan, Navarrete & Figueroa 2020; OEC `cross_proximity()`, `cross_relatedness()`; reference
// §4.6, §4.8, §4.11): e.g. research fields (A) and technologies or industries (B).
import { AnalyticsError } from "../common/analytics-error.ts";
import type { SparsePresence } from "../matrix/sparse-presence.ts";

/**
 * φ_ab = (M_Aᵀ M_B)_ab / max(k_a, k_b), dense row-major nA x nB (OEC: min of the two conditional
 * probabilities, NaN from 0/0 filled with 0). Cost Σ_r k^A_r k^B_r.
 * Example: a in regions {0, 1}, b in {1}: φ_ab = 1 / max(2, 1) = 0.5.
 */
export function crossProximity(layerA: SparsePresence, layerB: SparsePresence): Float64Array {
  if (layerA.nRegions !== layerB.nRegions) {
    throw new AnalyticsError(
      "dimension-mismatch",
      `Both layers need the same regions (${layerA.nRegions} and ${layerB.nRegions}).`,
    );
  }
  const nA = layerA.nActivities;
  const nB = layerB.nActivities;
  const out = new Float64Array(nA * nB);
  for (let r = 0; r < layerA.nRegions; r++) {
    for (let x = layerA.rowStart[r]!; x < layerA.rowStart[r + 1]!; x++) {
      const row = layerA.rowActivities[x]! * nB;
      for (let y = layerB.rowStart[r]!; y < layerB.rowStart[r + 1]!; y++)
        out[row + layerB.rowActivities[y]!]!++;
    }
  }
  for (let a = 0; a < nA; a++) {
    const ka = layerA.colStart[a + 1]! - layerA.colStart[a]!;
    for (let b = 0; b < nB; b++) {
      const c = out[a * nB + b]!;
      if (c !== 0) out[a * nB + b] = c / Math.max(ka, layerB.colStart[b + 1]! - layerB.colStart[b]!);
    }
  }
  return out;
}

/**
 * Cross-relatedness ω_rb = Σ_a M^A_ra φ_ab / Σ_a φ_ab, row-major R x nB (OEC `cross_relatedness`):
 * how much of b's cross-proximity mass region r holds in layer A. A b related to nothing gives NaN.
 * Example: φ = [[0.5, 0.5], [0, 1]] and a region holding only a0 gives [1, 1/3].
 */
export function crossRelatedness(layerA: SparsePresence, proximity: Float64Array, nB: number): Float64Array {
  const nA = layerA.nActivities;
  if (proximity.length !== nA * nB) {
    throw new AnalyticsError("dimension-mismatch", `The cross-proximity must be ${nA} x ${nB}.`);
  }
  const total = new Float64Array(nB);
  for (let a = 0; a < nA; a++) for (let b = 0; b < nB; b++) total[b]! += proximity[a * nB + b]!;
  const out = new Float64Array(layerA.nRegions * nB);
  for (let r = 0; r < layerA.nRegions; r++) {
    const o = r * nB;
    for (let x = layerA.rowStart[r]!; x < layerA.rowStart[r + 1]!; x++) {
      const row = layerA.rowActivities[x]! * nB;
      for (let b = 0; b < nB; b++) out[o + b]! += proximity[row + b]!;
    }
    for (let b = 0; b < nB; b++) out[o + b] = total[b] === 0 ? Number.NaN : out[o + b]! / total[b]!;
  }
  return out;
}
