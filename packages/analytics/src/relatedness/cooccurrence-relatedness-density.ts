// EconGeo relatedness density on co-occurrence relatedness (Boschma, Balland & Kogler 2015;
// reference §4.8): `relatedness_density` RD_rp = round(100 Σ_q M_rq R_qp / Σ_q R_qp, 2), and its
// internal / external parts and averages (`relatedness_density_int`, `_ext`, `_int_avg`,
// `_ext_avg`), which round the same share to 0 dp. Hidden rounding reproduced with R's `round()`.
import { roundR } from "../common/round-r.ts";

export interface CooccurrenceRelatednessDensity {
  /** `relatedness_density`: 0-100, 2 dp, row-major R x P. */
  readonly density: Float64Array;
  /** `relatedness_density_int`: round(100·share, 0) × M_rp where M_rp ≠ 0, NaN (R's NA) elsewhere. */
  readonly internal: Float64Array;
  /** `relatedness_density_ext`: round(100·share, 0) where M_rp = 0, NaN where M_rp = 1. */
  readonly external: Float64Array;
  /** `relatedness_density_int_avg` ("coherence"), 0 dp, per region. */
  readonly internalAverage: Float64Array;
  /** `relatedness_density_ext_avg` ("technological flexibility"), 0 dp, per region. */
  readonly externalAverage: Float64Array;
  /** EconGeo warns when the region x activity matrix has entries > 1. */
  readonly hasEntriesAboveOne: boolean;
}

/**
 * All EconGeo relatedness-density outputs for levels M (R x P row-major, normally 0/1) and a
 * relatedness matrix R (P x P row-major, e.g. `cooccurrenceRelatedness(C)`). A column of R summing
 * to 0 gives NaN. Cost nnz(M)·P (dense product, like EconGeo's `mat %*% relatedness`).
 * Example (reference §6.10): the toy with prob relatedness gives RD(R3, I1) = 76.40.
 */
export function cooccurrenceRelatednessDensity(
  levels: ArrayLike<number>,
  nRegions: number,
  nActivities: number,
  relatedness: ArrayLike<number>,
): CooccurrenceRelatednessDensity {
  const nP = nActivities;
  const columnTotal = new Float64Array(nP);
  for (let q = 0; q < nP; q++) for (let p = 0; p < nP; p++) columnTotal[p]! += relatedness[q * nP + p]!;
  const size = nRegions * nP;
  const density = new Float64Array(size);
  const internal = new Float64Array(size);
  const external = new Float64Array(size);
  const internalAverage = new Float64Array(nRegions);
  const externalAverage = new Float64Array(nRegions);
  const share = new Float64Array(nP);
  let hasEntriesAboveOne = false;
  for (let r = 0; r < nRegions; r++) {
    share.fill(0);
    for (let q = 0; q < nP; q++) {
      const m = levels[r * nP + q]!;
      if (m > 1) hasEntriesAboveOne = true;
      if (m === 0) continue;
      for (let p = 0; p < nP; p++) share[p]! += m * relatedness[q * nP + p]!;
    }
    let internalSum = 0;
    let internalWeight = 0;
    let externalSum = 0;
    let externalWeight = 0;
    for (let p = 0; p < nP; p++) {
      const i = r * nP + p;
      const percent = (share[p]! / columnTotal[p]!) * 100;
      density[i] = roundR(percent, 2);
      const whole = roundR(percent, 0);
      const m = levels[i]!;
      // _int: mat[mat == 0] <- NA; reldens * mat.
      internal[i] = m === 0 ? Number.NaN : whole * m;
      // rowSums(..., na.rm = TRUE): a NaN share drops from the sum, not from the weight.
      if (m !== 0) {
        if (!Number.isNaN(whole)) internalSum += whole * m;
        internalWeight += m;
      }
      // _ext: mat[mat == 1] <- NA; mat[mat == 0] <- 1; reldens * mat.
      const factor = m === 1 ? Number.NaN : m === 0 ? 1 : m;
      external[i] = whole * factor;
      if (!Number.isNaN(factor)) {
        if (!Number.isNaN(whole)) externalSum += whole * factor;
        externalWeight += factor;
      }
    }
    internalAverage[r] = roundR(internalSum / internalWeight, 0);
    externalAverage[r] = roundR(externalSum / externalWeight, 0);
  }
  return { density, internal, external, internalAverage, externalAverage, hasEntriesAboveOne };
}
