// Dense symmetric eigen-decomposition: Householder tridiagonalisation (EISPACK `tred2`, Martin,
// Reinsch & Wilkinson 1968, 0-based as in JAMA) followed by implicit QL (`tridiagonalEigen`).
// O(n^3): meant for tiny matrices and as an independent oracle for the Lanczos solver in tests.
import { tridiagonalEigen } from "./tridiagonal-eigen.ts";

export interface SymmetricEigenResult {
  /** Eigenvalues, sorted descending. */
  readonly values: Float64Array;
  /** n x n row-major; column j (`vectors[i * n + j]`) is the unit eigenvector for `values[j]`. */
  readonly vectors: Float64Array;
}

/**
 * All eigenpairs of the symmetric n x n row-major matrix `matrix` (only its lower triangle is read).
 * The input is not modified.
 *
 * @example symmetricEigenDense(Float64Array.of(2, 1, 1, 2), 2).values // [3, 1]
 */
export function symmetricEigenDense(matrix: ArrayLike<number>, n: number): SymmetricEigenResult {
  if (n === 0) return { values: new Float64Array(0), vectors: new Float64Array(0) };
  const v = Float64Array.from(matrix);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  for (let j = 0; j < n; j++) d[j] = v[(n - 1) * n + j]!;
  for (let i = n - 1; i > 0; i--) {
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k]!);
    if (scale === 0) {
      e[i] = d[i - 1]!;
      for (let j = 0; j < i; j++) {
        d[j] = v[(i - 1) * n + j]!;
        v[i * n + j] = 0;
        v[j * n + i] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k]! /= scale;
        h += d[k]! * d[k]!;
      }
      let f = d[i - 1]!;
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j]!;
        v[j * n + i] = f;
        g = e[j]! + v[j * n + j]! * f;
        for (let k = j + 1; k <= i - 1; k++) {
          g += v[k * n + j]! * d[k]!;
          e[k]! += v[k * n + j]! * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j]! /= h;
        f += e[j]! * d[j]!;
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j]! -= hh * d[j]!;
      for (let j = 0; j < i; j++) {
        f = d[j]!;
        g = e[j]!;
        for (let k = j; k <= i - 1; k++) v[k * n + j]! -= f * e[k]! + g * d[k]!;
        d[j] = v[(i - 1) * n + j]!;
        v[i * n + j] = 0;
      }
    }
    d[i] = h;
  }
  for (let i = 0; i < n - 1; i++) {
    v[(n - 1) * n + i] = v[i * n + i]!;
    v[i * n + i] = 1;
    const h = d[i + 1]!;
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = v[k * n + i + 1]! / h;
      for (let j = 0; j <= i; j++) {
        let g = 0;
        for (let k = 0; k <= i; k++) g += v[k * n + i + 1]! * v[k * n + j]!;
        for (let k = 0; k <= i; k++) v[k * n + j]! -= g * d[k]!;
      }
    }
    for (let k = 0; k <= i; k++) v[k * n + i + 1] = 0;
  }
  for (let j = 0; j < n; j++) {
    d[j] = v[(n - 1) * n + j]!;
    v[(n - 1) * n + j] = 0;
  }
  v[(n - 1) * n + n - 1] = 1;
  // tred2 leaves the sub-diagonal in e[1..n-1]; tridiagonalEigen wants it as e[0..n-2].
  const offDiagonal = e.subarray(1);
  return tridiagonalEigen(d, offDiagonal, v);
}
