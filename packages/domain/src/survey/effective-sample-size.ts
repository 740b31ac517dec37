// Kish's effective sample size and design effect from the weights alone (Kish 1965;
// survey-methods.md §5): n_eff = (Σw)² / Σw², deff_w = n Σw² / (Σw)² = 1 + cv²(w).
// They measure only the loss from unequal weighting; designMean gives the design-based deff.

export interface KishSummary {
  readonly n: number;
  readonly nEffective: number;
  readonly deff: number;
}

/** Kish n_eff and deff_w of `weights` (rows with weight 0 count in n, as R's nrow). */
export function kishEffectiveSize(weights: ArrayLike<number>): KishSummary {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i]!;
    squares += weights[i]! * weights[i]!;
  }
  const n = weights.length;
  return { n, nEffective: (sum * sum) / squares, deff: (n * squares) / (sum * sum) };
}
