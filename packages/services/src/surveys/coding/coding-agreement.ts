// Inter-coder agreement for multi-label coding (survey-methods.md §9): per code, Cohen's kappa on
// the present/absent indicator over the answers both coders coded; overall, nominal kappa on the
// codes when every such answer got exactly one code from each coder (the methods doc's setting),
// otherwise kappa pooled over every (answer, code) indicator of the codes either coder used.
// Percent agreement: per code the share of answers where the indicator agrees; overall the share of
// answers given identical code sets. Kappa is null where it is undefined (expected agreement 1:
// a code nobody used, or used on every answer by both). Pure; kappa from the domain.
import { cohenKappa } from "@smartspec/domain";

export type CodeSets = ReadonlyMap<string, ReadonlySet<string>>;

export interface CodeAgreement {
  readonly codeId: string;
  /** Cohen's kappa on the indicator; null where undefined. */
  readonly kappa: number | null;
  readonly percentAgreement: number | null;
  readonly both: number;
  readonly firstOnly: number;
  readonly secondOnly: number;
  readonly neither: number;
}

export interface OverallAgreement {
  /** single-code: nominal kappa on the one code per answer; pooled: kappa over code indicators. */
  readonly basis: "single-code" | "pooled-presence";
  readonly kappa: number | null;
  readonly observedAgreement: number | null;
  readonly expectedAgreement: number | null;
  /** Share of answers both coders gave the same set of codes. */
  readonly percentAgreement: number | null;
  /** Answers coded by both coders (the base of every figure). */
  readonly answers: number;
}

export interface CodingAgreement {
  readonly overall: OverallAgreement;
  readonly codes: readonly CodeAgreement[];
  /** Answers (coded by both) whose code sets differ, in the given order. */
  readonly disagreements: readonly string[];
}

const indicator = (set: ReadonlySet<string>, codeId: string) => (set.has(codeId) ? "present" : "absent");

/** Kappa, or null when it is 0/0 (expected agreement 1). */
function kappaOf(first: readonly string[], second: readonly string[]) {
  if (first.length === 0) return null;
  const result = cohenKappa(first, second);
  return Number.isFinite(result.kappa) ? result : { ...result, kappa: null };
}

/**
 * Agreement of two coders over `answerIds` (in order) for `codeIds`. An answer counts when both
 * coders gave it at least one code. Example: one code each, A A B B C A B C A B vs
 * A B B B C A B C C B -> overall single-code kappa 0.696970 (p_o 0.8, p_e 0.34).
 */
export function codingAgreement(
  answerIds: readonly string[],
  codeIds: readonly string[],
  first: CodeSets,
  second: CodeSets,
): CodingAgreement {
  const both = answerIds.filter((id) => (first.get(id)?.size ?? 0) > 0 && (second.get(id)?.size ?? 0) > 0);
  const pairs = both.map((id) => [first.get(id)!, second.get(id)!] as const);
  const codes = codeIds.map((codeId): CodeAgreement => {
    const a = pairs.map(([f]) => indicator(f, codeId));
    const b = pairs.map(([, s]) => indicator(s, codeId));
    const count = (x: string, y: string) => a.filter((v, i) => v === x && b[i] === y).length;
    const result = kappaOf(a, b);
    return {
      codeId,
      kappa: result?.kappa ?? null,
      percentAgreement: result?.observedAgreement ?? null,
      both: count("present", "present"),
      firstOnly: count("present", "absent"),
      secondOnly: count("absent", "present"),
      neither: count("absent", "absent"),
    };
  });
  const same = (f: ReadonlySet<string>, s: ReadonlySet<string>) =>
    f.size === s.size && [...f].every((code) => s.has(code));
  const disagreements = both.filter((_, i) => !same(pairs[i]![0], pairs[i]![1]));
  const single = pairs.every(([f, s]) => f.size === 1 && s.size === 1);
  let overall: ReturnType<typeof kappaOf>;
  if (single) {
    overall = kappaOf(
      pairs.map(([f]) => [...f][0]!),
      pairs.map(([, s]) => [...s][0]!),
    );
  } else {
    const used = codeIds.filter((codeId) => pairs.some(([f, s]) => f.has(codeId) || s.has(codeId)));
    overall = kappaOf(
      used.flatMap((codeId) => pairs.map(([f]) => indicator(f, codeId))),
      used.flatMap((codeId) => pairs.map(([, s]) => indicator(s, codeId))),
    );
  }
  return {
    overall: {
      basis: single ? "single-code" : "pooled-presence",
      kappa: overall?.kappa ?? null,
      observedAgreement: overall?.observedAgreement ?? null,
      expectedAgreement: overall?.expectedAgreement ?? null,
      percentAgreement: both.length === 0 ? null : (both.length - disagreements.length) / both.length,
      answers: both.length,
    },
    codes,
    disagreements,
  };
}
