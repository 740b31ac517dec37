// A 95% interval for a location quotient built on a small count: the exact Poisson (Garwood 1936)
// interval for the count x, divided by the count expected without specialisation E = x / LQ
// (= X_r X_p / X). Lower = Γ⁻¹(0.025; x, 1) (0 when x = 0), upper = Γ⁻¹(0.975; x + 1, 1), the
// gamma quantiles of the chi-square form χ²(α/2; 2x)/2 and χ²(1-α/2; 2x+2)/2. docs/glossary.md.

/** ln Γ(a) by the Lanczos approximation (g = 7, 9 terms; ~1e-15 relative). */
function logGamma(a: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (a < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * a)) - logGamma(1 - a);
  const z = a - 1;
  let sum = c[0]!;
  for (let i = 1; i < 9; i++) sum += c[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The regularized lower incomplete gamma P(a, x): series below a + 1, continued fraction above. */
export function regularizedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const lead = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000 && Math.abs(term) > Math.abs(sum) * 1e-16; n++) {
      term *= x / (a + n);
      sum += term;
    }
    return sum * Math.exp(lead);
  }
  // Lentz's continued fraction for Q(a, x).
  let b = x + 1 - a;
  let c = 1e300;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 - Math.exp(lead) * h;
}

/** The p-quantile of Gamma(shape a, scale 1), by bisection to 1e-12 relative. */
export function gammaQuantile(p: number, a: number): number {
  let lo = 0;
  let hi = Math.max(1, a + 20 * Math.sqrt(a) + 20);
  while (regularizedGammaP(a, hi) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (regularizedGammaP(a, mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The 95% interval [low, high] of an LQ from count `x` and expected count `expected` (> 0).
 * Example: x = 0, expected = 2: [0, 1.8444...] (Γ⁻¹(0.975; 1) = -ln 0.025 = 3.6889 over 2).
 */
export function lqInterval(x: number, expected: number): { low: number; high: number } {
  const low = x === 0 ? 0 : gammaQuantile(0.025, x);
  const high = gammaQuantile(0.975, x + 1);
  return { low: low / expected, high: high / expected };
}
