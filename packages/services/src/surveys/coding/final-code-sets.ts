// The final code set of each answer: the adjudicated set where there is one, else the coders'
// shared set where both coded the answer alike; answers with neither are pending. Pure.
import type { CodableAnswer } from "./coding-fields.ts";

export type CodeSetMap = ReadonlyMap<string, ReadonlySet<string>>;

/** Answer id -> final code ids, for the answers that have one (in answer order). */
export function finalCodeSets(
  answers: readonly CodableAnswer[],
  first: CodeSetMap,
  second: CodeSetMap,
  adjudicated: CodeSetMap,
): Map<string, ReadonlySet<string>> {
  const finals = new Map<string, ReadonlySet<string>>();
  for (const { responseId } of answers) {
    const decided = adjudicated.get(responseId);
    if (decided && decided.size > 0) {
      finals.set(responseId, decided);
      continue;
    }
    const a = first.get(responseId);
    const b = second.get(responseId);
    if (a && b && a.size > 0 && a.size === b.size && [...a].every((code) => b.has(code))) {
      finals.set(responseId, a);
    }
  }
  return finals;
}
