// Reads shared by the coding use cases: a codebook's coders with their progress, and each coder's
// code sets per answer (only ever combined across coders by callers that checked the blind rule).
import { type CodebookRecord, listCoders, listCodings, type Queryable } from "@smartspec/storage";
import type { CodableAnswer } from "./coding-fields.ts";
import type { CoderView } from "./coding-views.ts";

/** Answer id -> code ids, from coding rows (of one coder, or final codes). */
export function codeSets(
  rows: readonly { readonly responseId: string; readonly codeId: string }[],
): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>();
  for (const row of rows) {
    let set = sets.get(row.responseId);
    if (!set) sets.set(row.responseId, (set = new Set()));
    set.add(row.codeId);
  }
  return sets;
}

/** The coders of the codebook with how many of `answers` each has coded. */
export async function codersWithProgress(
  db: Queryable,
  codebook: CodebookRecord | undefined,
  answers: readonly CodableAnswer[],
): Promise<CoderView[]> {
  if (!codebook) return [];
  const coders = await listCoders(db, codebook.id);
  const codings = await listCodings(db, codebook.id);
  const live = new Set(answers.map((a) => a.responseId));
  return coders.map((coder) => {
    const coded = new Set(
      codings.filter((c) => c.coderId === coder.userId && live.has(c.responseId)).map((c) => c.responseId),
    );
    return {
      userId: coder.userId,
      name: coder.name,
      slot: coder.slot,
      coded: coded.size,
      finished: coder.finishedAt !== null,
    };
  });
}
