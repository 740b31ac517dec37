import { useQuery } from "@tanstack/react-query";
import { dashboardQuery, dispositionsQuery } from "../../api/survey-queries.ts";
import { dispositionCodes } from "../../api/survey-types.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { DailyChart } from "./daily-chart.tsx";
import { dailyTotals, eventLabels, eventTotals } from "./daily-counts.ts";
import { DispositionsTable } from "./dispositions-table.tsx";
import { dispositionLabels, eBasisText, formatRate } from "./rate-definitions.ts";
import { RatesTable } from "./rates-table.tsx";
import { StrataProgressTable } from "./strata-progress-table.tsx";

/** The live dashboard: RR1 up front, counts per event, per day and per stratum, rates, dispositions. */
export function FieldworkDashboard({ slug, surveyId }: { slug: string; surveyId: string }) {
  const dashboard = useQuery(dashboardQuery(slug, surveyId));
  const dispositions = useQuery(dispositionsQuery(slug, surveyId));
  const data = dashboard.data;
  if (dashboard.isPending) return <p role="status">Loading the dashboard…</p>;
  if (!data) return <ErrorAlert error={dashboard.error} />;
  const totals = eventTotals(data.daily);
  const days = dailyTotals(data.daily);
  return (
    <section aria-labelledby="dashboard-heading">
      <h3 id="dashboard-heading">Dashboard</h3>
      <p className="headline">
        Response rate (AAPOR RR1): <strong>{formatRate(data.rates.rates.RR1)}</strong>, completes over all
        sampled cases. e = {data.rates.e === null ? "not defined yet" : data.rates.e.toFixed(3)} (
        {eBasisText(data.rates.eBasis)}).
      </p>
      <dl className="count-grid">
        {Object.keys(eventLabels).map((kind) => (
          <div key={kind}>
            <dt>{eventLabels[kind]}</dt>
            <dd>{totals[kind] ?? 0}</dd>
          </div>
        ))}
      </dl>
      {days.length > 0 ? <DailyChart rows={days} /> : <p>No fieldwork events yet.</p>}
      <StrataProgressTable strata={data.strata} />
      <div className="table-scroll">
        <table className="data-table compact-table">
          <caption>Final dispositions</caption>
          <thead>
            <tr>
              <th scope="col">Disposition</th>
              <th scope="col" className="number">
                Cases
              </th>
            </tr>
          </thead>
          <tbody>
            {dispositionCodes.map((code) => (
              <tr key={code}>
                <th scope="row">{dispositionLabels[code]}</th>
                <td className="number">{data.dispositions[code] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RatesTable rates={data.rates} />
      <p className="hint">
        Dispositions follow {data.ruleSet}; a break-off counts as partial from{" "}
        {formatRate(data.partialThreshold)} of the required questions answered.
      </p>
      {data.mailsByWave.length > 0 && (
        <p>
          Mail sent:{" "}
          {data.mailsByWave
            .map((wave) => `${wave.wave === 0 ? "invitations" : `reminder ${wave.wave}`}: ${wave.mails}`)
            .join("; ")}
          .
        </p>
      )}
      <ErrorAlert error={dispositions.error} />
      {dispositions.data && <DispositionsTable rows={dispositions.data} />}
    </section>
  );
}
