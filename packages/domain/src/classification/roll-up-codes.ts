import type { ClassificationIndex } from "./classification-index.ts";
import { compareCodes } from "./classification-index.ts";

/** Where each input code goes when rolled up a hierarchy to one level. */
export interface RolledUpCodes {
  /** The distinct ancestors at the level, sorted. */
  readonly groupCodes: readonly string[];
  /** Per input code: its position in `groupCodes`, or -1 when it cannot be rolled up. */
  readonly groupOf: Int32Array;
  /**
   * Distinct input codes that cannot be rolled up, in first-seen order: not in the classification,
   * or coarser than the level (a division cannot be rolled up to a class).
   */
  readonly unknown: readonly string[];
}

/**
 * Maps codes to their ancestors at one level of a classification, for summing a data set up the
 * hierarchy (subclass -> division -> section). Codes already at the level map to themselves.
 * Example: codes ["30300", "29100", "30110"] to "division" give groupCodes ["29", "30"] and
 * groupOf [1, 0, 1].
 */
export function rollUpCodes(
  index: ClassificationIndex,
  codes: readonly string[],
  levelId: string,
): RolledUpCodes {
  if (index.level(levelId) === undefined) {
    throw new Error(`${index.classification.id} has no level "${levelId}"`);
  }
  const ancestors = codes.map((code) => index.ancestorAt(code, levelId));
  const groupCodes = [...new Set(ancestors.filter((a) => a !== undefined))].sort(compareCodes);
  const position = new Map(groupCodes.map((code, i) => [code, i]));
  const groupOf = new Int32Array(codes.length);
  const unknown = new Set<string>();
  ancestors.forEach((ancestor, i) => {
    if (ancestor === undefined) unknown.add(codes[i]!);
    groupOf[i] = ancestor === undefined ? -1 : position.get(ancestor)!;
  });
  return { groupCodes, groupOf, unknown: [...unknown] };
}

/**
 * Sums values by group: `values[i]` is added to group `groupOf[i]`; entries with -1 are skipped.
 * Units are those of the values. Example: sumByGroup([1, 0, 1], [5, 7, 2], 2) is [7, 7].
 */
export function sumByGroup(groupOf: Int32Array, values: ArrayLike<number>, groupCount: number): Float64Array {
  const sums = new Float64Array(groupCount);
  for (let i = 0; i < groupOf.length; i++) {
    const group = groupOf[i]!;
    if (group >= 0) sums[group]! += values[i]!;
  }
  return sums;
}
