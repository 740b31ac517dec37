// Eigenvector of a Hessenberg matrix for a known eigenvalue by inverse iteration (Wilkinson 1965;
// EISPACK `invit`): LU with adjacent-row partial pivoting of H − μI in O(n^2), a zero pivot replaced
// by eps·‖H‖, three solves from a vector of ones. Complex μ runs the same steps in complex arithmetic.
import { applyHessenbergBasis, type HessenbergForm } from "./hessenberg-eigenvalues.ts";

export interface ComplexVector {
  readonly real: Float64Array;
  readonly imaginary: Float64Array;
}

/**
 * Eigenvector of A (the matrix `form` was reduced from) for eigenvalue μ = `real` + i·`imaginary`,
 * normalised as LAPACK `dgeev` does: unit 2-norm, and for a complex vector the component of largest
 * modulus made real.
 */
export function hessenbergEigenvector(form: HessenbergForm, real: number, imaginary: number): ComplexVector {
  const n = form.size;
  const h = form.hessenberg;
  let norm = 0;
  for (let i = 0; i < n * n; i++) norm = Math.max(norm, Math.abs(h[i]!));
  const tiny = 2 ** -52 * Math.max(norm, Number.MIN_VALUE);
  // a = H − μI, as separate real and imaginary parts (the imaginary part lives on the diagonal only
  // before elimination, but fills the upper triangle as rows are combined).
  const ar = Float64Array.from(h);
  const ai = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    ar[i * n + i]! -= real;
    ai[i * n + i] = -imaginary;
  }
  const swapped = new Uint8Array(n);
  const lr = new Float64Array(n);
  const li = new Float64Array(n);
  for (let k = 0; k < n - 1; k++) {
    const d = k * n + k;
    const s = (k + 1) * n + k;
    if (Math.hypot(ar[s]!, ai[s]!) > Math.hypot(ar[d]!, ai[d]!)) {
      swapped[k] = 1;
      for (let j = k; j < n; j++) {
        swap(ar, k * n + j, (k + 1) * n + j);
        swap(ai, k * n + j, (k + 1) * n + j);
      }
    }
    if (ar[d] === 0 && ai[d] === 0) ar[d] = tiny;
    const [qr, qi] = divide(ar[s]!, ai[s]!, ar[d]!, ai[d]!);
    lr[k] = qr;
    li[k] = qi;
    for (let j = k + 1; j < n; j++) {
      const xr = ar[k * n + j]!;
      const xi = ai[k * n + j]!;
      ar[(k + 1) * n + j]! -= qr * xr - qi * xi;
      ai[(k + 1) * n + j]! -= qr * xi + qi * xr;
    }
  }
  const last = (n - 1) * n + n - 1;
  if (ar[last] === 0 && ai[last] === 0) ar[last] = tiny;
  let br = new Float64Array(n).fill(1);
  let bi = new Float64Array(n);
  for (let iteration = 0; iteration < 3; iteration++) {
    for (let k = 0; k < n - 1; k++) {
      if (swapped[k]) {
        swap(br, k, k + 1);
        swap(bi, k, k + 1);
      }
      br[k + 1]! -= lr[k]! * br[k]! - li[k]! * bi[k]!;
      bi[k + 1]! -= lr[k]! * bi[k]! + li[k]! * br[k]!;
    }
    for (let i = n - 1; i >= 0; i--) {
      let sr = br[i]!;
      let si = bi[i]!;
      for (let j = i + 1; j < n; j++) {
        sr -= ar[i * n + j]! * br[j]! - ai[i * n + j]! * bi[j]!;
        si -= ar[i * n + j]! * bi[j]! + ai[i * n + j]! * br[j]!;
      }
      const [xr, xi] = divide(sr, si, ar[i * n + i]!, ai[i * n + i]!);
      br[i] = xr;
      bi[i] = xi;
    }
    const scale = 1 / Math.sqrt(sumSquares(br) + sumSquares(bi));
    br = br.map((v) => v * scale);
    bi = bi.map((v) => v * scale);
  }
  applyHessenbergBasis(form, br);
  applyHessenbergBasis(form, bi);
  return normaliseLikeLapack(br, bi);
}

/** Scales to unit 2-norm and rotates the component of largest modulus onto the real axis (dgeev). */
export function normaliseLikeLapack(re: Float64Array, im: Float64Array): ComplexVector {
  const n = re.length;
  const length = Math.sqrt(sumSquares(re) + sumSquares(im));
  let largest = 0;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const size = re[i]! * re[i]! + im[i]! * im[i]!;
    if (size > largest) {
      largest = size;
      at = i;
    }
  }
  // Rotate by the phase of the largest component (dgeev: dlartg on that component), then scale.
  const modulus = Math.sqrt(largest);
  const cr = modulus === 0 ? 1 : re[at]! / modulus;
  const ci = modulus === 0 ? 0 : -im[at]! / modulus;
  const real = new Float64Array(n);
  const imaginary = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    real[i] = (re[i]! * cr - im[i]! * ci) / length;
    imaginary[i] = (re[i]! * ci + im[i]! * cr) / length;
  }
  imaginary[at] = 0;
  return { real, imaginary };
}

function divide(ar: number, ai: number, br: number, bi: number): [number, number] {
  if (bi === 0) return [ar / br, ai / br];
  if (Math.abs(br) >= Math.abs(bi)) {
    const ratio = bi / br;
    const den = br + bi * ratio;
    return [(ar + ai * ratio) / den, (ai - ar * ratio) / den];
  }
  const ratio = br / bi;
  const den = br * ratio + bi;
  return [(ar * ratio + ai) / den, (ai * ratio - ar) / den];
}

function swap(a: Float64Array, i: number, j: number) {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

function sumSquares(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * a[i]!;
  return s;
}
