import type { OutcomeRates } from "../../api/survey-types.ts";
import { eBasisText, formatRate, rateDefinitions, rateOrder } from "./rate-definitions.ts";

/** Every AAPOR rate with its definition, RR1 first; e and its basis stated under the table. */
export function RatesTable({ rates }: { rates: OutcomeRates }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>AAPOR outcome rates</caption>
        <thead>
          <tr>
            <th scope="col">Rate</th>
            <th scope="col" className="number">
              Value
            </th>
            <th scope="col">Definition</th>
          </tr>
        </thead>
        <tbody>
          {rateOrder.map((name) => (
            <tr key={name} className={name === "RR1" ? "headline-rate" : undefined}>
              <th scope="row">{name}</th>
              <td className="number">{formatRate(rates.rates[name])}</td>
              <td>{rateDefinitions[name]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        e = {rates.e === null || !Number.isFinite(rates.e) ? "not defined yet" : rates.e.toFixed(3)}, the
        estimated share of eligible cases among those of unknown eligibility ({eBasisText(rates.eBasis)}).
      </p>
    </div>
  );
}
