// EconGeo 2.0 `kci()` / `tci()` (Balland & Rigby 2017): the second eigenvector of M̃^R (kci) or
// M̃^P (tci) after R's `round(·, 4)`, from R's `eigen()` (LAPACK `dgeev`, ordered by decreasing
// modulus), scaled v / Σv (analytics reference §3.1, §6.4-6.5). The rounding breaks the similarity to
// a symmetric matrix, so this path needs a general real eigen-solver; it is dense and O(n^3), like
// the tool.
import { roundR } from "../common/round-r.ts";
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import { arnoldiEigen } from "./arnoldi-eigen.ts";
import { sparseDiversity, sparseUbiquity } from "./compact-presence.ts";
import { hessenbergEigenvalues, hessenbergReduce } from "./hessenberg-eigenvalues.ts";
import { hessenbergEigenvector } from "./hessenberg-eigenvector.ts";

/** Sides up to this size are solved by dense QR outright (exact, and cheap at this size). */
export const econgeoDenseSize = 150;
/** Largest side for which the rounded matrix is built (n² doubles: 32 MB at 2000); beyond, callers fall back. */
export const econgeoSizeLimit = 2000;
/** Largest side for dense QR when Arnoldi does not converge (about 2-5 s at 1000 in V8). */
export const econgeoDenseLimit = 1000;

export interface EcongeoEigenvector {
  /** Re(v) / Σ Re(v) for the eigenvalue of second-largest modulus, before EconGeo's sign rule. */
  readonly values: Float64Array;
  /** That eigenvalue (real and imaginary parts). */
  readonly eigenvalue: readonly [number, number];
  /** "dense QR" or "Arnoldi". */
  readonly solver: string;
}

/**
 * The EconGeo eigenvector of the rounded M̃ on `side` ("regions": `kci`, "activities": `tci`),
 * before the sign rule, or null when the side exceeds `econgeoSizeLimit` (or Arnoldi does not
 * converge above `econgeoDenseLimit`). M must have no empty row or column. The rounded matrix is
 * built as R's `(mat / rowSums(mat)) %*% (t(mat) / colSums(mat))` with reference-BLAS summation
 * order (ascending inner index), then `round(·, 4)`. Small sides use dense QR on all eigenvalues,
 * as R's `eigen()` does; larger ones Arnoldi for the three of largest modulus.
 *
 * @example econgeoEigenvector(toy, "regions")?.values // ±(kci of reference §6.4)
 */
export function econgeoEigenvector(
  m: SparsePresence,
  side: "regions" | "activities",
): EcongeoEigenvector | null {
  const n = side === "regions" ? m.nRegions : m.nActivities;
  if (n > econgeoSizeLimit) return null;
  const matrix = roundedTransition(m, side);
  if (n > econgeoDenseSize) {
    const arnoldi = arnoldiEigen(matrix, n, 3);
    if (arnoldi.converged) {
      return scaled(arnoldi.vector(1).real, arnoldi.real[1]!, arnoldi.imaginary[1]!, "Arnoldi");
    }
    if (n > econgeoDenseLimit) return null;
  }
  const form = hessenbergReduce(matrix, n);
  const { real, imaginary } = hessenbergEigenvalues(form);
  // R: ord <- sort.list(Mod(z$values), decreasing = TRUE); ties keep the solver's order.
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => Math.hypot(real[b]!, imaginary[b]!) - Math.hypot(real[a]!, imaginary[a]!) || a - b,
  );
  const k = order[1]!;
  return scaled(
    hessenbergEigenvector(form, real[k]!, imaginary[k]!).real,
    real[k]!,
    imaginary[k]!,
    "dense QR",
  );
}

function scaled(vector: Float64Array, re: number, im: number, solver: string): EcongeoEigenvector {
  let sum = 0;
  for (const v of vector) sum += v;
  return { values: vector.map((v) => v / sum), eigenvalue: [re, im], solver };
}

/** round(M̃, 4), n x n dense row-major, M̃_ij = Σ_k (M_ik / k_i)(M_jk / k_k) summed in ascending k. */
export function roundedTransition(m: SparsePresence, side: "regions" | "activities"): Float64Array {
  const regions = side === "regions";
  const n = regions ? m.nRegions : m.nActivities;
  const start = regions ? m.rowStart : m.colStart;
  const index = regions ? m.rowActivities : m.colRegions;
  const backStart = regions ? m.colStart : m.rowStart;
  const backIndex = regions ? m.colRegions : m.rowActivities;
  const ownDegree = regions ? sparseDiversity(m) : sparseUbiquity(m);
  const otherDegree = regions ? sparseUbiquity(m) : sparseDiversity(m);
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const a = 1 / ownDegree[i]!;
    const row = i * n;
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const via = index[k]!;
      const product = a * (1 / otherDegree[via]!);
      for (let t = backStart[via]!; t < backStart[via + 1]!; t++) out[row + backIndex[t]!]! += product;
    }
    for (let j = 0; j < n; j++) out[row + j] = roundR(out[row + j]!, 4);
  }
  return out;
}
