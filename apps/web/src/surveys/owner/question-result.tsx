import { useCallback } from "react";
import type { QuestionResult as Result } from "../../api/survey-types.ts";
import { PlotFigure } from "../../explorer/plot-figure.tsx";
import { divergingColours, likertPlotOptions, proportionPlotOptions } from "./results-plot.ts";

const percent = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : "-");

/** One question: chart(s), then the same numbers as a table (shares, intervals, unweighted n). */
export function QuestionResult({ result, level }: { result: Result; level: number }) {
  const interval = `${Math.round(level * 100)}% interval`;
  const estimated = result.estimated !== false;
  const bars = useCallback(
    (width: number) => proportionPlotOptions(result.categories, width, interval),
    [result, interval],
  );
  const labelOf = useCallback(
    (category: string) => result.categories.find((c) => c.value === category)?.label ?? category,
    [result],
  );
  const likert = useCallback(
    (width: number) => likertPlotOptions(result.likert ?? { diverging: [] }, labelOf, width),
    [result, labelOf],
  );
  const who = result.n === 1 ? "respondent who answered" : "respondents who answered";
  const base = result.multiple ? `${who} (each could tick several)` : who;
  return (
    <article className="question-result" aria-labelledby={`q-${result.name}`}>
      <h3 id={`q-${result.name}`}>{result.title}</h3>
      <p className="hint">
        Base: {result.n} {base}.
      </p>
      {result.likert && result.likert.diverging.length > 0 && (
        <figure className="survey-chart">
          <figcaption>Agreement, centred on the neutral point</figcaption>
          <ul className="chart-legend">
            {result.likert.diverging.map((segment, index) => (
              <li key={segment.category}>
                <span
                  className="legend-swatch"
                  aria-hidden="true"
                  style={{ backgroundColor: divergingColours(result.likert?.diverging.length ?? 0)[index] }}
                />
                {labelOf(segment.category)}
              </li>
            ))}
          </ul>
          <PlotFigure options={likert} />
        </figure>
      )}
      {result.likert?.topBox && (
        <p>
          Top two boxes: {percent(result.likert.topBox.estimate)} ({interval}{" "}
          {percent(result.likert.topBox.low)} to {percent(result.likert.topBox.high)}).
        </p>
      )}
      {result.mean && (
        <p>
          Mean: {result.mean.estimate.toFixed(2)} ({interval} {result.mean.low.toFixed(2)} to{" "}
          {result.mean.high.toFixed(2)}).
        </p>
      )}
      {estimated && result.categories.length > 0 && (
        <figure className="survey-chart">
          <figcaption>Estimated share of each answer with its {interval}</figcaption>
          <PlotFigure options={bars} />
        </figure>
      )}
      {!estimated && result.categories.length === 0 && (
        <p>Written answers are not summarised here: each is in the responses and the data pack.</p>
      )}
      {result.categories.length > 0 && (
        <div className="table-scroll">
          <table className="data-table compact-table">
            <caption className="visually-hidden">{result.title}: estimates</caption>
            <thead>
              <tr>
                <th scope="col">Answer</th>
                <th scope="col" className="number">
                  Share
                </th>
                {estimated && (
                  <>
                    <th scope="col" className="number">
                      {interval}
                    </th>
                    <th scope="col" className="number">
                      Standard error
                    </th>
                  </>
                )}
                <th scope="col" className="number">
                  n
                </th>
              </tr>
            </thead>
            <tbody>
              {result.categories.map((category) => (
                <tr key={category.value}>
                  <th scope="row">{category.label}</th>
                  <td className="number">{percent(category.proportion)}</td>
                  {estimated && (
                    <>
                      <td className="number">
                        {percent(category.low)} to {percent(category.high)}
                      </td>
                      <td className="number">{percent(category.se)}</td>
                    </>
                  )}
                  <td className="number">{category.n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
