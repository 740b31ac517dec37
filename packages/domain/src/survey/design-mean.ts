// The design-based mean of a variable over a domain (R: svymean on subset(design, domain)): the
// ratio Σ w y / Σ w with linearisation variance, its design degrees of freedom (degf of the
// subset), and the design effects of svymean(..., deff = TRUE / "replace").
import { designVariance } from "./design-variance.ts";
import type { SurveyDesign } from "./survey-design.ts";
import { SurveyError } from "./survey-error.ts";

export interface DesignMean {
  readonly mean: number;
  readonly variance: number;
  readonly se: number;
  /** Rows in the domain (unweighted base). */
  readonly n: number;
  readonly sumWeights: number;
  /** PSUs minus strata among the domain's rows with non-zero weight (R: degf(subset)). */
  readonly degreesOfFreedom: number;
  /** nrow() of R's subset: the domain's rows, or every row once the design is calibrated. */
  readonly designRows: number;
  /** Var / Var_SRSWOR (R: deff = TRUE); NaN when the variance of y is 0. */
  readonly deff: number;
  /** Var / Var_SRSWR (R: deff = "replace"). */
  readonly deffReplace: number;
}

/**
 * Mean of `y` over the rows where `domain` is 1 (all rows when omitted); `y` outside the domain is
 * ignored. Throws SurveyError "empty-domain" when no row of the domain has weight.
 */
export function designMean(design: SurveyDesign, y: ArrayLike<number>, domain?: Uint8Array): DesignMean {
  const inDomain = (i: number) => domain === undefined || domain[i] === 1;
  let sumWeights = 0;
  let weighted = 0;
  let n = 0;
  let positive = 0;
  const strataSeen = new Uint8Array(design.strata.length);
  for (let i = 0; i < design.rows; i++) {
    if (!inDomain(i)) continue;
    const w = design.weights[i]!;
    n++;
    sumWeights += w;
    weighted += w * y[i]!;
    if (w !== 0) {
      positive++;
      strataSeen[design.stratumOf[i]!] = 1;
    }
  }
  if (!(sumWeights > 0)) {
    throw new SurveyError("empty-domain", "the domain has no rows with a positive weight.");
  }
  const mean = weighted / sumWeights;
  const influence = new Float64Array(design.rows);
  let spread = 0;
  for (let i = 0; i < design.rows; i++) {
    if (!inDomain(i)) continue;
    const residual = y[i]! - mean;
    influence[i] = (design.weights[i]! * residual) / sumWeights;
    spread += design.weights[i]! * residual * residual;
  }
  const variance = designVariance(design, influence);
  // svyvar: the weighted variance with the n / (n - 1) factor; SRS variances of the mean from it.
  const populationVariance = ((spread / sumWeights) * positive) / (positive - 1);
  const srsReplace = populationVariance / positive;
  const srsWithout = (srsReplace * (sumWeights - positive)) / sumWeights;
  let strataCount = 0;
  for (const seen of strataSeen) strataCount += seen;
  return {
    mean,
    variance,
    se: Math.sqrt(variance),
    n,
    sumWeights,
    degreesOfFreedom: positive - strataCount,
    designRows: design.calibration.length > 0 ? design.rows : n,
    deff: variance / srsWithout,
    deffReplace: variance / srsReplace,
  };
}
