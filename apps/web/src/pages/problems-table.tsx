import type { UploadProblem } from "../api/explorer-types.ts";

/** Every problem of a rejected upload, with where it is (line, column). */
export function ProblemsTable({ problems, total }: { problems: readonly UploadProblem[]; total: number }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Problems</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            // Problems have no identity of their own; their order is the file's.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
            <tr key={index}>
              <td>{problem.line ?? "-"}</td>
              <td>{problem.column ?? "-"}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > problems.length && (
        <p>
          Showing the first {problems.length} of {total} problems.
        </p>
      )}
    </div>
  );
}
