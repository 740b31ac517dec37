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
