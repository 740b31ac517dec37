// Leave-out continuous density, Stata `calculate_density.ado` `leaveout` (reference §4.8): for each
// region r the continuous proximity φ^(−r)_qp = (1 + corr_{−r}(L_·q, L_·p))/2 − I is recomputed
// without r's row, optionally restricted to the k nearest neighbours of each column (ties kept), and
// ω_rp = Σ_q L_rq w_qp / Σ_q w_qp. The correlations are downdated from the full sums (Σx, Σx², Σxy)
// instead of recomputed, so the cost is R·P² (plus R·P² log P with k), not R²·P².
import { AnalyticsError } from "../common/analytics-error.ts";

/**
 * Leave-out density for levels L (R x P row-major, RCA or RPOP as in Stata `cont leaveout`).
 * `k` (default: all activities) keeps per column the q with φ^(−r)_qp ≥ its k-th largest value.
 * Needs at least 3 regions (a correlation over R − 1 ≥ 2 rows). A column constant without r (variance
 * below 1e-12 of its full sum of squares) gives NaN, as a zero-variance correlation does in Stata.
 * Example: `leaveOutDensity(rca, R, P, { k: 25 })` is Stata's `ecomplexity ..., cont leaveout knn(25)`.
 */
export function leaveOutDensity(
  levels: ArrayLike<number>,
  nRegions: number,
  nActivities: number,
  options: { readonly k?: number } = {},
): Float64Array {
  const nP = nActivities;
  const k = options.k ?? nP;
  if (nRegions < 3)
    throw new AnalyticsError("too-few-regions", "Leave-out density needs at least 3 regions.");
  if (!Number.isInteger(k) || k < 1 || k > nP) {
    throw new AnalyticsError("invalid-option", `k must be an integer from 1 to ${nP}, not ${k}.`);
  }
  // Centre on the full means first: the downdates then subtract small numbers from small numbers.
  const centre = new Float64Array(nP);
  for (let r = 0; r < nRegions; r++)
    for (let p = 0; p < nP; p++) centre[p]! += levels[r * nP + p]! / nRegions;
  const x = new Float64Array(nRegions * nP);
  for (let i = 0; i < x.length; i++) x[i] = levels[i]! - centre[i % nP]!;
  const sum = new Float64Array(nP);
  const cross = new Float64Array(nP * nP);
  for (let r = 0; r < nRegions; r++) {
    for (let p = 0; p < nP; p++) {
      const v = x[r * nP + p]!;
      sum[p]! += v;
      for (let q = p; q < nP; q++) cross[p * nP + q]! += v * x[r * nP + q]!;
    }
  }
  const n = nRegions - 1;
  const out = new Float64Array(nRegions * nP);
  const variance = new Float64Array(nP);
  const phi = new Float64Array(nP * nP);
  const column = new Float64Array(nP);
  for (let r = 0; r < nRegions; r++) {
    const row = r * nP;
    for (let p = 0; p < nP; p++) {
      const s = sum[p]! - x[row + p]!;
      const v = cross[p * nP + p]! - x[row + p]! ** 2 - (s * s) / n;
      // A column constant without r has variance 0; the downdate leaves rounding residue instead.
      variance[p] = v <= 1e-12 * cross[p * nP + p]! ? 0 : v;
    }
    for (let p = 0; p < nP; p++) {
      phi[p * nP + p] = 0;
      const sp = sum[p]! - x[row + p]!;
      for (let q = p + 1; q < nP; q++) {
        const sq = sum[q]! - x[row + q]!;
        const covariance = cross[p * nP + q]! - x[row + p]! * x[row + q]! - (sp * sq) / n;
        const scale = Math.sqrt(variance[p]! * variance[q]!);
        const corr = scale === 0 ? Number.NaN : Math.min(1, Math.max(-1, covariance / scale));
        const v = 0.5 * (1 + corr);
        phi[p * nP + q] = v;
        phi[q * nP + p] = v;
      }
    }
    for (let p = 0; p < nP; p++) {
      for (let q = 0; q < nP; q++) column[q] = phi[q * nP + p]!;
      const kth =
        k === nP
          ? Number.NEGATIVE_INFINITY
          : Float64Array.from(column)
              .sort()
              .at(nP - k)!;
      let numerator = 0;
      let total = 0;
      for (let q = 0; q < nP; q++) {
        const w = column[q]!;
        if (w < kth) continue;
        numerator += levels[row + q]! * w;
        total += w;
      }
      out[row + p] = numerator / total;
    }
  }
  return out;
}
