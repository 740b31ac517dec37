import type { Specialisation } from "../api/explorer-types.ts";
import { formatCount, formatDecimal, formatInterval, measureLabel } from "./format-values.ts";

/** The "Top specialisations" table: LQ >= 1 by LQ, with a 95% interval for small counts. */
export function SpecialisationsTable({
  dataset,
  rows,
}: {
  dataset: string;
  rows: readonly Specialisation[];
}) {
  if (rows.length === 0) return <p>No activity has a location quotient of 1 or more here.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Top specialisations</caption>
        <thead>
          <tr>
            <th scope="col">Activity</th>
            <th scope="col" className="number">
              {measureLabel(dataset)}
            </th>
            <th scope="col" className="number">
              LQ
            </th>
            <th scope="col" className="number">
              95% interval
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.activity}>
              <th scope="row">
                <span className="code">{row.activity}</span> {row.title}
              </th>
              <td className="number">{formatCount(row.value)}</td>
              <td className="number">{formatDecimal(row.lq)}</td>
              <td className="number">{formatInterval(row.lqLow, row.lqHigh)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
