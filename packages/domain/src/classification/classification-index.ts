import type { Classification, ClassificationLevel, ClassificationNode } from "./classification.ts";

/** Lookups over one classification, built once: by code, by level, up and down the hierarchy. */
export interface ClassificationIndex {
  readonly classification: Classification;
  /** The node with this exact code, or undefined. */
  node(code: string): ClassificationNode | undefined;
  /** The level with this id, or undefined. */
  level(levelId: string): ClassificationLevel | undefined;
  /** Position of a level, 0 = coarsest; -1 for an unknown level. */
  depthOf(levelId: string): number;
  /** The codes at a level, sorted. */
  codesAt(levelId: string): readonly string[];
  /** The direct children of a code, sorted. */
  children(code: string): readonly string[];
  /**
   * The code's ancestor at a level (the code itself at its own level); undefined when the code is
   * unknown or the level is finer than the code's or unknown.
   */
  ancestorAt(code: string, levelId: string): string | undefined;
}

/**
 * Indexes a classification. Throws when a code is repeated, a node names an unknown level or
 * parent, or a parent is not exactly one level coarser: classifications are data we ship, so a
 * broken one is a bug to catch at load time.
 * Example: `createClassificationIndex(sic).ancestorAt("30300", "division")` is `"30"`.
 */
export function createClassificationIndex(classification: Classification): ClassificationIndex {
  const byCode = new Map<string, ClassificationNode>();
  const depths = new Map(classification.levels.map((level, depth) => [level.id, depth]));
  const codesByLevel = new Map<string, string[]>(classification.levels.map((level) => [level.id, []]));
  const childrenByCode = new Map<string, string[]>();
  for (const node of classification.nodes) {
    if (byCode.has(node.code)) throw new Error(`${classification.id}: code "${node.code}" is repeated`);
    const codes = codesByLevel.get(node.level);
    if (codes === undefined)
      throw new Error(`${classification.id}: "${node.code}" has unknown level "${node.level}"`);
    byCode.set(node.code, node);
    codes.push(node.code);
  }
  for (const node of classification.nodes) {
    if (node.parent === null) continue;
    const parent = byCode.get(node.parent);
    if (parent === undefined || depths.get(parent.level)! !== depths.get(node.level)! - 1) {
      throw new Error(`${classification.id}: "${node.code}" has parent "${node.parent}" not one level up`);
    }
    const siblings = childrenByCode.get(node.parent) ?? [];
    siblings.push(node.code);
    childrenByCode.set(node.parent, siblings);
  }
  for (const codes of [...codesByLevel.values(), ...childrenByCode.values()]) codes.sort(compareCodes);

  return {
    classification,
    node: (code) => byCode.get(code),
    level: (levelId) => classification.levels.find((level) => level.id === levelId),
    depthOf: (levelId) => depths.get(levelId) ?? -1,
    codesAt: (levelId) => codesByLevel.get(levelId) ?? [],
    children: (code) => childrenByCode.get(code) ?? [],
    ancestorAt(code, levelId) {
      const target = depths.get(levelId);
      let node = byCode.get(code);
      if (target === undefined || node === undefined || depths.get(node.level)! < target) return undefined;
      while (node !== undefined && depths.get(node.level)! > target) {
        node = node.parent === null ? undefined : byCode.get(node.parent);
      }
      return node?.code;
    },
  };
}

/** Code order: plain string order, so `01` < `01.1` < `10` and section letters after digits. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
