// Regularised incomplete gamma functions P(a, x) and Q(a, x) = 1 - P(a, x).
// Method: the series for x < a + 1 and the Lentz continued fraction otherwise (Numerical Recipes,
// 3rd ed., §6.2), each computing the smaller tail so that neither loses digits to 1 - ...
import { logGamma } from "./log-gamma.ts";

const epsilon = 1e-16;
const tiny = 1e-300;
const maxIterations = 100_000;

/** exp(-x + a log x - log Γ(a)): the common prefactor. */
function prefactor(a: number, x: number): number {
  return Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** P(a, x) by its power series (x < a + 1). */
function lowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < maxIterations; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * epsilon) break;
  }
  return sum * prefactor(a, x);
}

/** Q(a, x) by its continued fraction (x >= a + 1). */
function upperFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < maxIterations; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < epsilon) break;
  }
  return prefactor(a, x) * h;
}

/** P(a, x) = γ(a, x) / Γ(a), the lower tail (R: pgamma(x, a)). */
export function regularizedGammaP(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  return x < a + 1 ? lowerSeries(a, x) : 1 - upperFraction(a, x);
}

/** Q(a, x) = Γ(a, x) / Γ(a), the upper tail (R: pgamma(x, a, lower.tail = FALSE)). */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x)) return Number.NaN;
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return x < a + 1 ? 1 - lowerSeries(a, x) : upperFraction(a, x);
}
