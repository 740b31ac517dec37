// Export similarity index (Bahar, Hausmann & Hidalgo 2014, J. Int. Econ. 92(1):111-123), OEC
// `similarity()` (Datawheel economic-complexity 0.3.0; analytics reference §4.11): the Pearson
// correlation between two regions' vectors of log(RCA + ε), ε = 0.1 so that absent activities give
// log(0.1) instead of -Infinity. Cost R_selected x R x P: compute rows for a few regions with
// `regions` when the full R x R matrix is not needed.
import { AnalyticsError } from "../common/analytics-error.ts";
import type { RegionActivityMatrix } from "../matrix/region-activity-matrix.ts";
import { revealedComparativeAdvantage } from "../specialisation/revealed-comparative-advantage.ts";

export interface ExportSimilarityOptions {
  /** ε added to RCA before the log; default 0.1 as the OEC library. */
  readonly epsilon?: number;
  /** Indexes of the regions whose rows to compute (default: all, giving R x R). */
  readonly regions?: ArrayLike<number>;
}

/**
 * Export similarity between regions: row-major `selected x R` correlations in [-1, 1], where
 * `selected` is `options.regions` (default all regions, a symmetric R x R matrix with 1 on the
 * diagonal). NaN for a pair involving an all-zero region or a region whose log(RCA + ε) is constant.
 * Example: two regions with the same mix (x = [[1, 2], [2, 4], [3, 1]]) have similarity 1.
 */
export function exportSimilarity(
  matrix: RegionActivityMatrix,
  options: ExportSimilarityOptions = {},
): Float64Array {
  const epsilon = options.epsilon ?? 0.1;
  if (!(epsilon > 0) || !Number.isFinite(epsilon)) {
    throw new AnalyticsError("invalid-option", `epsilon must be a positive number, not ${epsilon}.`, {
      field: "epsilon",
      value: epsilon,
    });
  }
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const selected = options.regions ?? Int32Array.from({ length: nR }, (_, r) => r);
  for (let i = 0; i < selected.length; i++) {
    const r = selected[i]!;
    if (!Number.isInteger(r) || r < 0 || r >= nR) {
      throw new AnalyticsError("invalid-option", `Region index ${r} is outside 0..${nR - 1}.`, {
        field: "regions",
        value: r,
      });
    }
  }
  // z_r = centred log(RCA + ε) scaled to unit length, so that corr(r, s) = z_r · z_s.
  const z = revealedComparativeAdvantage(matrix);
  for (let r = 0; r < nR; r++) {
    const base = r * nP;
    let mean = 0;
    for (let p = 0; p < nP; p++) {
      const l = Math.log(z[base + p]! + epsilon);
      z[base + p] = l;
      mean += l;
    }
    mean /= nP;
    let norm = 0;
    for (let p = 0; p < nP; p++) {
      const d = z[base + p]! - mean;
      z[base + p] = d;
      norm += d * d;
    }
    const scale = 1 / Math.sqrt(norm); // Infinity for a constant row: its products become NaN below
    for (let p = 0; p < nP; p++) z[base + p] = z[base + p]! * scale;
  }
  const out = new Float64Array(selected.length * nR);
  const full = options.regions === undefined;
  const store = (i: number, r: number, s: number, dot: number) => {
    // numpy's corrcoef clips to [-1, 1] as well; NaN (constant or empty row) stays NaN.
    const value = Number.isNaN(dot) ? Number.NaN : Math.max(-1, Math.min(1, dot));
    out[i * nR + s] = value;
    if (full) out[s * nR + r] = value;
  };
  for (let i = 0; i < selected.length; i++) {
    const r = selected[i]!;
    const rBase = r * nP;
    // With all rows requested the result is symmetric: compute s >= r and mirror. Four columns at
    // a time, so each z_r value is loaded once for four dot products.
    let s = full ? r : 0;
    for (; s + 3 < nR; s += 4) {
      const b0 = s * nP;
      const b1 = b0 + nP;
      const b2 = b1 + nP;
      const b3 = b2 + nP;
      let d0 = 0;
      let d1 = 0;
      let d2 = 0;
      let d3 = 0;
      for (let p = 0; p < nP; p++) {
        const zr = z[rBase + p]!;
        d0 += zr * z[b0 + p]!;
        d1 += zr * z[b1 + p]!;
        d2 += zr * z[b2 + p]!;
        d3 += zr * z[b3 + p]!;
      }
      store(i, r, s, d0);
      store(i, r, s + 1, d1);
      store(i, r, s + 2, d2);
      store(i, r, s + 3, d3);
    }
    for (; s < nR; s++) {
      const sBase = s * nP;
      let dot = 0;
      for (let p = 0; p < nP; p++) dot += z[rBase + p]! * z[sBase + p]!;
      store(i, r, s, dot);
    }
  }
  return out;
}
