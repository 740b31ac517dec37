import type { StratumFieldwork } from "../../api/survey-types.ts";
import { formatRate } from "./rate-definitions.ts";
import { stratumLabel } from "./survey-texts.ts";

/** Response by stratum against the frame, so gaps show while there is time to chase them. */
export function StrataProgressTable({ strata }: { strata: readonly StratumFieldwork[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Response by stratum</caption>
        <thead>
          <tr>
            <th scope="col">Stratum</th>
            <th scope="col" className="number">
              In the frame
            </th>
            <th scope="col" className="number">
              Sampled
            </th>
            <th scope="col" className="number">
              Invited
            </th>
            <th scope="col" className="number">
              Completed
            </th>
            <th scope="col" className="number">
              Completed / sampled
            </th>
          </tr>
        </thead>
        <tbody>
          {strata.map((stratum) => (
            <tr key={stratum.stratum}>
              <th scope="row">{stratumLabel(stratum.stratum)}</th>
              <td className="number">{stratum.frameUnits}</td>
              <td className="number">{stratum.cases}</td>
              <td className="number">{stratum.invited}</td>
              <td className="number">{stratum.completed}</td>
              <td className="number">
                {formatRate(stratum.cases > 0 ? stratum.completed / stratum.cases : null)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
