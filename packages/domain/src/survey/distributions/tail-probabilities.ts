// Upper tail probabilities of the chi-square and F distributions (R: pchisq(..., lower.tail =
// FALSE), pf(..., lower.tail = FALSE)), for the Rao-Scott tests; df may be fractional.
import { regularizedBeta } from "./incomplete-beta.ts";
import { regularizedGammaQ } from "./incomplete-gamma.ts";

/** P(X > x) for X ~ χ²(df). */
export function chiSquareUpperTail(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return Number.NaN;
  if (x <= 0) return 1;
  return regularizedGammaQ(df / 2, x / 2);
}

/** P(X > f) for X ~ F(df1, df2): I_y(df2/2, df1/2) with y = df2 / (df2 + df1 f). */
export function fUpperTail(f: number, df1: number, df2: number): number {
  if (Number.isNaN(f) || !(df1 > 0) || !(df2 > 0)) return Number.NaN;
  if (f <= 0) return 1;
  if (f === Number.POSITIVE_INFINITY) return 0;
  const denominator = df2 + df1 * f;
  return regularizedBeta(df2 / denominator, df2 / 2, df1 / 2, (df1 * f) / denominator);
}
