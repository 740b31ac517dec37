import type { CaseDispositionRow } from "../../api/survey-types.ts";
import { dispositionLabels } from "./rate-definitions.ts";

/**
 * Each case's AAPOR disposition, with the rule of the methods doc that gave it. The table scrolls
 * inside a box of its own, which keyboard users reach with Tab (a named, focusable region).
 */
export function DispositionsTable({ rows }: { rows: readonly CaseDispositionRow[] }) {
  const caption = `Disposition of each case (${rows.length})`;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus to scroll by keyboard (WCAG 2.1.1).
    <section className="table-scroll table-tall" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              Frame line
            </th>
            <th scope="col">Organisation</th>
            <th scope="col">Stratum</th>
            <th scope="col">Disposition</th>
            <th scope="col" className="number">
              Rule
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.caseId}>
              <td className="number">{row.rowNumber}</td>
              <td>{row.organisationName}</td>
              <td>{row.stratum}</td>
              <td>
                {dispositionLabels[row.code] ?? row.code}
                {row.subtype ? `, ${row.subtype}` : ""}
              </td>
              <td className="number">{row.rule}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
