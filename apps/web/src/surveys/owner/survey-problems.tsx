import type { SurveyProblem } from "../../api/survey-types.ts";
import { formatProblemPath, problemMessage } from "./problem-location.ts";

/**
 * Every problem of a refused instrument or frame: by JSON path (instruments) or by line and column
 * (files), whichever the problems carry.
 */
export function SurveyProblems({
  problems,
  caption,
}: {
  problems: readonly SurveyProblem[];
  caption: string;
}) {
  const byLine = problems.some((problem) => problem.line !== undefined);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {byLine ? (
              <>
                <th scope="col">Line</th>
                <th scope="col">Column</th>
              </>
            ) : (
              <th scope="col">Where</th>
            )}
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: problems keep the server's order and never reorder
            <tr key={index}>
              {byLine ? (
                <>
                  <td>{problem.line ?? "-"}</td>
                  <td>{problem.column ?? "-"}</td>
                </>
              ) : (
                <td>
                  <code>{formatProblemPath(problem.path)}</code>
                </td>
              )}
              <td>{byLine ? problemMessage(problem) : problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
