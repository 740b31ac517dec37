// Frequencies of the final codes (survey-methods.md §8 denominators, as for a multiple-response
// question, since an answer may carry several codes): % of coded answers, with the domain's
// Wilson interval (each code is a binary indicator over the coded answers), and % of mentions
// (base: all final codes given). A top-level code with sub-codes also gets its theme total: the
// answers carrying it or any of its sub-codes. Pure; unweighted (the coded answers are the base).
import { type ProportionIntervalMethod, proportionInterval } from "@smartspec/domain";

export interface FrequencyCode {
  readonly id: string;
  readonly label: string;
  readonly parentId: string | null;
}

export interface CodeShare {
  readonly answers: number;
  readonly proportion: number;
  readonly lower: number;
  readonly upper: number;
}

export interface CodeFrequency extends CodeShare {
  readonly codeId: string;
  readonly label: string;
  readonly parentId: string | null;
  readonly mentionShare: number;
  /** Top-level codes with sub-codes: answers with this code or any sub-code. */
  readonly theme: CodeShare | null;
}

export interface CodeFrequencies {
  /** Answers with a final code set: the base of "% of answers". */
  readonly codedAnswers: number;
  /** Final codes given in all: the base of "% of mentions". */
  readonly mentions: number;
  readonly method: ProportionIntervalMethod;
  readonly level: number;
  readonly codes: readonly CodeFrequency[];
}

/**
 * Frequencies of `codes` over the final sets (answer -> code ids). With no coded answer every
 * share is NaN-free: proportions and bounds are 0 and the base is 0.
 * Example: 8 answers, cost on 4 -> 0.5, Wilson 0.215216 - 0.784784.
 */
export function codeFrequencies(
  codes: readonly FrequencyCode[],
  finalSets: ReadonlyMap<string, ReadonlySet<string>>,
  options: { readonly method?: ProportionIntervalMethod; readonly level?: number } = {},
): CodeFrequencies {
  const method = options.method ?? "wilson";
  const level = options.level ?? 0.95;
  const sets = [...finalSets.values()].filter((set) => set.size > 0);
  const n = sets.length;
  const share = (count: number): CodeShare => {
    if (n === 0) return { answers: 0, proportion: 0, lower: 0, upper: 0 };
    const interval = proportionInterval(count, n, { method, level });
    return { answers: count, proportion: interval.proportion, lower: interval.lower, upper: interval.upper };
  };
  const mentions = sets.reduce((sum, set) => sum + set.size, 0);
  return {
    codedAnswers: n,
    mentions,
    method,
    level,
    codes: codes.map((code) => {
      const own = sets.filter((set) => set.has(code.id)).length;
      const children = codes.filter((c) => c.parentId === code.id).map((c) => c.id);
      const themed =
        children.length === 0
          ? null
          : share(sets.filter((set) => set.has(code.id) || children.some((c) => set.has(c))).length);
      return {
        codeId: code.id,
        label: code.label,
        parentId: code.parentId,
        ...share(own),
        mentionShare: mentions === 0 ? 0 : own / mentions,
        theme: themed,
      };
    }),
  };
}
