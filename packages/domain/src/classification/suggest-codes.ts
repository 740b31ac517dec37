import type { ClassificationIndex } from "./classification-index.ts";
import { compareCodes } from "./classification-index.ts";

/** A suggested code with its title, for "did you mean" messages. */
export interface CodeSuggestion {
  readonly code: string;
  readonly title: string;
}

/**
 * Up to `n` codes close to what a user wrote, best first: codes whose digits are within edit
 * distance 2 of the text's digits (same length first, then the longer shared prefix, since codes
 * are hierarchical), then codes whose titles share words with the text (finer levels first; a
 * title repeated one level up, as in an undivided class, is suggested once). `normalise` (e.g.
 * normaliseSicCode) maps the text to the classification's form first, so `30.31` is compared as
 * `3031`. Empty when nothing is close.
 * Example: `suggestCodes(sic, "30310", 2, normaliseSicCode)` is 30300 (Manufacture of air and
 * spacecraft...), then 30110 (Building of ships...).
 */
export function suggestCodes(
  index: ClassificationIndex,
  text: string,
  n: number,
  normalise: (text: string) => string | undefined = (t) => t.trim(),
): readonly CodeSuggestion[] {
  const query = normalise(text) ?? text.trim();
  // Only code-like text is compared as a code: "aircraft" is a title search, not a 8-letter code.
  const queryKey = /\d/.test(query) || /^[A-Za-z]$/.test(query) ? codeKey(query) : "";
  const words = titleWords(text);
  // Ranked by [score, tie-break]: lower is better in both.
  const scored: { code: string; title: string; byTitle: boolean; rank: readonly [number, number] }[] = [];
  for (const node of index.classification.nodes) {
    let rank: readonly [number, number] | undefined;
    let byTitle = false;
    if (queryKey.length > 0) {
      const key = codeKey(node.code);
      const distance = editDistance(queryKey, key);
      // Same-length codes first: a user typing five digits means a subclass.
      if (distance <= 2)
        rank = [distance + (key.length === queryKey.length ? 0 : 0.5), -sharedPrefix(queryKey, key)];
    }
    if (rank === undefined && words.length > 0) {
      const title = new Set(titleWords(node.title));
      const shared = words.filter((w) => title.has(w)).length;
      // Title matches (9 to 10) rank after every code match (at most 2.5).
      if (shared > 0) rank = [10 - shared / words.length, -index.depthOf(node.level)];
      byTitle = shared > 0;
    }
    if (rank !== undefined) scored.push({ code: node.code, title: node.title, byTitle, rank });
  }
  scored.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || compareCodes(a.code, b.code));
  const suggestions: CodeSuggestion[] = [];
  const titles = new Set<string>();
  for (const { code, title, byTitle } of scored) {
    if (suggestions.length === n) break;
    if (byTitle && titles.has(title)) continue;
    titles.add(title);
    suggestions.push({ code, title });
  }
  return suggestions;
}

/** The length of the common prefix of two strings. */
function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/** The code as compared: letters and digits only, upper case (`30.30` -> `3030`). */
function codeKey(code: string): string {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, "");
}

/** Lower-case words of three letters or more, without "and" / "the" (in most titles, so no signal). */
function titleWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => w !== "and" && w !== "the");
}

/** Levenshtein distance (insertions, deletions, substitutions each cost 1). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
