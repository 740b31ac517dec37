// Confidence intervals for a design-based proportion, as R survey's svyciprop (R/svyttest.R):
//   "mean"   p ± t_df SE
//   "beta"   Korn & Graubard (1998): Clopper-Pearson at n* = n_eff (t_{rows-1} / t_df)², n_eff = p(1-p)/Var
//   "logit"  expit(logit p ± t_df SE / (p(1-p)))  (svyglm quasibinomial Wald; equal to "xlogit" here)
//   "asin"   sin²(asin √p ± t_df SE / (2 √(p(1-p))))
//   "wilson" survey >= 4.5: the Wilson score interval at n_eff with t_df in place of z
// df = Infinity gives normal quantiles. At p = 0 or 1 (or Var = 0) none of these is defined:
// the caller falls back to an unweighted Clopper-Pearson interval (clopperPearsonInterval).
import { betaQuantile } from "./distributions/beta-quantile.ts";
import { studentTQuantile } from "./distributions/student-t.ts";
import { SurveyError } from "./survey-error.ts";

export const surveyIntervalMethods = ["mean", "beta", "logit", "xlogit", "asin", "wilson"] as const;
export type SurveyIntervalMethod = (typeof surveyIntervalMethods)[number];

export interface SurveyProportionEstimate {
  readonly proportion: number;
  readonly variance: number;
  readonly degreesOfFreedom: number;
  /** nrow(design) of the (sub)design, used by "beta" for t_{rows-1}. */
  readonly designRows: number;
}

export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

function checkLevel(level: number): void {
  if (!(level > 0 && level < 1)) {
    throw new SurveyError("invalid-argument", `level must be between 0 and 1 (got ${level}).`, {
      field: "level",
      value: level,
    });
  }
}

/** The svyciprop interval of `estimate`; NaN bounds when p is 0 or 1 or the variance is 0. */
export function surveyProportionInterval(
  estimate: SurveyProportionEstimate,
  method: SurveyIntervalMethod,
  level = 0.95,
): Interval {
  checkLevel(level);
  const { proportion: p, variance } = estimate;
  const alpha = 1 - level;
  const t = studentTQuantile(1 - alpha / 2, estimate.degreesOfFreedom);
  const se = Math.sqrt(variance);
  if (method === "mean") return { lower: p - t * se, upper: p + t * se };
  if (!(p > 0 && p < 1 && variance > 0)) return { lower: Number.NaN, upper: Number.NaN };
  const spread = p * (1 - p);
  switch (method) {
    case "beta": {
      const ratio =
        studentTQuantile(alpha / 2, estimate.designRows - 1) /
        studentTQuantile(alpha / 2, estimate.degreesOfFreedom);
      const n = (spread / variance) * ratio * ratio;
      return {
        lower: betaQuantile(alpha / 2, n * p, n * (1 - p) + 1),
        upper: betaQuantile(1 - alpha / 2, n * p + 1, n * (1 - p)),
      };
    }
    case "logit":
    case "xlogit": {
      const centre = Math.log(p / (1 - p));
      const half = (t * se) / spread;
      const expit = (eta: number) => 1 / (1 + Math.exp(-eta));
      return { lower: expit(centre - half), upper: expit(centre + half) };
    }
    case "asin": {
      const centre = Math.asin(Math.sqrt(p));
      const half = (t * se) / (2 * Math.sqrt(spread));
      return { lower: Math.sin(centre - half) ** 2, upper: Math.sin(centre + half) ** 2 };
    }
    case "wilson": {
      const n = spread / variance;
      const centre = p + (t * t) / (2 * n);
      const half = (t / (2 * n)) * Math.sqrt(4 * n * spread + t * t);
      const scale = 1 + (t * t) / n;
      return { lower: (centre - half) / scale, upper: (centre + half) / scale };
    }
  }
}
