// "Who answered" (issue 6, scope 5: representativeness): respondents against the sample, the
// frame and the business population, by size band and by SIC section. Plain sentences first,
// then per variable a table and a chart of respondents' share against the population's, the
// tests as a footnote and the population's attribution. Loaded when the reader opens it; before
// a sample is drawn the API answers 409 and the page asks for a sample first.
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useCallback, useId, useState } from "react";
import { ApiError } from "../../../api/api-error.ts";
import { representativenessQuery } from "../../../api/survey-queries.ts";
import type { VariableComparison } from "../../../api/survey-weighting-types.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PlotFigure } from "../../../explorer/plot-figure.tsx";
import { barColour, intervalColour } from "../results-plot.ts";
import { ComparisonTable } from "./comparison-table.tsx";
import { formatCount, formatShare, testSentence } from "./format-results.ts";
import { PopulationSourceNote } from "./population-source.tsx";
import { shareComparisonPlotOptions } from "./share-comparison-plot.ts";

export interface WhoAnsweredProps {
  readonly slug: string;
  readonly surveyId: string;
  readonly year: number | undefined;
}

export function WhoAnswered({ slug, surveyId, year }: WhoAnsweredProps) {
  const [open, setOpen] = useState(false);
  const query = useQuery({ ...representativenessQuery(slug, surveyId, year), enabled: open });
  const noSample = query.error instanceof ApiError && query.error.status === 409;
  const data = query.data;
  return (
    <details className="who-answered" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Who answered: respondents against the frame and the business population</summary>
      {open && query.isFetching && !data && <p role="status">Comparing respondents with the population…</p>}
      {noSample ? (
        <p className="empty-note">
          Draw a sample first: who answered is compared with the sample, the frame and the business
          population, so it needs a sample.{" "}
          <Link to="/w/$slug/surveys/$surveyId/frame" params={{ slug, surveyId }}>
            Go to Frame &amp; sample
          </Link>
          .
        </p>
      ) : (
        <ErrorAlert error={query.error} />
      )}
      {data && (
        <div className="who-answered-body">
          <ul className="who-answered-text">
            {data.text.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <p className="hint">Respondents: {data.respondentsAre}</p>
          {data.variables.map((variable) => (
            <VariableComparisonView key={variable.variable} variable={variable} />
          ))}
          <p className="footnote">
            <strong>Tests.</strong> {data.tests}
          </p>
          <PopulationSourceNote population={data.population} />
        </div>
      )}
    </details>
  );
}

function VariableComparisonView({ variable }: { variable: VariableComparison }) {
  const id = useId();
  const options = useCallback(
    (width: number) => shareComparisonPlotOptions(variable.levels, width),
    [variable],
  );
  const tests = [
    variable.responseRateTest &&
      `response rates by ${variable.title}: ${testSentence(variable.responseRateTest)}`,
    variable.populationFitTest &&
      `respondents against the population's shares: ${testSentence(variable.populationFitTest)}`,
  ].filter((text): text is string => Boolean(text));
  const unplaced = variable.unplaced;
  return (
    <section className="comparison" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>By {variable.title}</h3>
      {variable.levels.length === 0 ? (
        <p>No frame unit has a readable {variable.title}.</p>
      ) : (
        <>
          <figure className="survey-chart">
            <figcaption>Share of respondents and of the population in each {variable.title}</figcaption>
            <ul className="chart-legend">
              <li>
                <span className="legend-swatch" aria-hidden="true" style={{ backgroundColor: barColour }} />
                Respondents
              </li>
              <li>
                <span
                  className="legend-mark"
                  aria-hidden="true"
                  style={{ backgroundColor: intervalColour }}
                />
                Population (enterprises)
              </li>
            </ul>
            <PlotFigure options={options} />
          </figure>
          <ComparisonTable variable={variable} />
          <p className="hint">
            Shares are of the units with a readable {variable.title}. Difference: the respondents' share minus
            the population's, in percentage points.
          </p>
        </>
      )}
      {variable.outsideFrame.population > 0 && (
        <p className="hint">
          Outside the frame's scope: {variable.outsideFrame.levels.join(", ")} (
          {formatCount(variable.outsideFrame.population)} enterprises,{" "}
          {formatShare(variable.outsideFrame.share)} of the population), left out of the shares above.
        </p>
      )}
      {unplaced.frame + unplaced.respondents > 0 && (
        <p className="hint">
          Without a readable {variable.title}: {formatCount(unplaced.frame)} frame units,{" "}
          {formatCount(unplaced.sample)} sampled, {formatCount(unplaced.respondents)} respondents (left out).
        </p>
      )}
      {tests.length > 0 && <p className="footnote">Tests: {tests.join("; ")}.</p>}
    </section>
  );
}
