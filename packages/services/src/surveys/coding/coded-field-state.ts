// Everything agreement, adjudication and results read once the blind rule allows it: the field's
// answers, codes, both coders and their code sets, and the adjudicated sets. Throws `conflict`
// while the codes are hidden, so no caller can combine the two coders' codes before then.
import {
  type CodebookRecord,
  type CodeRecord,
  listCoders,
  listCodes,
  listCodings,
  listFinalCodes,
  type Queryable,
} from "@smartspec/storage";
import type { CodableAnswer } from "./coding-fields.ts";
import { type CodingScope, requireCodebook, requireRevealed, surveyAnswers } from "./coding-scope.ts";
import { codersWithProgress, codeSets } from "./coding-state.ts";
import type { CoderView } from "./coding-views.ts";
import type { CodeSetMap } from "./final-code-sets.ts";

export interface RevealedCoding {
  readonly codebook: CodebookRecord;
  readonly answers: readonly CodableAnswer[];
  readonly codes: readonly CodeRecord[];
  readonly coders: readonly CoderView[];
  readonly first: CodeSetMap;
  readonly second: CodeSetMap;
  readonly adjudicated: CodeSetMap;
}

/** The revealed coding of the scope's field; `conflict` without a codebook or while hidden. */
export async function revealedCoding(db: Queryable, scope: CodingScope): Promise<RevealedCoding> {
  const codebook = requireCodebook(scope);
  requireRevealed(codebook, await listCoders(db, codebook.id));
  const answers = await surveyAnswers(db, scope.survey, scope.field.field);
  const coders = await codersWithProgress(db, codebook, answers);
  const codings = await listCodings(db, codebook.id);
  const setsOf = (slot: number) => {
    const coder = coders.find((c) => c.slot === slot);
    return codeSets(coder ? codings.filter((c) => c.coderId === coder.userId) : []);
  };
  return {
    codebook,
    answers,
    codes: await listCodes(db, codebook.id),
    coders,
    first: setsOf(1),
    second: setsOf(2),
    adjudicated: codeSets(await listFinalCodes(db, codebook.id)),
  };
}
