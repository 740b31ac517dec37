// Deterministic per-respondent randomisation: which split-ballot variant a respondent sees and the
// order of a question's options. Both come from SHA-256 of a seed and the respondent's key (an
// invitation id, say), so the server, a re-rendered page and an analyst's script all get the same
// answer without storing it, and no one can steer their own assignment without the seed.
import type { Choice, ChoiceOrder, SpecialChoice, SplitBallot } from "./instrument-model.ts";
import { noneValue, otherValue } from "./instrument-model.ts";
import { sha256, utf8Bytes } from "./sha256.ts";

/** A uniform 32-bit integer from the hash of the parts joined by NUL (which no part can contain unseen). */
function hashWord(parts: readonly string[]): number {
  const digest = sha256(utf8Bytes(parts.join("\u0000")));
  return ((digest[0]! << 24) | (digest[1]! << 16) | (digest[2]! << 8) | digest[3]!) >>> 0;
}

/**
 * The variant a respondent is assigned: `variants[floor(h * n / 2^32)]` where h is the first 32 bits
 * of SHA-256(seed NUL respondentKey), so each variant gets 1/n of respondents (bias below 2^-32 * n).
 * Example: `assignVariant({ variants: ["A", "B"], seed: "sme-2026" }, "invitation-17")`.
 */
export function assignVariant(splitBallot: SplitBallot, respondentKey: string): string {
  const n = splitBallot.variants.length;
  const slot = Math.floor((hashWord([splitBallot.seed, respondentKey]) * n) / 0x1_0000_0000);
  return splitBallot.variants[slot]!;
}

/** Whether an element or page limited to `variants` is shown to a respondent in `variant`. */
export function shownToVariant(
  variants: readonly string[] | undefined,
  variant: string | undefined,
): boolean {
  return variants === undefined || (variant !== undefined && variants.includes(variant));
}

/** Mulberry32 (Tommy Ettinger's 32-bit generator): enough for shuffling a short option list. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

interface OrderedOptions {
  readonly name: string;
  readonly choices: readonly Choice[];
  readonly choiceOrder: ChoiceOrder;
  readonly pinSpecialLast?: boolean;
  readonly other?: SpecialChoice;
  readonly none?: SpecialChoice;
}

/**
 * The options of a choice or ranking question in the order one respondent sees them: as listed, or
 * for `choiceOrder: "random"` a Fisher-Yates shuffle seeded by SHA-256(seed NUL respondentKey NUL
 * question name). "Other" and "None" come last unless `pinSpecialLast` is false, when they are
 * shuffled with the rest. The input is not changed.
 */
export function displayedChoices(question: OrderedOptions, seed: string, respondentKey: string): Choice[] {
  const special: Choice[] = [];
  if (question.other !== undefined) special.push({ value: otherValue, label: question.other.label });
  if (question.none !== undefined) special.push({ value: noneValue, label: question.none.label });
  if (question.choiceOrder === "fixed") return [...question.choices, ...special];
  const pinned = question.pinSpecialLast !== false;
  const shuffled = pinned ? [...question.choices] : [...question.choices, ...special];
  const random = mulberry32(hashWord([seed, respondentKey, question.name]));
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return pinned ? [...shuffled, ...special] : shuffled;
}
