// Implicit QL with Wilkinson shifts for a symmetric tridiagonal matrix: EISPACK `tql2` (Bowdler,
// Martin, Reinsch & Wilkinson 1968), in the 0-based form popularised by JAMA. Plane rotations act on
// the columns of an accumulation matrix Z one row at a time, so a caller may accumulate any subset of
// rows: the identity (eigenvectors of T), the last row only (Lanczos residual estimates, O(n^2)), or
// the Householder basis of `tred2` (eigenvectors of a dense matrix).
import { AnalyticsError } from "../common/analytics-error.ts";

export interface TridiagonalEigenResult {
  /** Eigenvalues, sorted descending. */
  readonly values: Float64Array;
  /**
   * The accumulated rows, `rows x n` row-major, columns permuted to follow `values`: with Z0 = I,
   * column j is the unit eigenvector of T for `values[j]`.
   */
  readonly vectors: Float64Array;
}

/**
 * Eigen-decomposition of the symmetric tridiagonal matrix with diagonal `diagonal` (length n) and
 * off-diagonal `offDiagonal` (`offDiagonal[i]` couples i and i + 1; entries from n - 1 on are ignored).
 * `initial` is the `rows x n` matrix Z0 whose rows are carried through the rotations (default: the
 * n x n identity). Inputs are not modified. Throws `invalid-value` if QL fails to converge (it does
 * not, in practice, within 30 sweeps per eigenvalue).
 *
 * @example tridiagonalEigen([2, 2], [1]).values // Float64Array [3, 1]
 */
export function tridiagonalEigen(
  diagonal: ArrayLike<number>,
  offDiagonal: ArrayLike<number>,
  initial?: Float64Array,
): TridiagonalEigenResult {
  const n = diagonal.length;
  const d = Float64Array.from(diagonal);
  const e = new Float64Array(n);
  for (let i = 0; i < n - 1; i++) e[i] = offDiagonal[i]!;
  const z = initial ? Float64Array.from(initial) : identity(n);
  const rows = n === 0 ? 0 : z.length / n;
  const eps = 2 ** -52;
  let f = 0;
  let tst1 = 0;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]!) + Math.abs(e[l]!));
    let m = l;
    while (m < n - 1 && Math.abs(e[m]!) > eps * tst1) m++;
    if (m > l) {
      let iterations = 0;
      do {
        if (++iterations > 30 * n + 30) {
          throw new AnalyticsError("invalid-value", "Tridiagonal QL did not converge.");
        }
        let g = d[l]!;
        let p = (d[l + 1]! - g) / (2 * e[l]!);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l]! / (p + r);
        d[l + 1] = e[l]! * (p + r);
        const dl1 = d[l + 1]!;
        let h = g - d[l]!;
        for (let i = l + 2; i < n; i++) d[i]! -= h;
        f += h;
        p = d[m]!;
        let c = 1;
        let c2 = 1;
        let c3 = 1;
        const el1 = e[l + 1]!;
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i]!;
          h = c * p;
          r = Math.hypot(p, e[i]!);
          e[i + 1] = s * r;
          s = e[i]! / r;
          c = p / r;
          p = c * d[i]! - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]!);
          for (let k = 0, base = 0; k < rows; k++, base += n) {
            const zi1 = z[base + i + 1]!;
            const zi = z[base + i]!;
            z[base + i + 1] = s * zi + c * zi1;
            z[base + i] = c * zi - s * zi1;
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]!) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]!) > eps * tst1);
    }
    d[l] = d[l]! + f;
    e[l] = 0;
  }
  return sortDescending(d, z, rows);
}

function identity(n: number): Float64Array {
  const z = new Float64Array(n * n);
  for (let i = 0; i < n; i++) z[i * n + i] = 1;
  return z;
}

function sortDescending(d: Float64Array, z: Float64Array, rows: number): TridiagonalEigenResult {
  const n = d.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => d[b]! - d[a]! || a - b);
  const values = new Float64Array(n);
  const vectors = new Float64Array(rows * n);
  for (let j = 0; j < n; j++) {
    const from = order[j]!;
    values[j] = d[from]!;
    for (let k = 0; k < rows; k++) vectors[k * n + j] = z[k * n + from]!;
  }
  return { values, vectors };
}
