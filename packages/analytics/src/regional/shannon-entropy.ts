// Shannon (1948) entropy of a region's activity mix in bits, H_r = -Σ_p s_rp log2 s_rp (EconGeo
// `entropy`; analytics reference §4.12). EconGeo computes -Σ s log2(s + 1e-9) and rounds to 3 dp:
// the 1e-9 avoids log(0) but biases every term (by about 1.4e-9 / s bits), so "exact" uses
// 0·log 0 = 0 instead and "econgeo" reproduces the tool.
import { roundR } from "../common/round-r.ts";
import { type RegionActivityMatrix, regionTotals } from "../matrix/region-activity-matrix.ts";
import { type RegionalConventionOptions, resolveConvention } from "./regional-convention.ts";

const ECONGEO_LOG_OFFSET = 1e-9;

/**
 * Entropy per region in bits (log base 2): 0 for a single activity, log2(P) for P equal activities.
 * NaN for an all-zero region. `convention: "econgeo"` gives EconGeo `entropy(mat)`: +1e-9 inside the
 * log and rounded to 3 dp.
 * Example: x = [[1, 1, 0, 0]] gives 1 (exact); EconGeo gives round(-2·0.5·log2(0.5 + 1e-9), 3) = 1.
 */
export function shannonEntropy(
  matrix: RegionActivityMatrix,
  options: RegionalConventionOptions = {},
): Float64Array {
  const econgeo = resolveConvention(options) === "econgeo";
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const totals = regionTotals(matrix);
  const v = matrix.values;
  const out = new Float64Array(nR);
  for (let r = 0; r < nR; r++) {
    const total = totals[r]!;
    if (!(total > 0)) {
      out[r] = Number.NaN;
      continue;
    }
    const base = r * nP;
    let sum = 0;
    for (let p = 0; p < nP; p++) {
      const x = v[base + p]!;
      if (x === 0) continue; // 0·log 0 = 0; EconGeo's 0·log2(1e-9) is 0 as well
      const s = x / total;
      sum -= s * Math.log2(econgeo ? s + ECONGEO_LOG_OFFSET : s);
    }
    out[r] = econgeo ? roundR(sum, 3) : sum;
  }
  return out;
}
