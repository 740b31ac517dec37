// The population margins behind calibrated weights, as a table: each level's population, its
// respondents and their weighted total (equal to the population once the weights are calibrated).
import type { MarginLevel, WeightingVariable } from "../../../api/survey-weighting-types.ts";
import { formatCount, formatTotal } from "./format-results.ts";

const variableTitle: Readonly<Record<WeightingVariable, string>> = {
  size: "size band",
  section: "SIC section",
};

/** One population margin the weights were calibrated to: population, respondents, weighted total. */
export function MarginsTable({
  variable,
  levels,
}: {
  variable: WeightingVariable;
  levels: readonly MarginLevel[];
}) {
  return (
    <div className="table-scroll">
      <table className="data-table compact-table">
        <caption>Population and respondents by {variableTitle[variable]}</caption>
        <thead>
          <tr>
            <th scope="col">{variable === "size" ? "Size band" : "SIC section"}</th>
            <th scope="col" className="number">
              Population (enterprises)
            </th>
            <th scope="col" className="number">
              Respondents
            </th>
            <th scope="col" className="number">
              Weighted total
            </th>
          </tr>
        </thead>
        <tbody>
          {levels.map((level) => (
            <tr key={level.level}>
              <th scope="row">{level.label}</th>
              <td className="number">{formatCount(level.population)}</td>
              <td className="number">{formatCount(level.respondents)}</td>
              <td className="number">{formatTotal(level.weightedTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
