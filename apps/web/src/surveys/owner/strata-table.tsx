import type { SampleStratum } from "../../api/survey-types.ts";
import { stratumLabel } from "./survey-texts.ts";

const formatWeight = (weight: number | null) => (weight === null ? "-" : weight.toFixed(3));

/** The drawn sample per stratum: N_h (frame units), n_h (sampled), design weight N_h / n_h. */
export function StrataTable({ strata }: { strata: readonly SampleStratum[] }) {
  const population = strata.reduce((sum, s) => sum + s.population, 0);
  const sample = strata.reduce((sum, s) => sum + s.sample, 0);
  return (
    <div className="table-scroll">
      <table className="data-table compact-table">
        <caption>Sample by stratum</caption>
        <thead>
          <tr>
            <th scope="col">Stratum</th>
            <th scope="col" className="number">
              Frame units N<sub>h</sub>
            </th>
            <th scope="col" className="number">
              Sampled n<sub>h</sub>
            </th>
            <th scope="col" className="number">
              Design weight N<sub>h</sub>/n<sub>h</sub>
            </th>
          </tr>
        </thead>
        <tbody>
          {strata.map((stratum) => (
            <tr key={stratum.stratum}>
              <th scope="row">{stratumLabel(stratum.stratum)}</th>
              <td className="number">{stratum.population}</td>
              <td className="number">{stratum.sample}</td>
              <td className="number">{formatWeight(stratum.weight)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="total-row">
            <th scope="row">Total</th>
            <td className="number">{population}</td>
            <td className="number">{sample}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
