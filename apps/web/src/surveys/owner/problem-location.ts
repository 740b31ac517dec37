// Where a problem is, as a person reads it: a JSON path as "pages[0].elements[2].name", a file
// position as "line 4, column email".
import type { SurveyProblem } from "../../api/survey-types.ts";

/** ["pages", 0, "elements", 2, "name"] -> "pages[0].elements[2].name"; [] -> "(the survey)". */
export function formatProblemPath(path: SurveyProblem["path"]): string {
  if (path === undefined) return "-";
  if (typeof path === "string") return path === "" ? "(the survey)" : path;
  if (path.length === 0) return "(the survey)";
  let text = "";
  for (const part of path) text += typeof part === "number" ? `[${part}]` : text === "" ? part : `.${part}`;
  return text;
}

/**
 * The message without a leading "<column>: " when the table shows the column beside it:
 * `{ column: "email", message: 'email: "x" is not an email address' }` -> `"x" is not an email address`.
 */
export function problemMessage(problem: Pick<SurveyProblem, "column" | "message">): string {
  const prefix = problem.column === undefined ? undefined : `${problem.column}: `;
  return prefix !== undefined && problem.message.startsWith(prefix)
    ? problem.message.slice(prefix.length)
    : problem.message;
}
