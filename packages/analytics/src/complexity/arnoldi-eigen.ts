// Eigenvalues of largest modulus of a dense real non-symmetric matrix by Arnoldi with full
// (twice-is-enough) reorthogonalisation and no restart (Arnoldi 1951; Saad, Numerical Methods for
// Large Eigenvalue Problems, 2nd ed., §6.2). Ritz pairs come from the small Hessenberg matrix via
// `hessenbergEigenvalues` / `hessenbergEigenvector`; a pair has converged when its residual
// h_{m+1,m}·|y_m| is below tolerance·‖A‖∞. O(n²) per step instead of the O(n³) of dense QR.
import { type HessenbergForm, hessenbergEigenvalues } from "./hessenberg-eigenvalues.ts";
import { type ComplexVector, hessenbergEigenvector, normaliseLikeLapack } from "./hessenberg-eigenvector.ts";

export interface ArnoldiResult {
  /** The `count` Ritz values of largest modulus, in decreasing modulus (ties in Ritz order). */
  readonly real: Float64Array;
  readonly imaginary: Float64Array;
  /** Eigenvector (unit 2-norm, LAPACK phase) of A for the i-th of those values. */
  vector(index: number): ComplexVector;
  readonly converged: boolean;
  readonly dimension: number;
}

/**
 * Largest-modulus eigenpairs of the n x n row-major `matrix`. Stops when the `count` leading Ritz
 * pairs have converged (and the count-th is separated in modulus from the next), or at
 * `maxDimension` with `converged` false. The input is not modified.
 */
export function arnoldiEigen(
  matrix: Float64Array,
  n: number,
  count: number,
  maxDimension = Math.min(n, 300),
  tolerance = 1e-12,
): ArnoldiResult {
  const limit = Math.min(maxDimension, n);
  const basis = new Float64Array((limit + 1) * n);
  const h = new Float64Array((limit + 1) * limit); // h[i * limit + j]
  let norm = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += Math.abs(matrix[i * n + j]!);
    norm = Math.max(norm, s);
  }
  let seed = 987654321;
  let length = 0;
  for (let i = 0; i < n; i++) {
    seed = (seed * 16807) % 2147483647;
    basis[i] = seed / 2147483647 - 0.5;
    length += basis[i]! ** 2;
  }
  for (let i = 0; i < n; i++) basis[i]! /= Math.sqrt(length);
  const w = new Float64Array(n);
  let m = 0;
  let last: Ritz | null = null;
  while (m < limit) {
    const offset = m * n;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += matrix[i * n + j]! * basis[offset + j]!;
      w[i] = s;
    }
    for (let pass = 0; pass < 2; pass++) {
      for (let k = 0; k <= m; k++) {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += basis[k * n + i]! * w[i]!;
        h[k * limit + m]! += dot;
        for (let i = 0; i < n; i++) w[i]! -= dot * basis[k * n + i]!;
      }
    }
    let next = 0;
    for (let i = 0; i < n; i++) next += w[i]! * w[i]!;
    next = Math.sqrt(next);
    h[(m + 1) * limit + m] = next;
    m++;
    const breakdown = next <= 1e-14 * norm;
    if (!breakdown) for (let i = 0; i < n; i++) basis[m * n + i] = w[i]! / next;
    if (m >= count + 1 && (m % 5 === 0 || m === limit || breakdown)) {
      last = ritz(h, limit, m, count);
      const settled = last.residualFactors.every((f) => f * next <= tolerance * norm) && last.separated;
      if (settled || breakdown) return result(last, basis, n, m, settled || breakdown);
    }
  }
  return result(last ?? ritz(h, limit, m, count), basis, n, m, false);
}

interface Ritz {
  readonly form: HessenbergForm;
  readonly order: number[];
  readonly real: Float64Array;
  readonly imaginary: Float64Array;
  /** |y_m| of each leading Ritz vector (unit norm): residual = h_{m+1,m}·|y_m|. */
  readonly residualFactors: number[];
  /** The count-th modulus is strictly above the next one. */
  readonly separated: boolean;
}

function ritz(h: Float64Array, limit: number, m: number, count: number): Ritz {
  const small = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) small[i * m + j] = h[i * limit + j]!;
  // H_m is already Hessenberg: an identity basis (no reflectors) describes it.
  const form: HessenbergForm = {
    size: m,
    hessenberg: small,
    reflectors: new Float64Array(m * m),
    reflectorScale: new Float64Array(m),
  };
  const { real, imaginary } = hessenbergEigenvalues(form);
  const modulus = (i: number) => Math.hypot(real[i]!, imaginary[i]!);
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => modulus(b) - modulus(a) || a - b);
  const take = Math.min(count, m);
  const residualFactors = order.slice(0, take).map((k) => {
    const y = hessenbergEigenvector(form, real[k]!, imaginary[k]!);
    return Math.hypot(y.real[m - 1]!, y.imaginary[m - 1]!);
  });
  const separated = take === m || modulus(order[take - 1]!) > modulus(order[take]!) * (1 + 1e-9);
  return { form, order, real, imaginary, residualFactors, separated };
}

function result(r: Ritz, basis: Float64Array, n: number, m: number, converged: boolean): ArnoldiResult {
  const take = Math.min(r.residualFactors.length, m);
  const chosen = r.order.slice(0, take);
  return {
    real: Float64Array.from(chosen, (k) => r.real[k]!),
    imaginary: Float64Array.from(chosen, (k) => r.imaginary[k]!),
    converged,
    dimension: m,
    vector(index: number): ComplexVector {
      const k = chosen[index]!;
      const y = hessenbergEigenvector(r.form, r.real[k]!, r.imaginary[k]!);
      const re = new Float64Array(n);
      const im = new Float64Array(n);
      for (let j = 0; j < m; j++) {
        const yr = y.real[j]!;
        const yi = y.imaginary[j]!;
        for (let i = 0; i < n; i++) {
          re[i]! += yr * basis[j * n + i]!;
          im[i]! += yi * basis[j * n + i]!;
        }
      }
      return normaliseLikeLapack(re, im);
    },
  };
}
