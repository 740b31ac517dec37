// The beta quantile I⁻¹_p(a, b) (R: qbeta), as needed by Clopper-Pearson and Korn-Graubard.
// Method: the starting value of Numerical Recipes invbetai (3rd ed., §6.14: Abramowitz & Stegun
// 26.5.22 for a, b >= 1, a tail power law otherwise), then Halley steps on the accurate
// incomplete beta, kept inside a bracket that shrinks with every evaluation (bisection when a
// step leaves it), to full double precision.
import { regularizedBeta } from "./incomplete-beta.ts";
import { logBeta } from "./log-gamma.ts";

function startingValue(p: number, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let x = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) x = -x;
    const al = (x * x - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (x * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    return a / (a + b * Math.exp(2 * w));
  }
  const lna = Math.log(a / (a + b));
  const lnb = Math.log(b / (a + b));
  const t = Math.exp(a * lna) / a;
  const u = Math.exp(b * lnb) / b;
  const w = t + u;
  return p < t / w ? (a * w * p) ** (1 / a) : 1 - (b * w * (1 - p)) ** (1 / b);
}

/** x with I_x(a, b) = p; 0 at p = 0 and 1 at p = 1. Example: betaQuantile(0.025, 40, 68) = 0.28219... */
export function betaQuantile(p: number, a: number, b: number): number {
  if (Number.isNaN(p) || !(a > 0) || !(b > 0) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  const logB = logBeta(a, b);
  let low = 0;
  let high = 1;
  let x = Math.min(Math.max(startingValue(p, a, b), Number.MIN_VALUE), 1 - 1e-16);
  for (let iteration = 0; iteration < 300; iteration++) {
    const error = regularizedBeta(x, a, b) - p;
    if (error === 0) return x;
    if (error < 0) low = x;
    else high = x;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logB);
    const u = error / density;
    const curvature = u * ((a - 1) / x - (b - 1) / (1 - x));
    let next = x - u / (1 - 0.5 * Math.min(1, Math.max(-1, curvature)));
    // A step out of the bracket falls back to bisection (geometric near 0, where x can be tiny).
    if (!(next > low && next < high)) next = low === 0 ? high / 16 : (low + high) / 2;
    if (Math.abs(next - x) <= 1e-16 * x) return next;
    x = next;
  }
  return x;
}
