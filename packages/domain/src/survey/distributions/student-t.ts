// Student's t cdf and quantile (R: pt, qt), for any df > 0 (fractional df as in Satterthwaite and
// design degrees of freedom).
// cdf: P(T <= t) = I_x(ν/2, 1/2) / 2 for t < 0 with x = ν / (ν + t²); 1 - x = t² / (ν + t²) is
// formed directly, so large ν loses no digits. Quantile: the beta quantile gives a start, Newton
// steps on the cdf polish it.
import { betaQuantile } from "./beta-quantile.ts";
import { regularizedBeta } from "./incomplete-beta.ts";
import { logBeta } from "./log-gamma.ts";
import { normalCdf, normalQuantile } from "./normal.ts";

/** P(T <= t) with ν degrees of freedom; the normal cdf when ν is Infinity. */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return normalCdf(t);
  if (t === 0) return 0.5;
  // R's pt switches to Abramowitz & Stegun 26.7.8 above 4e5 df; matching R means doing the same.
  if (df > 4e5) {
    const v = 1 / (4 * df);
    return normalCdf((t * (1 - v)) / Math.sqrt(1 + t * t * 2 * v));
  }
  const t2 = t * t;
  const lower = regularizedBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2)) / 2;
  return t < 0 ? lower : 1 - lower;
}

function studentTDensity(t: number, df: number): number {
  if (df > 4e5) return Math.exp((-t * t) / 2) / Math.sqrt(2 * Math.PI);
  return Math.exp((-(df + 1) / 2) * Math.log1p((t * t) / df) - 0.5 * Math.log(df) - logBeta(df / 2, 0.5));
}

/** The t quantile with ν degrees of freedom (normal when ν is Infinity). Example: (0.975, 21) -> 2.0796 */
export function studentTQuantile(p: number, df: number): number {
  if (Number.isNaN(p) || !(df > 0) || p < 0 || p > 1) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return normalQuantile(p);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  if (p > 0.5) return -studentTQuantile(1 - p, df);
  const x = betaQuantile(2 * p, df / 2, 0.5);
  let t = -Math.sqrt((df * (1 - x)) / x);
  if (!Number.isFinite(t)) return t;
  for (let step = 0; step < 8; step++) {
    const change = (studentTCdf(t, df) - p) / studentTDensity(t, df);
    if (!Number.isFinite(change)) break;
    t -= change;
    if (Math.abs(change) <= 1e-15 * Math.abs(t)) break;
  }
  return t;
}
