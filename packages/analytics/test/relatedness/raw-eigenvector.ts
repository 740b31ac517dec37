// Test-only: the raw activity eigenvector kp that py-ecomplexity and Stata feed into COI / COG
// (reference §4.4, §4.9): the unit 2-norm eigenvector of M̃^P = D_p⁻¹ Mᵀ D_r⁻¹ M for λ2, signed so
// that kc = D_r⁻¹ M kp correlates positively with diversity. Power iteration on the symmetric form
// B = D_p^{-1/2} Mᵀ D_r⁻¹ M D_p^{-1/2}, deflating its known top eigenvector √k_p (λ1 = 1); dense and
// small-matrix only (the real solver lives in src/complexity).
import { pearsonCorrelation } from "../../src/common/descriptive.ts";

export interface RawComplexity {
  readonly kp: Float64Array;
  readonly kc: Float64Array;
  readonly lambda: number;
}

export function rawComplexity(presence: ArrayLike<number>, nR: number, nP: number): RawComplexity {
  const kr = new Float64Array(nR);
  const kpDeg = new Float64Array(nP);
  for (let r = 0; r < nR; r++) {
    for (let p = 0; p < nP; p++) {
      kr[r]! += presence[r * nP + p]!;
      kpDeg[p]! += presence[r * nP + p]!;
    }
  }
  const b = new Float64Array(nP * nP);
  for (let p = 0; p < nP; p++) {
    for (let q = 0; q < nP; q++) {
      let s = 0;
      for (let r = 0; r < nR; r++) s += (presence[r * nP + p]! * presence[r * nP + q]!) / kr[r]!;
      b[p * nP + q] = s / Math.sqrt(kpDeg[p]! * kpDeg[q]!);
    }
  }
  const top = Float64Array.from(kpDeg, (k) => Math.sqrt(k));
  const topNorm = Math.hypot(...top);
  for (let p = 0; p < nP; p++) top[p]! /= topNorm;
  let v = Float64Array.from({ length: nP }, (_, p) => 1 + p / nP);
  let lambda = 0;
  for (let iteration = 0; iteration < 500; iteration++) {
    let dot = 0;
    for (let p = 0; p < nP; p++) dot += v[p]! * top[p]!;
    for (let p = 0; p < nP; p++) v[p]! -= dot * top[p]!;
    const next = new Float64Array(nP);
    for (let p = 0; p < nP; p++) for (let q = 0; q < nP; q++) next[p]! += b[p * nP + q]! * v[q]!;
    const norm = Math.hypot(...next);
    lambda = norm;
    v = next.map((x) => x / norm);
  }
  const kp = v.map((x, p) => x / Math.sqrt(kpDeg[p]!));
  const kpNorm = Math.hypot(...kp);
  for (let p = 0; p < nP; p++) kp[p]! /= kpNorm;
  const kc = new Float64Array(nR);
  for (let r = 0; r < nR; r++) {
    for (let p = 0; p < nP; p++) kc[r]! += (presence[r * nP + p]! * kp[p]!) / kr[r]!;
  }
  if (pearsonCorrelation(kc, kr) < 0) {
    for (let p = 0; p < nP; p++) kp[p] = -kp[p]!;
    for (let r = 0; r < nR; r++) kc[r] = -kc[r]!;
  }
  return { kp, kc, lambda };
}
