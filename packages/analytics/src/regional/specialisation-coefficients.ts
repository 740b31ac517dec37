// Indices comparing a region's activity mix s_r with the whole system's mix S (EconGeo
// `krugman_index`, `spec_coeff`, `location_quotient_avg`, `hachman`; analytics reference §4.12).
// Krugman (1991) dissimilarity index, the Hoover coefficient of specialisation (Hoover & Giarratani
// 1985) = Krugman / 2, the share-weighted average location quotient and its inverse, the Hachman
// index. None of them is rounded in EconGeo. All depend on shares only, so they are unchanged when
// the matrix is scaled.
import { activityTotals, type RegionActivityMatrix, regionTotals } from "../matrix/region-activity-matrix.ts";

/** Σ_p |s_rp - S_p| (gap) or Σ_p s_rp² / S_p (quotient) per region; NaN for an all-zero region. */
function perRegion(matrix: RegionActivityMatrix, kind: "gap" | "quotient"): Float64Array {
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const xr = regionTotals(matrix);
  const xp = activityTotals(matrix);
  let total = 0;
  for (let r = 0; r < nR; r++) total += xr[r]!;
  const systemShare = new Float64Array(nP);
  for (let p = 0; p < nP; p++) systemShare[p] = xp[p]! / total;
  const v = matrix.values;
  const out = new Float64Array(nR);
  for (let r = 0; r < nR; r++) {
    const rowTotal = xr[r]!;
    if (!(rowTotal > 0)) {
      out[r] = Number.NaN;
      continue;
    }
    const base = r * nP;
    let sum = 0;
    if (kind === "gap") {
      for (let p = 0; p < nP; p++) sum += Math.abs(v[base + p]! / rowTotal - systemShare[p]!);
    } else {
      // LQ_rp · s_rp; a zero cell adds nothing (EconGeo sets the NaN LQ of an empty activity to 0).
      for (let p = 0; p < nP; p++) {
        const x = v[base + p]!;
        if (x === 0) continue;
        const s = x / rowTotal;
        sum += (s / systemShare[p]!) * s;
      }
    }
    out[r] = sum;
  }
  return out;
}

/**
 * Krugman specialisation index per region: Σ_p |s_rp - S_p|, from 0 (same mix as the system) to 2.
 * NaN for an all-zero region. Example: x = [[1, 0], [0, 1]] gives [1, 1].
 */
export function krugmanIndex(matrix: RegionActivityMatrix): Float64Array {
  return perRegion(matrix, "gap");
}

/**
 * Hoover coefficient of specialisation per region (EconGeo `spec_coeff`): ½ Σ_p |s_rp - S_p|, 0-1,
 * exactly half the Krugman index. NaN for an all-zero region. Example: x = [[1, 0], [0, 1]] gives [0.5, 0.5].
 */
export function hooverSpecialisationCoefficient(matrix: RegionActivityMatrix): Float64Array {
  const out = perRegion(matrix, "gap");
  for (let r = 0; r < out.length; r++) out[r] = out[r]! / 2;
  return out;
}

/**
 * Share-weighted average location quotient per region (EconGeo `location_quotient_avg`):
 * Σ_p LQ_rp s_rp, ≥ 1, with 1 meaning the region's mix equals the system's. NaN for an all-zero
 * region. Example: x = [[1, 0], [0, 1]] gives [2, 2] (LQ 2 on a share of 1).
 */
export function averageLocationQuotient(matrix: RegionActivityMatrix): Float64Array {
  return perRegion(matrix, "quotient");
}

/**
 * Hachman index per region: 1 / Σ_p LQ_rp s_rp, in (0, 1]; 1 = same structure as the system.
 * NaN for an all-zero region. Example: x = [[1, 0], [0, 1]] gives [0.5, 0.5].
 */
export function hachmanIndex(matrix: RegionActivityMatrix): Float64Array {
  const out = perRegion(matrix, "quotient");
  for (let r = 0; r < out.length; r++) out[r] = 1 / out[r]!;
  return out;
}
