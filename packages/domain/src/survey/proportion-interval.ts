// Textbook confidence intervals for x successes in n trials of a simple random sample
// (survey-methods.md §3.1; Agresti & Coull 1998; Clopper & Pearson 1934), with an optional
// finite-population correction: the SE is multiplied by √((N - n)/(N - 1)), which the score and
// exact intervals apply by using n' = n (N - 1)/(N - n) trials (x' = p̂ n' successes).
import { betaQuantile } from "./distributions/beta-quantile.ts";
import { normalQuantile } from "./distributions/normal.ts";
import { SurveyError } from "./survey-error.ts";

export const proportionIntervalMethods = [
  "wald",
  "wilson",
  "clopper-pearson",
  "agresti-coull",
  "logit",
] as const;
export type ProportionIntervalMethod = (typeof proportionIntervalMethods)[number];

export interface ProportionInterval {
  readonly proportion: number;
  /** √(p̂(1-p̂)/n), times the fpc factor when a population size is given. */
  readonly se: number;
  readonly lower: number;
  readonly upper: number;
  /** √((N - n)/(N - 1)), or 1 without a population size. */
  readonly fpcFactor: number;
}

export interface ProportionIntervalOptions {
  readonly method: ProportionIntervalMethod;
  /** Default 0.95. */
  readonly level?: number;
  /** N, the population size, for the finite-population correction. */
  readonly populationSize?: number;
}

/** Clopper-Pearson interval for x of n (x and n may be fractional); 0 / 1 bounds at x = 0 / n. */
export function clopperPearsonInterval(x: number, n: number, level = 0.95): { lower: number; upper: number } {
  const alpha = 1 - level;
  return {
    lower: x <= 0 ? 0 : betaQuantile(alpha / 2, x, n - x + 1),
    upper: x >= n ? 1 : betaQuantile(1 - alpha / 2, x + 1, n - x),
  };
}

/**
 * Interval for a proportion from counts. Example (§3.2): 40 of 107, wilson -> 0.288028 - 0.468381.
 * Throws SurveyError for n < 1, x outside [0, n], a level outside (0, 1) or N < n.
 */
export function proportionInterval(
  successes: number,
  trials: number,
  options: ProportionIntervalOptions,
): ProportionInterval {
  const level = options.level ?? 0.95;
  const bad = (field: string, value: number, rule: string) =>
    new SurveyError("invalid-argument", `${field} ${rule} (got ${value}).`, { field, value });
  if (!(trials >= 1)) throw bad("trials", trials, "must be at least 1");
  if (!(successes >= 0 && successes <= trials))
    throw bad("successes", successes, "must be between 0 and trials");
  if (!(level > 0 && level < 1)) throw bad("level", level, "must be between 0 and 1");
  const N = options.populationSize;
  if (N !== undefined && !(N >= trials))
    throw bad("populationSize", N, "must be at least the number of trials");
  // A census (N = n) has no sampling error: factor 0 (and no 0/0 when N = n = 1).
  const fpcFactor = N === undefined ? 1 : N === trials ? 0 : Math.sqrt((N - trials) / (N - 1));
  const p = successes / trials;
  const se = Math.sqrt((p * (1 - p)) / trials) * fpcFactor;
  const z = normalQuantile(1 - (1 - level) / 2);
  // Trials with the same sampling variance once the fpc is applied.
  const n = fpcFactor === 0 ? Number.POSITIVE_INFINITY : trials / (fpcFactor * fpcFactor);
  let interval: { lower: number; upper: number };
  switch (options.method) {
    case "wald":
      interval = { lower: p - z * se, upper: p + z * se };
      break;
    case "wilson": {
      const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
      const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
      interval = { lower: centre - half, upper: centre + half };
      break;
    }
    case "agresti-coull": {
      const nTilde = n + z * z;
      const pTilde = (p * n + (z * z) / 2) / nTilde;
      const half = z * Math.sqrt((pTilde * (1 - pTilde)) / nTilde);
      interval = { lower: Math.max(0, pTilde - half), upper: Math.min(1, pTilde + half) };
      break;
    }
    case "clopper-pearson":
      interval = Number.isFinite(n) ? clopperPearsonInterval(p * n, n, level) : { lower: p, upper: p };
      break;
    case "logit": {
      if (p === 0 || p === 1) {
        interval = { lower: Number.NaN, upper: Number.NaN };
        break;
      }
      const centre = Math.log(p / (1 - p));
      const half = z / Math.sqrt(n * p * (1 - p));
      interval = { lower: 1 / (1 + Math.exp(-(centre - half))), upper: 1 / (1 + Math.exp(-(centre + half))) };
      break;
    }
  }
  return { proportion: p, se, ...interval, fpcFactor };
}
