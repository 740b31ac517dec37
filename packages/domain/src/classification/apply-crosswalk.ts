import type { Crosswalk } from "./classification.ts";
import { compareCodes } from "./classification-index.ts";

/**
 * Input codes linked to target codes through a crosswalk. Link k joins input position `from[k]`
 * to target position `to[k]`; an input code with two targets has two links.
 */
export interface CrosswalkMapping {
  /** The distinct target codes reached, sorted. */
  readonly targetCodes: readonly string[];
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Distinct input codes with no pair in the crosswalk, in first-seen order. */
  readonly unmapped: readonly string[];
}

/**
 * Links codes to the codes of another classification. Many-to-many: a code mapping to two targets
 * counts in both (as ONS LEP totals count a district that belonged to two LEPs in each).
 * Example: with pairs E06000022->E37000037 and E07000194->{E37000022, E37000029},
 * codes ["E07000194", "E06000022"] give targetCodes ["E37000022", "E37000029", "E37000037"],
 * from [0, 0, 1] and to [0, 1, 2].
 */
export function applyCrosswalk(crosswalk: Crosswalk, codes: readonly string[]): CrosswalkMapping {
  const targetsOf = new Map<string, string[]>();
  for (const pair of crosswalk.pairs) {
    const targets = targetsOf.get(pair.from) ?? [];
    if (!targets.includes(pair.to)) targets.push(pair.to);
    targetsOf.set(pair.from, targets);
  }
  const reached = new Set<string>();
  for (const code of codes) for (const target of targetsOf.get(code) ?? []) reached.add(target);
  const targetCodes = [...reached].sort(compareCodes);
  const position = new Map(targetCodes.map((code, i) => [code, i]));
  const from: number[] = [];
  const to: number[] = [];
  const unmapped = new Set<string>();
  codes.forEach((code, i) => {
    const targets = targetsOf.get(code);
    if (targets === undefined) unmapped.add(code);
    for (const target of targets ?? []) {
      from.push(i);
      to.push(position.get(target)!);
    }
  });
  return { targetCodes, from: Int32Array.from(from), to: Int32Array.from(to), unmapped: [...unmapped] };
}

/**
 * Sums values through a crosswalk mapping: `values[i]` (one per input code) is added to every target
 * of input i, so totals over all targets double-count two-target codes by design. Example: values
 * [10, 4] with the mapping in `applyCrosswalk`'s example give [10, 10, 4].
 */
export function sumThroughCrosswalk(mapping: CrosswalkMapping, values: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(mapping.targetCodes.length);
  for (let k = 0; k < mapping.from.length; k++) sums[mapping.to[k]!]! += values[mapping.from[k]!]!;
  return sums;
}
