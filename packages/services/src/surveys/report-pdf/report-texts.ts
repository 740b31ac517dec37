// Every sentence of the survey report, in one place so tests can assert the exact text: the
// response rate as AAPOR's reporting rules want it (RR1 first with its definition, e with its
// basis, the partial threshold, never RR5 or COOP alone; survey-methods.md 2.5), the fieldwork
// dates, and the notes under each question. Dates are UTC, written out without a locale.
import type { AaporRates, DispositionCode } from "@smartspec/domain";
import type { SurveyResults } from "../results/estimate-survey-results.ts";
import type { QuestionResult } from "../results/result-shapes.ts";

const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "1 March 2026" (UTC). */
export function longDate(date: Date): string {
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2026-03-01 09:30 UTC". */
export function stampText(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** A share as a percentage with one decimal: 0.0970 -> "9.7%"; not finite -> "n/a". */
export function percent(share: number): string {
  return Number.isFinite(share) ? `${(share * 100).toFixed(1)}%` : "n/a";
}

/** "(14.0-98.2)" in percent, or "(no interval)" when either end is not finite. */
export function intervalText(low: number, high: number): string {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return "(no interval)";
  return `(${(low * 100).toFixed(1)}-${(high * 100).toFixed(1)})`;
}

export function fieldworkText(
  fieldwork: { start: Date | null; end: Date | null },
  generatedAt: Date,
): string {
  if (fieldwork.start === null) return "Fieldwork: not started.";
  if (fieldwork.end === null)
    return `Fieldwork: from ${longDate(fieldwork.start)}, still open on ${longDate(generatedAt)}.`;
  return `Fieldwork: ${longDate(fieldwork.start)} to ${longDate(fieldwork.end)}.`;
}

export const rr1Definition =
  "RR1 is AAPOR's minimum response rate: complete responses (I) divided by every case that is eligible or of unknown eligibility, I / ((I+P) + (R+NC+O) + (UH+UO)). Partial responses and cases of unknown eligibility count against it.";

/** The headline: RR1 first, always. */
export function rr1Text(responseRate: SurveyResults["responseRate"]): string {
  if (responseRate.RR1 === null)
    return "Response rate (AAPOR RR1): cannot be computed, the survey has no sampled case (open-link answers have no denominator).";
  return `Response rate (AAPOR RR1): ${percent(responseRate.RR1)}`;
}

const eBases: Readonly<Record<AaporRates["eBasis"], string>> = {
  proportional:
    "proportional basis, the eligible share among cases whose eligibility is known, (I+P+R+NC+O) / (I+P+R+NC+O+NE), the default of the AAPOR Outcome Rate Calculator",
  given: "given by the survey team",
};

/** e with its value and basis, and what uses it. */
export function eText(responseRate: SurveyResults["responseRate"]): string | null {
  if (responseRate.e === null) return null;
  return `Estimated eligibility e = ${responseRate.e.toFixed(3)} (${eBases[responseRate.eBasis]}). RR1 does not use e; RR3 counts the unknown-eligibility cases at e.`;
}

/** The other rates, only ever after RR1 and labelled as such. */
export function otherRatesText(rates: AaporRates): string {
  const { RR2, RR3, RR4 } = rates.rates;
  return `For comparison, not as the response rate: RR2 (partials as responses) ${percent(RR2)}, RR3 ${percent(RR3)}, RR4 ${percent(RR4)}.`;
}

export function partialText(threshold: number): string {
  const share = `${Number((threshold * 100).toFixed(1))}%`;
  return `A started response counts as partial (P) when at least ${share} of its required applicable items are answered; below that it is a break-off (R).`;
}

export function ruleSetText(ruleSet: string): string {
  return `Dispositions derived from the event log by the rule set ${ruleSet}.`;
}

export const dispositionLabels: Readonly<Record<DispositionCode, string>> = {
  I: "complete",
  P: "partial",
  R: "refusal and break-off",
  NC: "non-contact",
  O: "other eligible",
  UH: "unknown if eligible business",
  UO: "unknown eligibility, other",
  NE: "not eligible",
};

export function responsesText(results: SurveyResults): string {
  const counted = `Responses: ${results.responses} completed response${results.responses === 1 ? "" : "s"} in the estimates.`;
  if (results.excluded === 0) return counted;
  return `${counted} ${results.excluded} open-link response${results.excluded === 1 ? " is" : "s are"} left out: ${results.excluded === 1 ? "it is" : "they are"} outside the sample's design.`;
}

export function weightingText(results: SurveyResults): string {
  return `Weighting: ${results.weighting.description}`;
}

export function intervalMethodText(results: SurveyResults): string {
  return `Intervals: ${percent(results.interval.level).replace(".0%", "%")} Wilson score intervals on the design (R survey's svyciprop, method "wilson"), shown as (low-high) in percent.`;
}

// A calibration applied to equal weights (no usable design) still weights the estimates.
const weighted = (results: SurveyResults) =>
  results.weighting.kind === "design" || (results.weights && results.weights.applied !== "design")
    ? "Weighted"
    : "Unweighted";

/** The line under a question's title: its base and what the percentages are of. */
export function questionNote(question: QuestionResult, results: SurveyResults): string {
  if (!question.estimated) {
    const kind = question.type === "ranking" ? "ranking" : "open text";
    return `not estimated (${kind}); ${question.n} answered.`;
  }
  if (question.type === "multiple-choice")
    return `Base: n = ${question.n} respondents who answered. ${weighted(results)} % of respondents; options can add up to more than 100%.`;
  if (question.type === "number") return `Base: n = ${question.n} respondents who answered.`;
  return `Base: n = ${question.n} respondents who answered. ${weighted(results)} %.`;
}

export const noAnswersText = "No answers to estimate yet.";

export function meanText(mean: { estimate: number; low: number; high: number }): string {
  const fixed = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "n/a");
  return `Mean ${fixed(mean.estimate)} (95% CI ${fixed(mean.low)} to ${fixed(mean.high)}).`;
}

export function mentionsText(question: QuestionResult): string | null {
  if (!question.multiple) return null;
  const labels = new Map(question.categories.map((c) => [c.value, c.label]));
  const shares = question.multiple.mentionShares.map(
    (m) => `${labels.get(m.value) ?? m.value} ${percent(m.share)}`,
  );
  return `% of mentions (base: all ticks): ${shares.join(", ")}.`;
}

export function medianText(question: QuestionResult): string | null {
  if (!question.likert) return null;
  const median = question.likert.median;
  return `Median: ${question.categories.find((c) => c.value === median)?.label ?? median}.`;
}

export function nonSubstantiveText(question: QuestionResult): string | null {
  const kept = question.likert?.nonSubstantive.filter((s) => s.n > 0) ?? [];
  if (kept.length === 0) return null;
  return `Not in the base: ${kept.map((s) => `${s.label} n = ${s.n} (${percent(s.share)} of all answering)`).join(", ")}.`;
}

export function footerText(title: string, page: number, pages: number): string {
  return `smartspec - ${title} - page ${page} of ${pages}`;
}
