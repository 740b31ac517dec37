// Pearson's chi-square tests for the representativeness check (R: chisq.test):
//   goodness of fit of respondents' counts to known population shares, chisq.test(x, p = shares);
//   independence of responding and level among sampled units, chisq.test(table, correct = FALSE).
// Unweighted on purpose: they ask whether the achieved respondents look like the population and
// whether response rates differ by level, not about a weighted estimate (Rao-Scott is for those).
import { type ChiSquareTest, chiSquareUpperTail } from "@smartspec/domain";

export type { ChiSquareTest } from "@smartspec/domain";

/** Goodness of fit of `observed` to `shares` (renormalised to sum 1); null with fewer than 2 levels or no count. */
export function goodnessOfFit(observed: readonly number[], shares: readonly number[]): ChiSquareTest | null {
  const n = observed.reduce((s, v) => s + v, 0);
  const totalShare = shares.reduce((s, v) => s + v, 0);
  if (observed.length < 2 || n === 0 || !(totalShare > 0)) return null;
  let statistic = 0;
  let smallExpected = false;
  observed.forEach((o, i) => {
    const expected = (n * shares[i]!) / totalShare;
    if (expected < 5) smallExpected = true;
    statistic += ((o - expected) * (o - expected)) / expected;
  });
  const degreesOfFreedom = observed.length - 1;
  return {
    statistic,
    degreesOfFreedom,
    pValue: chiSquareUpperTail(statistic, degreesOfFreedom),
    smallExpected,
  };
}

/** Independence of responded / not responded and level: `responded[i]` of `sampled[i]`; levels with no sampled unit are left out. */
export function responseIndependence(
  responded: readonly number[],
  sampled: readonly number[],
): ChiSquareTest | null {
  const kept = sampled.map((s, i) => [responded[i]!, s] as const).filter(([, s]) => s > 0);
  const n = kept.reduce((sum, [, s]) => sum + s, 0);
  const r = kept.reduce((sum, [x]) => sum + x, 0);
  if (kept.length < 2 || r === 0 || r === n) return null;
  let statistic = 0;
  let smallExpected = false;
  for (const [x, s] of kept) {
    for (const [observed, columnTotal] of [
      [x, r],
      [s - x, n - r],
    ] as const) {
      const expected = (s * columnTotal) / n;
      if (expected < 5) smallExpected = true;
      statistic += ((observed - expected) * (observed - expected)) / expected;
    }
  }
  const degreesOfFreedom = kept.length - 1;
  return {
    statistic,
    degreesOfFreedom,
    pValue: chiSquareUpperTail(statistic, degreesOfFreedom),
    smallExpected,
  };
}
