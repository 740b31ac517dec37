// A weighted cross-tab of one categorical variable (the row question) by a grouping variable, on
// the results design: per group, every category's proportion with its svyciprop "wilson" interval
// (R: svyby(~I(v == k), ~g, subset(design, !is.na(v)), svyciprop)), the group's base n and Kish's
// effective n, and the Rao-Scott test of independence (R: svychisq(~v + g, subset(design, both answered)),
// "F" and "Chisq"), with one plain sentence saying what the test shows. Pure.
import {
  type CrosstabEstimate,
  type CrosstabGroup,
  type CrosstabLevel,
  type CrosstabTest,
  estimateProportions,
  kishEffectiveSize,
  raoScottTest,
  type SurveyDesign,
  SurveyError,
} from "@smartspec/domain";
import { category, resultsIntervalMethod, resultsLevel } from "./result-shapes.ts";

/** The reply shapes are the domain's (packages/domain/src/survey-api/crosstab-schema.ts). */
export type { CrosstabEstimate, CrosstabGroup, CrosstabLevel, CrosstabTest } from "@smartspec/domain";

/** A variable of the cross-tab: its levels in display order and each design row's value. */
export interface CrosstabVariable {
  readonly kind: "frame" | "question";
  readonly name: string;
  readonly title: string;
  readonly levels: readonly CrosstabLevel[];
  /** One per design row; null when missing or outside `levels`. */
  readonly values: readonly (string | null)[];
}

/** Significance level of the sentence's "differs". */
export const crosstabAlpha = 0.05;

const round = (x: number, digits: number) => Number(x.toFixed(digits)).toString();

export function formatPValue(p: number): string {
  return p < 0.001 ? "p < 0.001" : `p = ${p.toFixed(3)}`;
}

/**
 * One sentence for the test: `Answers to "Interest?" differ by sector: F = 4.12 on 1.7 and 34.6 df,
 * p = 0.031 (Rao-Scott).` when p < 0.05, else `No clear difference in answers to ... by ...`.
 * `byTitle` is already phrased ("size band", or `answers to "..."` for a question).
 */
export function crosstabSentence(rowTitle: string, byTitle: string, test: CrosstabTest): string {
  const stat = `F = ${round(test.f, 2)} on ${round(test.ndf, 2)} and ${round(test.ddf, 1)} df, ${formatPValue(test.pF)}`;
  return test.pF < crosstabAlpha
    ? `Answers to "${rowTitle}" differ by ${byTitle}: ${stat} (Rao-Scott).`
    : `No clear difference in answers to "${rowTitle}" by ${byTitle}: ${stat} (Rao-Scott).`;
}

function known(variable: CrosstabVariable): (string | null)[] {
  const codes = new Set(variable.levels.map((l) => l.value));
  return variable.values.map((v) => (v !== null && codes.has(v) ? v : null));
}

function groupSize(
  design: SurveyDesign,
  rows: readonly (string | null)[],
  by: readonly (string | null)[],
  group: string,
) {
  const weights: number[] = [];
  for (let i = 0; i < design.rows; i++)
    if (by[i] === group && rows[i] !== null) weights.push(design.weights[i]!);
  return { n: weights.length, nEffective: weights.length === 0 ? 0 : kishEffectiveSize(weights).nEffective };
}

function test(design: SurveyDesign, rows: (string | null)[], by: (string | null)[]): CrosstabTest | string {
  try {
    const r = raoScottTest(design, rows, by, { answeredOnly: true });
    return {
      f: r.f,
      ndf: r.ndf,
      ddf: r.ddf,
      pF: r.pF,
      chisq: r.chisq,
      pChisq: r.pChisq,
      meanDeff: r.meanDeff,
    };
  } catch (error) {
    if (!(error instanceof SurveyError)) throw error;
    return `The Rao-Scott test cannot be made: ${error.message}`;
  }
}

/** The cross-tab of `row` by `by` on `design` (null: no responses). Groups without answers are kept with n = 0. */
export function estimateCrosstab(
  design: SurveyDesign | null,
  row: CrosstabVariable,
  by: CrosstabVariable,
): CrosstabEstimate {
  const rows = known(row);
  const groupsOf = known(by);
  if (design === null) {
    return { categories: row.levels, groups: [], test: null, sentence: "There are no responses to compare." };
  }
  const estimates = estimateProportions({
    design,
    values: rows,
    by: groupsOf,
    method: resultsIntervalMethod,
    level: resultsLevel,
    categories: row.levels.map((l) => l.value),
  });
  const groups = by.levels.map((level): CrosstabGroup => {
    const own = estimates.filter((e) => e.by === level.value);
    return {
      ...level,
      ...groupSize(design, rows, groupsOf, level.value),
      categories: own.map((e, i) => category(row.levels[i]!, e)),
    };
  });
  const result = test(design, rows, groupsOf);
  return {
    categories: row.levels,
    groups,
    test: typeof result === "string" ? null : result,
    sentence:
      typeof result === "string"
        ? result
        : crosstabSentence(row.title, by.kind === "question" ? `answers to "${by.title}"` : by.title, result),
  };
}
