// Number formats of the results page's weighting and "who answered" parts, pure so the browser
// tests and the unit tests can compute the same text from the API's numbers.
import type { KishSummary } from "../../../api/survey-weighting-types.ts";

const counts = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const totals = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** A count with thousands separators: 106080 -> "106,080"; "-" when not finite. */
export const formatCount = (value: number): string => (Number.isFinite(value) ? counts.format(value) : "-");

/** A weighted total, one decimal at most: 10292.5 -> "10,292.5". */
export const formatTotal = (value: number): string => (Number.isFinite(value) ? totals.format(value) : "-");

/** A proportion as a percentage with one decimal: 0.8371 -> "83.7%"; null or NaN -> "-". */
export const formatShare = (value: number | null): string =>
  value !== null && Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : "-";

/**
 * A difference of proportions in percentage points, signed: 0.163 -> "+16.3", -0.05 -> "\u22125.0"
 * (a true minus sign, read as "minus"); a difference that rounds to zero is "0.0".
 */
export function formatPoints(value: number): string {
  if (!Number.isFinite(value)) return "-";
  const text = Math.abs(value * 100).toFixed(1);
  if (text === "0.0") return text;
  return `${value > 0 ? "+" : "\u2212"}${text}`;
}

/**
 * The base of weighted estimates (methods doc §5: never a weighted percentage without it).
 * Example: `{ n: 4, effectiveSampleSize: 2.9412, designEffect: 1.36 }` ->
 * "n = 4, effective n = 2.9, design effect 1.36".
 */
export function kishSentence(kish: KishSummary): string {
  return `n = ${formatCount(kish.n)}, effective n = ${kish.effectiveSampleSize.toFixed(1)}, design effect ${kish.designEffect.toFixed(2)}`;
}

/** A chi-square test in words: "chi-square 3.84 on 1 df, p = 0.050", "p < 0.001" below 0.001. */
export function testSentence(test: {
  readonly statistic: number;
  readonly degreesOfFreedom: number;
  readonly pValue: number;
  readonly smallExpected: boolean;
}): string {
  const p = test.pValue < 0.001 ? "p < 0.001" : `p = ${test.pValue.toFixed(3)}`;
  const rough = test.smallExpected ? " (some expected counts are under 5, so the test is rough)" : "";
  return `chi-square ${test.statistic.toFixed(2)} on ${test.degreesOfFreedom} df, ${p}${rough}`;
}
