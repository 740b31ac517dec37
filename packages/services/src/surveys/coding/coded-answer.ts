// Checks on an answer and a list of codes named in a request: the answer must be one of the field's
// codable answers, each code one of the codebook's, with no repeats.
import type { CodeRecord } from "@smartspec/storage";
import { PlatformError } from "../../platform/platform-error.ts";
import type { CodableAnswer } from "./coding-fields.ts";

/** The answer `responseId`, or `not-found`. */
export function requireAnswer(answers: readonly CodableAnswer[], responseId: string): CodableAnswer {
  const answer = answers.find((a) => a.responseId === responseId);
  if (!answer) throw new PlatformError("not-found", `No answer "${responseId}" to code in this field`);
  return answer;
}

/** The code ids, checked against the codebook; `validation` naming the first unknown or repeated one. */
export function checkedCodeIds(codes: readonly CodeRecord[], codeIds: readonly string[]): string[] {
  const known = new Set(codes.map((c) => c.id));
  const seen = new Set<string>();
  codeIds.forEach((id, index) => {
    if (!known.has(id)) {
      throw new PlatformError("validation", `codeIds[${index}]: no code "${id}" in this codebook`, {
        field: "codeIds",
      });
    }
    if (seen.has(id)) {
      throw new PlatformError("validation", `codeIds[${index}]: code "${id}" is given twice`, {
        field: "codeIds",
      });
    }
    seen.add(id);
  });
  return [...seen];
}
