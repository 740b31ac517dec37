// Weight trimming as R survey's trimWeights(design, upper, lower, strict) (survey 4.1): weights
// outside [lower, upper] are set to the bound and the amount trimmed is shared equally among the
// other rows (R adds sum(trimmings) / sum(!outside) to each), so the total is unchanged;
// strict = TRUE repeats until no weight is outside (sharing can push others over a bound).
import { SurveyError } from "./survey-error.ts";

export interface TrimOptions {
  readonly lower?: number;
  readonly upper?: number;
  readonly strict?: boolean;
}

/** Trimmed copy of `weights` (the input is not changed). */
export function trimWeights(weights: ArrayLike<number>, options: TrimOptions): Float64Array {
  const lower = options.lower ?? Number.NEGATIVE_INFINITY;
  const upper = options.upper ?? Number.POSITIVE_INFINITY;
  if (!(lower <= upper))
    throw new SurveyError("invalid-argument", `lower (${lower}) is above upper (${upper}).`);
  let current = Float64Array.from(weights);
  for (let round = 0; round < 1000; round++) {
    const outside = current.map((w) => (w < lower || w > upper ? 1 : 0));
    if (!outside.some((o) => o === 1)) return current;
    const next = current.map((w) => Math.min(upper, Math.max(lower, w)));
    let trimmed = 0;
    let inside = 0;
    for (let i = 0; i < next.length; i++) {
      trimmed += current[i]! - next[i]!;
      if (outside[i] === 0) inside++;
    }
    for (let i = 0; i < next.length; i++) if (outside[i] === 0) next[i]! += trimmed / inside;
    current = next;
    if (!options.strict) return current;
  }
  return current;
}
