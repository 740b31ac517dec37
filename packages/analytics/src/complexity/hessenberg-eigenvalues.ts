// Eigenvalues of a dense real (non-symmetric) matrix: Householder reduction to upper Hessenberg
// form (EISPACK `orthes`, Martin & Wilkinson 1968) and the Francis double-shift QR iteration
// (EISPACK `hqr`, Martin, Peters & Wilkinson 1970; as in Press et al., Numerical Recipes §11.6).
// O(n^3), dense: used only where a tool runs a dense non-symmetric `eigen()` (EconGeo, on a rounded
// M̃ that is no longer similar to a symmetric matrix).
import { AnalyticsError } from "../common/analytics-error.ts";

export interface HessenbergForm {
  readonly size: number;
  /** Upper Hessenberg H = Qᵀ A Q, n x n row-major, exact zeros below the sub-diagonal. */
  readonly hessenberg: Float64Array;
  /** Householder vectors u_m (row m, entries m..n-1) and their h_m: P_m = I − u_m u_mᵀ / h_m. */
  readonly reflectors: Float64Array;
  readonly reflectorScale: Float64Array;
}

/** Reduces the n x n row-major `matrix` to Hessenberg form (the input is not modified). */
export function hessenbergReduce(matrix: ArrayLike<number>, n: number): HessenbergForm {
  const h = Float64Array.from(matrix);
  const reflectors = new Float64Array(n * n);
  const reflectorScale = new Float64Array(n);
  const u = new Float64Array(n);
  const f = new Float64Array(n);
  for (let m = 1; m < n - 1; m++) {
    let scale = 0;
    for (let i = m; i < n; i++) scale += Math.abs(h[i * n + m - 1]!);
    if (scale === 0) continue;
    let hm = 0;
    for (let i = n - 1; i >= m; i--) {
      u[i] = h[i * n + m - 1]! / scale;
      hm += u[i]! * u[i]!;
    }
    let g = Math.sqrt(hm);
    if (u[m]! > 0) g = -g;
    hm -= u[m]! * g;
    u[m] = u[m]! - g;
    // H := (I − u uᵀ/h) H, row by row so the access stays contiguous: f = Hᵀu / h first.
    f.fill(0, m);
    for (let i = m; i < n; i++) {
      const ui = u[i]!;
      for (let j = m; j < n; j++) f[j]! += ui * h[i * n + j]!;
    }
    for (let j = m; j < n; j++) f[j]! /= hm;
    for (let i = m; i < n; i++) {
      const ui = u[i]!;
      for (let j = m; j < n; j++) h[i * n + j]! -= f[j]! * ui;
    }
    // H := H (I − u uᵀ/h).
    for (let i = 0; i < n; i++) {
      let g = 0;
      for (let j = m; j < n; j++) g += u[j]! * h[i * n + j]!;
      g /= hm;
      for (let j = m; j < n; j++) h[i * n + j]! -= g * u[j]!;
    }
    for (let i = m; i < n; i++) reflectors[m * n + i] = u[i]!;
    reflectorScale[m] = hm;
    h[m * n + m - 1] = scale * g;
    for (let i = m + 1; i < n; i++) h[i * n + m - 1] = 0;
  }
  return { size: n, hessenberg: h, reflectors, reflectorScale };
}

/** x := Q x, i.e. maps an eigenvector of H to the corresponding eigenvector of A (in place). */
export function applyHessenbergBasis(form: HessenbergForm, x: Float64Array): void {
  const { size: n, reflectors, reflectorScale } = form;
  for (let m = n - 2; m >= 1; m--) {
    const hm = reflectorScale[m]!;
    if (hm === 0) continue;
    let f = 0;
    for (let i = m; i < n; i++) f += reflectors[m * n + i]! * x[i]!;
    f /= hm;
    for (let i = m; i < n; i++) x[i]! -= f * reflectors[m * n + i]!;
  }
}

export interface ComplexValues {
  readonly real: Float64Array;
  readonly imaginary: Float64Array;
}

/**
 * All eigenvalues of an upper Hessenberg matrix (complex pairs adjacent, positive imaginary part
 * first). Throws `invalid-value` after 30·max(10, n) iterations without deflation (LAPACK's limit).
 */
export function hessenbergEigenvalues(form: HessenbergForm): ComplexValues {
  const n = form.size;
  // 1-based indices (row/column 0 unused, stride N = n + 1) keep the transcription of the published
  // algorithm checkable line by line: a[i * N + j] is the book's a[i][j].
  const N = n + 1;
  const a = new Float64Array(N * N);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) a[(i + 1) * N + j + 1] = form.hessenberg[i * n + j]!;
  const wr = new Float64Array(n);
  const wi = new Float64Array(n);
  const sign = (x: number, y: number) => (y >= 0 ? Math.abs(x) : -Math.abs(x));
  let anorm = 0;
  for (let i = 1; i <= n; i++) for (let j = Math.max(i - 1, 1); j <= n; j++) anorm += Math.abs(a[i * N + j]!);
  const iterationLimit = 30 * Math.max(10, n);
  let rowNorm = 0;
  for (let i = 1; i <= n; i++) {
    let sum = 0;
    for (let j = Math.max(i - 1, 1); j <= n; j++) sum += Math.abs(a[i * N + j]!);
    rowNorm = Math.max(rowNorm, sum);
  }
  const negligible = 2 ** -52 * rowNorm;
  let nn = n;
  let t = 0;
  let p = 0;
  let q = 0;
  let r = 0;
  let s = 0;
  let w = 0;
  let x = 0;
  let y = 0;
  let z = 0;
  while (nn >= 1) {
    let its = 0;
    let l: number;
    do {
      for (l = nn; l >= 2; l--) {
        s = Math.abs(a[(l - 1) * N + (l - 1)]!) + Math.abs(a[l * N + l]!);
        if (s === 0) s = anorm;
        // Besides the local test, deflate sub-diagonals below eps·‖H‖∞ (a normwise backward-stable
        // perturbation): without it, big clusters of tiny eigenvalues - M̃ of regions with identical
        // activity sets has many - never meet the local test.
        const sub = Math.abs(a[l * N + (l - 1)]!);
        if (sub + s === s || sub <= negligible) {
          a[l * N + (l - 1)] = 0;
          break;
        }
      }
      x = a[nn * N + nn]!;
      if (l === nn) {
        wr[nn - 1] = x + t;
        wi[nn - 1] = 0;
        nn--;
      } else {
        y = a[(nn - 1) * N + (nn - 1)]!;
        w = a[nn * N + (nn - 1)]! * a[(nn - 1) * N + nn]!;
        if (l === nn - 1) {
          p = 0.5 * (y - x);
          q = p * p + w;
          z = Math.sqrt(Math.abs(q));
          x += t;
          if (q >= 0) {
            z = p + sign(z, p);
            wr[nn - 2] = wr[nn - 1] = x + z;
            if (z !== 0) wr[nn - 1] = x - w / z;
            wi[nn - 2] = wi[nn - 1] = 0;
          } else {
            wr[nn - 2] = wr[nn - 1] = x + p;
            wi[nn - 2] = z;
            wi[nn - 1] = -z;
          }
          nn -= 2;
        } else {
          // EISPACK gives up after 30 iterations; LAPACK dlahqr allows 30·max(10, n) and keeps taking
          // exceptional shifts every 10, which large clusters of (near-)zero eigenvalues need.
          if (its === iterationLimit)
            throw new AnalyticsError("invalid-value", "Hessenberg QR did not converge.");
          if (its > 0 && its % 10 === 0) {
            t += x;
            for (let i = 1; i <= nn; i++) a[i * N + i] = a[i * N + i]! - x;
            s = Math.abs(a[nn * N + (nn - 1)]!) + Math.abs(a[(nn - 1) * N + (nn - 2)]!);
            y = x = 0.75 * s;
            w = -0.4375 * s * s;
          }
          ++its;
          let m: number;
          for (m = nn - 2; m >= l; m--) {
            z = a[m * N + m]!;
            r = x - z;
            s = y - z;
            p = (r * s - w) / a[(m + 1) * N + m]! + a[m * N + (m + 1)]!;
            q = a[(m + 1) * N + (m + 1)]! - z - r - s;
            r = a[(m + 2) * N + (m + 1)]!;
            s = Math.abs(p) + Math.abs(q) + Math.abs(r);
            p /= s;
            q /= s;
            r /= s;
            if (m === l) break;
            const u = Math.abs(a[m * N + (m - 1)]!) * (Math.abs(q) + Math.abs(r));
            const v =
              Math.abs(p) *
              (Math.abs(a[(m - 1) * N + (m - 1)]!) + Math.abs(z) + Math.abs(a[(m + 1) * N + (m + 1)]!));
            if (u + v === v) break;
          }
          for (let i = m + 2; i <= nn; i++) {
            a[i * N + (i - 2)] = 0;
            if (i !== m + 2) a[i * N + (i - 3)] = 0;
          }
          for (let k = m; k <= nn - 1; k++) {
            if (k !== m) {
              p = a[k * N + (k - 1)]!;
              q = a[(k + 1) * N + (k - 1)]!;
              r = 0;
              if (k !== nn - 1) r = a[(k + 2) * N + (k - 1)]!;
              x = Math.abs(p) + Math.abs(q) + Math.abs(r);
              if (x !== 0) {
                p /= x;
                q /= x;
                r /= x;
              }
            }
            s = sign(Math.sqrt(p * p + q * q + r * r), p);
            if (s !== 0) {
              if (k === m) {
                if (l !== m) a[k * N + (k - 1)] = -a[k * N + (k - 1)]!;
              } else a[k * N + (k - 1)] = -s * x;
              p += s;
              x = p / s;
              y = q / s;
              z = r / s;
              q /= p;
              r /= p;
              for (let j = k; j <= nn; j++) {
                p = a[k * N + j]! + q * a[(k + 1) * N + j]!;
                if (k !== nn - 1) {
                  p += r * a[(k + 2) * N + j]!;
                  a[(k + 2) * N + j] = a[(k + 2) * N + j]! - p * z;
                }
                a[(k + 1) * N + j] = a[(k + 1) * N + j]! - p * y;
                a[k * N + j] = a[k * N + j]! - p * x;
              }
              const mmin = Math.min(nn, k + 3);
              for (let i = l; i <= mmin; i++) {
                p = x * a[i * N + k]! + y * a[i * N + (k + 1)]!;
                if (k !== nn - 1) {
                  p += z * a[i * N + (k + 2)]!;
                  a[i * N + (k + 2)] = a[i * N + (k + 2)]! - p * r;
                }
                a[i * N + (k + 1)] = a[i * N + (k + 1)]! - p * q;
                a[i * N + k] = a[i * N + k]! - p;
              }
            }
          }
        }
      }
    } while (l < nn - 1);
  }
  return { real: wr, imaginary: wi };
}
