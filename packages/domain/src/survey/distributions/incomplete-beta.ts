// Regularised incomplete beta function I_x(a, b), the beta cdf.
// Method: the Lentz continued fraction (Numerical Recipes, 3rd ed., §6.4), on whichever of
// I_x(a, b) and I_y(b, a) (y = 1 - x) converges fast. `y` may be passed separately so callers
// with x close to 1 (the t and F tails) lose no digits forming 1 - x.
import { logBeta } from "./log-gamma.ts";

const epsilon = 1e-16;
const tiny = 1e-300;
const maxIterations = 100_000;

/** The continued fraction of I_x(a, b) (Numerical Recipes betacf). */
function betaFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < maxIterations; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < epsilon) break;
  }
  return h;
}

/** x^a y^b / B(a, b), with logs taken on the smaller of x and y. */
function betaPrefactor(a: number, b: number, x: number, y: number): number {
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  return Math.exp(a * logX + b * logY - logBeta(a, b));
}

/** I_x(a, b) (R: pbeta(x, a, b)); `y` = 1 - x when the caller knows it more exactly. */
export function regularizedBeta(x: number, a: number, b: number, y: number = 1 - x): number {
  if (!(a > 0) || !(b > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const front = betaPrefactor(a, b, x, y);
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(a, b, x)) / a;
  return 1 - (front * betaFraction(b, a, y)) / b;
}

/** 1 - I_x(a, b) = I_y(b, a), computed as the smaller tail where possible. */
export function regularizedBetaUpper(x: number, a: number, b: number, y: number = 1 - x): number {
  if (!(a > 0) || !(b > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  if (y <= 0) return 0;
  const front = betaPrefactor(a, b, x, y);
  if (x < (a + 1) / (a + b + 2)) return 1 - (front * betaFraction(a, b, x)) / a;
  return (front * betaFraction(b, a, y)) / b;
}
