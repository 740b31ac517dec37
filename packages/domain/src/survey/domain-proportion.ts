// One design-based proportion with its svyciprop interval, over a domain: the building block of
// the Likert and multiple-response summaries. Where p̂ is 0 or 1 (or the variance is 0) the
// interval is an unweighted Clopper-Pearson one, marked in `intervalMethod`.
import { designMean } from "./design-mean.ts";
import { kishEffectiveSize } from "./effective-sample-size.ts";
import { clopperPearsonInterval } from "./proportion-interval.ts";
import type { SurveyDesign } from "./survey-design.ts";
import { type SurveyIntervalMethod, surveyProportionInterval } from "./survey-proportion-interval.ts";

export interface DomainProportion {
  readonly proportion: number;
  readonly se: number;
  readonly lower: number;
  readonly upper: number;
  /** Unweighted rows in the domain. */
  readonly n: number;
  /** Unweighted rows with y = 1. */
  readonly count: number;
  /** p̂(1 - p̂)/Var, or Kish's n_eff of the domain where p̂ is 0 or 1. */
  readonly nEffective: number;
  readonly degreesOfFreedom: number;
  /** Design effect against SRS without replacement (svymean deff = TRUE). */
  readonly deff: number;
  readonly intervalMethod: SurveyIntervalMethod | "clopper-pearson-unweighted";
}

/** Proportion of rows with `y` = 1 among the rows of `domain` (R: svyciprop(~y, subset(design, domain))). */
export function domainProportion(
  design: SurveyDesign,
  y: ArrayLike<number>,
  domain: Uint8Array,
  method: SurveyIntervalMethod,
  level = 0.95,
): DomainProportion {
  const mean = designMean(design, y, domain);
  let count = 0;
  const weights: number[] = [];
  for (let i = 0; i < design.rows; i++) {
    if (domain[i] !== 1) continue;
    weights.push(design.weights[i]!);
    if (y[i] === 1) count++;
  }
  const defined = mean.mean > 0 && mean.mean < 1 && mean.variance > 0;
  const interval = defined
    ? surveyProportionInterval(
        {
          proportion: mean.mean,
          variance: mean.variance,
          degreesOfFreedom: mean.degreesOfFreedom,
          designRows: mean.designRows,
        },
        method,
        level,
      )
    : clopperPearsonInterval(count, mean.n, level);
  return {
    proportion: mean.mean,
    se: mean.se,
    lower: interval.lower,
    upper: interval.upper,
    n: mean.n,
    count,
    nEffective: defined
      ? (mean.mean * (1 - mean.mean)) / mean.variance
      : kishEffectiveSize(weights).nEffective,
    degreesOfFreedom: mean.degreesOfFreedom,
    deff: mean.deff,
    intervalMethod: defined ? method : "clopper-pearson-unweighted",
  };
}
