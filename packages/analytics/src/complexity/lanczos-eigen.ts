// Top eigenpairs of a symmetric operator by Lanczos with full reorthogonalisation (Lanczos 1950;
// Golub & Van Loan, Matrix Computations, 4th ed., §10.1 and §10.3.1; "twice is enough" DGKS
// reorthogonalisation, Daniel, Gragg, Kaufman & Stewart 1976). The Krylov space is extended until the
// wanted Ritz pairs have residuals below tolerance × scale, or it is complete. Known eigenvectors
// (e.g. λ1 = 1 of M̃, ∝ D^{1/2}·1) can be deflated: the search runs in their orthogonal complement.
import { tridiagonalEigen } from "./tridiagonal-eigen.ts";

/** y = A x for a symmetric n x n A; `apply` must not keep or modify `x`. */
export interface SymmetricOperator {
  readonly size: number;
  apply(x: Float64Array, y: Float64Array): void;
}

export interface LanczosOptions {
  /** Number of largest eigenpairs wanted from the complement of `deflated`. */
  readonly count: number;
  /** Orthonormal vectors (eigenvectors of A) excluded from the search. */
  readonly deflated?: readonly Float64Array[];
  /** Residual tolerance relative to `scale`; default 1e-13. */
  readonly tolerance?: number;
  /** Size of A's spectrum used to make the tolerance relative (e.g. ‖A‖); default the largest |Ritz value|. */
  readonly scale?: number;
  /** Cap on the Krylov dimension; default the full dimension of the complement. */
  readonly maxDimension?: number;
  /** Seed of the start vector (a fixed xorshift stream: results are deterministic). */
  readonly seed?: number;
}

export interface LanczosResult {
  /** The largest Ritz values, descending (fewer than `count` if the complement is smaller). */
  readonly values: Float64Array;
  /** Unit Ritz vectors, one per value. */
  readonly vectors: readonly Float64Array[];
  /** Residual norms ‖A y − θ y‖ (estimates from the tridiagonal matrix). */
  readonly residuals: Float64Array;
  /** Final Krylov dimension and number of operator applications. */
  readonly dimension: number;
  /** True if every wanted pair met the tolerance or the space was complete. */
  readonly converged: boolean;
}

/**
 * Largest `count` eigenpairs of the symmetric operator `a` outside the span of `deflated`. Cost per
 * step: one `apply` plus O(n·m) reorthogonalisation; memory n·m for the basis (m = final dimension).
 *
 * @example lanczosEigen(operator, { count: 2, deflated: [u1], scale: 1 }).values
 */
export function lanczosEigen(a: SymmetricOperator, options: LanczosOptions): LanczosResult {
  const n = a.size;
  const deflated = options.deflated ?? [];
  const available = Math.max(0, n - deflated.length);
  const want = Math.min(options.count, available);
  const maxDimension = Math.min(options.maxDimension ?? available, available);
  const tolerance = options.tolerance ?? 1e-13;
  if (want <= 0 || maxDimension <= 0) return empty();
  // The basis grows by doubling: most solves stop after a few dozen vectors, far below n.
  let basis = new Float64Array(Math.min(maxDimension, 32) * n);
  const alpha = new Float64Array(maxDimension);
  const beta = new Float64Array(maxDimension);
  const random = xorshift(options.seed ?? 20240601);
  const w = new Float64Array(n);
  let q = freshVector(n, random, basis, 0, deflated);
  if (!q) return empty();
  let m = 0;
  let nextCheck = Math.min(maxDimension, Math.max(want + 4, 8));
  let converged = false;
  let residualNorm = 0;
  while (true) {
    if ((m + 1) * n > basis.length) {
      const grown = new Float64Array(Math.min(maxDimension, 2 * (basis.length / n)) * n);
      grown.set(basis);
      basis = grown;
    }
    basis.set(q, m * n);
    a.apply(q, w);
    let dot = 0;
    for (let i = 0; i < n; i++) dot += q[i]! * w[i]!;
    alpha[m] = dot;
    const previous = m > 0 ? beta[m - 1]! : 0;
    const prevOffset = (m - 1) * n;
    for (let i = 0; i < n; i++) {
      w[i] = w[i]! - dot * q[i]! - (m > 0 ? previous * basis[prevOffset + i]! : 0);
    }
    reorthogonalise(w, basis, m + 1, deflated);
    residualNorm = norm(w);
    m++;
    if (m >= maxDimension) {
      converged = m === available;
      break;
    }
    const scale = options.scale ?? Math.max(Math.abs(alpha[0]!), 1e-300);
    if (residualNorm <= 1e-14 * scale) {
      // Invariant subspace: continue from a fresh direction orthogonal to everything so far, so that a
      // start vector poor in some eigen-direction cannot hide that eigenvalue.
      beta[m - 1] = 0;
      const fresh = freshVector(n, random, basis, m, deflated);
      if (!fresh) {
        converged = true;
        break;
      }
      q = fresh;
      continue;
    }
    if (m >= nextCheck) {
      if (ritzConverged(alpha, beta, m, residualNorm, want, tolerance, options.scale)) {
        converged = true;
        break;
      }
      nextCheck = m + Math.max(4, Math.floor(m / 8));
    }
    beta[m - 1] = residualNorm;
    q = new Float64Array(n);
    for (let i = 0; i < n; i++) q[i] = w[i]! / residualNorm;
  }
  return ritzPairs(basis, alpha, beta, m, n, want, residualNorm, converged);
}

function empty(): LanczosResult {
  return {
    values: new Float64Array(0),
    vectors: [],
    residuals: new Float64Array(0),
    dimension: 0,
    converged: true,
  };
}

/**
 * Removes from w its components along basis[0..count) and `deflated` by classical Gram-Schmidt
 * (all projections from the same w, one sweep over the basis to dot and one to update), repeated
 * once when the norm drops below 1/√2 of its previous value (DGKS criterion).
 */
function reorthogonalise(
  w: Float64Array,
  basis: Float64Array,
  count: number,
  deflated: readonly Float64Array[],
) {
  const n = w.length;
  const h = new Float64Array(count);
  for (let pass = 0; pass < 2; pass++) {
    const before = norm(w);
    for (const u of deflated) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += u[i]! * w[i]!;
      for (let i = 0; i < n; i++) w[i]! -= dot * u[i]!;
    }
    for (let j = 0; j < count; j++) h[j] = dotAt(basis, j * n, w);
    for (let j = 0, offset = 0; j < count; j++, offset += n) {
      const c = h[j]!;
      for (let i = 0; i < n; i++) w[i]! -= c * basis[offset + i]!;
    }
    if (norm(w) > Math.SQRT1_2 * before) return;
  }
}

function norm(x: Float64Array): number {
  return Math.sqrt(dotAt(x, 0, x));
}

/** Σ u[offset + i]·w[i] with four accumulators (breaks the add latency chain). */
function dotAt(u: Float64Array, offset: number, w: Float64Array): number {
  const n = w.length;
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    a += u[offset + i]! * w[i]!;
    b += u[offset + i + 1]! * w[i + 1]!;
    c += u[offset + i + 2]! * w[i + 2]!;
    d += u[offset + i + 3]! * w[i + 3]!;
  }
  for (; i < n; i++) a += u[offset + i]! * w[i]!;
  return a + b + (c + d);
}

/** A random unit vector orthogonal to basis[0..count) and `deflated`, or null if none is left. */
function freshVector(
  n: number,
  random: () => number,
  basis: Float64Array,
  count: number,
  deflated: readonly Float64Array[],
): Float64Array | null {
  for (let attempt = 0; attempt < 3; attempt++) {
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++) v[i] = random() - 0.5;
    const start = norm(v);
    reorthogonalise(v, basis, count, deflated);
    reorthogonalise(v, basis, count, deflated);
    const left = norm(v);
    if (left > 1e-8 * start) {
      for (let i = 0; i < n; i++) v[i]! /= left;
      return v;
    }
  }
  return null;
}

function ritzConverged(
  alpha: Float64Array,
  beta: Float64Array,
  m: number,
  residualNorm: number,
  want: number,
  tolerance: number,
  scale: number | undefined,
): boolean {
  if (m < want) return false;
  const lastRow = new Float64Array(m);
  lastRow[m - 1] = 1;
  const { values, vectors } = tridiagonalEigen(alpha.subarray(0, m), beta.subarray(0, m - 1), lastRow);
  const size = scale ?? Math.max(Math.abs(values[0]!), Math.abs(values[m - 1]!), 1e-300);
  for (let i = 0; i < want; i++) {
    if (Math.abs(residualNorm * vectors[i]!) > tolerance * size) return false;
  }
  return true;
}

function ritzPairs(
  basis: Float64Array,
  alpha: Float64Array,
  beta: Float64Array,
  m: number,
  n: number,
  want: number,
  residualNorm: number,
  converged: boolean,
): LanczosResult {
  const { values, vectors: s } = tridiagonalEigen(alpha.subarray(0, m), beta.subarray(0, m - 1));
  const count = Math.min(want, m);
  const out: Float64Array[] = [];
  const residuals = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const y = new Float64Array(n);
    for (let j = 0; j < m; j++) {
      const c = s[j * m + i]!;
      if (c === 0) continue;
      const offset = j * n;
      for (let k = 0; k < n; k++) y[k]! += c * basis[offset + k]!;
    }
    const length = norm(y);
    for (let k = 0; k < n; k++) y[k]! /= length;
    out.push(y);
    residuals[i] = Math.abs(residualNorm * s[(m - 1) * m + i]!);
  }
  return { values: values.slice(0, count), vectors: out, residuals, dimension: m, converged };
}

/** Marsaglia's xorshift32, mapped to [0, 1). */
function xorshift(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}
