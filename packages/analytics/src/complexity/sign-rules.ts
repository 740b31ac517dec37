// Sign rules for the complexity eigenvector (analytics reference §3.1 "Sign rule" row, §5 pitfall 2).
// An eigenvector has no sign; each tool fixes it differently, and the rules can disagree on weakly
// nested data, which reverses the whole ranking. We compute every rule's evidence on the final
// orientation so that the choice is documented and disagreements are reported.
import { pearsonCorrelation, spearmanCorrelation } from "../common/descriptive.ts";

/** The rules, with the tool that uses each. */
export const signRules = [
  /** corr(kc, diversity) > 0: Stata ecomplexity, py-ecomplexity; smartspec's second rule. */
  "diversity",
  /** corr(ECI, reflections ECI) > 0: economiccomplexity (ECI side); EconGeo kci uses morc(20), same sign. */
  "reflections",
  /** corr(PCI, reflections PCI) > 0: economiccomplexity (PCI side). */
  "reflections-activities",
  /** Spearman corr(PCI, ubiquity) <= 0: EconGeo tci; smartspec's first rule. */
  "ubiquity-spearman",
] as const;
export type SignRule = (typeof signRules)[number];

export interface SignEvidenceInput {
  readonly kc: ArrayLike<number>;
  readonly kp: ArrayLike<number>;
  readonly diversity: ArrayLike<number>;
  readonly ubiquity: ArrayLike<number>;
  /** Reflections of even region order and odd activity order (e.g. k_r,18 and k_p,19). */
  readonly reflectionsRegions: ArrayLike<number>;
  readonly reflectionsActivities: ArrayLike<number>;
}

/** The correlation behind each rule, keyed by rule name, for the given orientation of kc and kp. */
export function signEvidence(input: SignEvidenceInput): Record<SignRule, number> {
  return {
    diversity: pearsonCorrelation(input.kc, input.diversity),
    reflections: pearsonCorrelation(input.kc, input.reflectionsRegions),
    "reflections-activities": pearsonCorrelation(input.kp, input.reflectionsActivities),
    "ubiquity-spearman": spearmanCorrelation(input.kp, input.ubiquity),
  };
}

/**
 * A correlation this close to 0 is rounding residue of an exact 0 (a presence pattern symmetric under
 * the sign change), not evidence: treating its sign as a verdict would make the orientation depend on
 * the order of the rows.
 */
export const undecidedCorrelation = 1e-9;

/** +1 if the rule keeps the orientation the evidence was computed on, −1 if it flips it, 0 if undecided. */
export function ruleVerdict(rule: SignRule, evidence: Record<SignRule, number>): 1 | -1 | 0 {
  const value = evidence[rule];
  if (!Number.isFinite(value) || Math.abs(value) < undecidedCorrelation) return 0;
  const keeps = rule === "ubiquity-spearman" ? value < 0 : value > 0;
  return keeps ? 1 : -1;
}

/** Rules that would flip the orientation the evidence was computed on. */
export function disagreeingRules(evidence: Record<SignRule, number>): SignRule[] {
  return signRules.filter((rule) => ruleVerdict(rule, evidence) === -1);
}

/**
 * smartspec's orientation (docs/decisions/0009): the first decided rule among ubiquity-spearman,
 * diversity, reflections. Complexity must first mean what the opportunity chart reads it as: an
 * activity found in few places is more complex (PCI falls with ubiquity, as EconGeo's tci and
 * Balland et al. 2019 have it). On nested data (trade, the reference toy) diversity agrees; on weakly
 * nested regional employment it may not, and the warning says so.
 * Returns the sign to multiply kc and kp by, and the rule that decided it ("none" keeps +1).
 */
export function smartspecSign(evidence: Record<SignRule, number>): { sign: 1 | -1; rule: SignRule | "none" } {
  for (const rule of ["ubiquity-spearman", "diversity", "reflections"] as const) {
    const verdict = ruleVerdict(rule, evidence);
    if (verdict !== 0) return { sign: verdict, rule };
  }
  return { sign: 1, rule: "none" };
}
