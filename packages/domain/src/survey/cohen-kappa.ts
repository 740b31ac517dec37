// Cohen's kappa for two coders on nominal codes (Cohen 1960; survey-methods.md §9):
//   κ = (p_o - p_e) / (1 - p_e), p_o = observed agreement, p_e = Σ_k p_1k p_2k from each coder's
// marginal shares. Optional case weights make every share a weighted one (the point estimate of
// survey::svykappa). R: irr::kappa2 for the unweighted case.
import { SurveyError } from "./survey-error.ts";

export interface CohenKappa {
  readonly kappa: number;
  readonly observedAgreement: number;
  readonly expectedAgreement: number;
  /** Segments coded by both coders. */
  readonly n: number;
}

/** κ for the pairs (first[i], second[i]); pairs where either code is null or "" are left out. */
export function cohenKappa(
  first: readonly (string | null)[],
  second: readonly (string | null)[],
  weights?: ArrayLike<number>,
): CohenKappa {
  if (first.length !== second.length || (weights !== undefined && weights.length !== first.length)) {
    throw new SurveyError("length-mismatch", "the two coders (and the weights) must code the same segments.");
  }
  const firstShares = new Map<string, number>();
  const secondShares = new Map<string, number>();
  let total = 0;
  let agree = 0;
  let n = 0;
  for (let i = 0; i < first.length; i++) {
    const a = first[i];
    const b = second[i];
    if (a === null || a === undefined || a === "" || b === null || b === undefined || b === "") continue;
    const w = weights === undefined ? 1 : weights[i]!;
    n++;
    total += w;
    if (a === b) agree += w;
    firstShares.set(a, (firstShares.get(a) ?? 0) + w);
    secondShares.set(b, (secondShares.get(b) ?? 0) + w);
  }
  if (n === 0) throw new SurveyError("empty-domain", "no segment has a code from both coders.");
  let expected = 0;
  for (const [code, share] of firstShares)
    expected += (share / total) * ((secondShares.get(code) ?? 0) / total);
  const observed = agree / total;
  return {
    kappa: (observed - expected) / (1 - expected),
    observedAgreement: observed,
    expectedAgreement: expected,
    n,
  };
}
