// Likert item summaries (survey-methods.md §7): the weighted distribution over the ordered scale
// with an interval per category, top-box and bottom-box shares with svyciprop intervals, the
// median category, the diverging stacked bar layout of Heiberger & Robbins (2014; centred on the
// neutral category, split across zero, or between the two middle categories of an even scale),
// and non-substantive answers ("don't know") counted apart, outside the base of the percentages.
import { type DomainProportion, domainProportion } from "./domain-proportion.ts";
import type { SurveyDesign } from "./survey-design.ts";
import { SurveyError } from "./survey-error.ts";
import type { SurveyIntervalMethod } from "./survey-proportion-interval.ts";

export interface LikertInput {
  readonly design: SurveyDesign;
  /** The answer code of each row; null or "" when not answered. */
  readonly values: readonly (string | null)[];
  /** The substantive codes, lowest to highest (e.g. ["1", "2", "3", "4", "5"]). */
  readonly scale: readonly string[];
  /** Codes reported separately and left out of the base (e.g. ["dk", "na"]). */
  readonly nonSubstantive?: readonly string[];
  /** How many categories at each end make the top and bottom box (default 2). */
  readonly box?: number;
  readonly method: SurveyIntervalMethod;
  readonly level?: number;
  /** Restrict to these rows (a group), as 1/0 per row. */
  readonly rows?: Uint8Array;
}

export interface DivergingSegment {
  readonly category: string;
  /** Left and right ends on the share axis; negative = left of the centre. */
  readonly start: number;
  readonly end: number;
}

export interface LikertSummary {
  /** Rows with a substantive answer: the base of every percentage. */
  readonly n: number;
  readonly distribution: readonly ({ readonly category: string } & DomainProportion)[];
  readonly topBox: DomainProportion;
  readonly bottomBox: DomainProportion;
  /** The first category at which the weighted cumulative share reaches 1/2. */
  readonly median: string;
  readonly diverging: readonly DivergingSegment[];
  /** Per non-substantive code: unweighted rows and the weighted share of all answering rows. */
  readonly nonSubstantive: readonly {
    readonly code: string;
    readonly count: number;
    readonly share: number;
  }[];
}

/** Diverging stacked bar segments for shares in scale order (sum 1). */
export function divergingSegments(
  categories: readonly string[],
  shares: readonly number[],
): DivergingSegment[] {
  const k = categories.length;
  const middle = Math.floor(k / 2);
  // The left edge: minus everything below the centre (half the neutral category when k is odd).
  let start = -shares.slice(0, middle).reduce((s, p) => s + p, 0) - (k % 2 === 1 ? shares[middle]! / 2 : 0);
  return categories.map((category, i) => {
    const segment = { category, start, end: start + shares[i]! };
    start = segment.end;
    return segment;
  });
}

/** Summarises one Likert item. Throws SurveyError when the scale is too short for the boxes. */
export function likertSummary(input: LikertInput): LikertSummary {
  const { design, values, scale } = input;
  const box = input.box ?? 2;
  if (scale.length < 2 || box < 1 || 2 * box > scale.length) {
    throw new SurveyError(
      "invalid-argument",
      `a ${scale.length}-point scale cannot have ${box}-category top and bottom boxes.`,
    );
  }
  const level = input.level ?? 0.95;
  const inRows = (i: number) => input.rows === undefined || input.rows[i] === 1;
  const substantive = new Set(scale);
  const domain = Uint8Array.from(values, (v, i) => (inRows(i) && v !== null && substantive.has(v) ? 1 : 0));
  const n = domain.reduce((s, v) => s + v, 0);
  if (n === 0) throw new SurveyError("empty-domain", "no row has an answer on the scale.");
  const indicator = (codes: ReadonlySet<string>) =>
    Float64Array.from(values, (v) => (v !== null && codes.has(v) ? 1 : 0));
  const distribution = scale.map((category) => ({
    category,
    ...domainProportion(design, indicator(new Set([category])), domain, input.method, level),
  }));
  let cumulative = 0;
  const median =
    scale.find((_, i) => (cumulative += distribution[i]!.proportion) >= 0.5 - 1e-12) ?? scale.at(-1)!;
  const answering = Uint8Array.from(values, (v, i) => (inRows(i) && v !== null && v !== "" ? 1 : 0));
  let answeringWeight = 0;
  for (let i = 0; i < design.rows; i++) if (answering[i] === 1) answeringWeight += design.weights[i]!;
  const nonSubstantive = (input.nonSubstantive ?? []).map((code) => {
    let count = 0;
    let weight = 0;
    for (let i = 0; i < design.rows; i++) {
      if (answering[i] === 1 && values[i] === code) {
        count++;
        weight += design.weights[i]!;
      }
    }
    return { code, count, share: weight / answeringWeight };
  });
  return {
    n,
    distribution,
    topBox: domainProportion(design, indicator(new Set(scale.slice(-box))), domain, input.method, level),
    bottomBox: domainProportion(design, indicator(new Set(scale.slice(0, box))), domain, input.method, level),
    median,
    diverging: divergingSegments(
      scale,
      distribution.map((d) => d.proportion),
    ),
    nonSubstantive,
  };
}
