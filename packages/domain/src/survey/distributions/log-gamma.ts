// log Γ(x) and log B(a, b) for x > 0, accurate to ~1e-15 relative away from the zeros of log Γ.
// Method: Stirling's series with its remainder δ(x) for x >= 10 (the "lgammacor" approach of
// R's nmath and of Loader / Morris), and the recurrence Γ(x) = Γ(x + k) / (x (x+1) ... (x+k-1))
// below 10. log B uses the remainders directly for large arguments (R's lbeta), so no big
// log Γ values cancel.

const halfLogTwoPi = 0.9189385332046728; // log(sqrt(2π))

/** δ(x) = log Γ(x) - [(x - 1/2) log x - x + log √(2π)], for x >= 10 (error < 1e-17). */
export function stirlingRemainder(x: number): number {
  const r = 1 / (x * x);
  // 1/12x - 1/360x³ + 1/1260x⁵ - 1/1680x⁷ + 1/1188x⁹ - 691/360360x¹¹ + 1/156x¹³
  return (
    (1 / 12 +
      r *
        (-1 / 360 +
          r * (1 / 1260 + r * (-1 / 1680 + r * (1 / 1188 + r * (-691 / 360360 + r * (1 / 156))))))) /
    x
  );
}

/** log Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x >= 10) return (x - 0.5) * Math.log(x) - x + halfLogTwoPi + stirlingRemainder(x);
  let product = 1;
  let z = x;
  while (z < 10) {
    product *= z;
    z += 1;
  }
  return (z - 0.5) * Math.log(z) - z + halfLogTwoPi + stirlingRemainder(z) - Math.log(product);
}

/** log B(a, b) = log Γ(a) + log Γ(b) - log Γ(a + b), without cancellation for large a or b. */
export function logBeta(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (!(p > 0)) return Number.NaN;
  if (p >= 10) {
    const correction = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
    return (
      -0.5 * Math.log(q) +
      halfLogTwoPi +
      correction +
      (p - 0.5) * Math.log(p / (p + q)) +
      q * Math.log1p(-p / (p + q))
    );
  }
  if (q >= 10) {
    const correction = stirlingRemainder(q) - stirlingRemainder(p + q);
    return logGamma(p) + correction + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
  }
  return logGamma(p) + logGamma(q) - logGamma(p + q);
}
