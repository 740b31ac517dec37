// Design-based proportions of every category of a variable, overall or per group, with
// svyciprop intervals: R
//   svyby(~I(v == "k"), ~g, subset(design, !is.na(v)), svyciprop, method = ..., vartype = "ci")
// and svymean(~factor(v), subset(design, !is.na(v))) for the SEs. Rows with no answer are
// outside every domain but keep their place in the design (domain estimation). Where p̂ is 0 or 1
// the survey intervals are undefined and an unweighted Clopper-Pearson interval is given instead,
// marked in `intervalMethod`.
import { sortedLevels } from "./category-order.ts";
import { type DomainProportion, domainProportion } from "./domain-proportion.ts";
import type { SurveyDesign } from "./survey-design.ts";
import { SurveyError } from "./survey-error.ts";
import type { SurveyIntervalMethod } from "./survey-proportion-interval.ts";

export interface CategoryEstimate extends DomainProportion {
  /** The group ("" without groups). */
  readonly by: string;
  readonly category: string;
}

export interface EstimateProportionsInput {
  readonly design: SurveyDesign;
  /** The answer of each row; null or "" when missing. */
  readonly values: readonly (string | null)[];
  /** The group of each row; rows whose group is null or "" are left out. */
  readonly by?: readonly (string | null)[];
  readonly method: SurveyIntervalMethod;
  /** Default 0.95. */
  readonly level?: number;
  /** Category order (default: sortedLevels of the values); categories absent from a group get p̂ = 0. */
  readonly categories?: readonly string[];
}

function groupRows(input: EstimateProportionsInput): { group: string; domain: Uint8Array }[] {
  const answered = (i: number) => input.values[i] !== null && input.values[i] !== "";
  if (input.by === undefined) {
    const domain = new Uint8Array(input.design.rows);
    for (let i = 0; i < domain.length; i++) domain[i] = answered(i) ? 1 : 0;
    return [{ group: "", domain }];
  }
  const by = input.by;
  return sortedLevels(by).map((group) => {
    const domain = new Uint8Array(input.design.rows);
    for (let i = 0; i < domain.length; i++) domain[i] = by[i] === group && answered(i) ? 1 : 0;
    return { group, domain };
  });
}

/** One estimate per group and category, groups then categories in order. */
export function estimateProportions(input: EstimateProportionsInput): CategoryEstimate[] {
  const { design, values } = input;
  if (values.length !== design.rows || (input.by && input.by.length !== design.rows)) {
    throw new SurveyError(
      "length-mismatch",
      `values and groups must have one entry per design row (${design.rows}).`,
    );
  }
  const level = input.level ?? 0.95;
  const categories = input.categories ?? sortedLevels(values);
  const results: CategoryEstimate[] = [];
  for (const { group, domain } of groupRows(input)) {
    const base = domain.reduce((sum, v) => sum + v, 0);
    if (base === 0) continue;
    for (const category of categories) {
      const y = Float64Array.from(values, (value) => (value === category ? 1 : 0));
      results.push({ by: group, category, ...domainProportion(design, y, domain, input.method, level) });
    }
  }
  return results;
}
