import type { FrameDuplicate } from "../../api/survey-types.ts";

const reasons: Readonly<Record<string, string>> = {
  email: "Same email address",
  "name-postcode": "Same name and postcode",
  "name-region": "Same name and region",
};

/** Frame rows found to repeat an earlier row, with the row they repeat and why. */
export function DuplicatesTable({ duplicates }: { duplicates: readonly FrameDuplicate[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table compact-table">
        <caption>Possible duplicates ({duplicates.length})</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              Line
            </th>
            <th scope="col" className="number">
              Repeats line
            </th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {duplicates.map((duplicate) => (
            <tr key={duplicate.rowNumber}>
              <td className="number">{duplicate.rowNumber}</td>
              <td className="number">{duplicate.duplicateOf}</td>
              <td>{reasons[duplicate.reason] ?? duplicate.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
