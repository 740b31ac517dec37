// "Compare by" under a single-choice, rating or Likert question (issue 6, scope 5): choose a frame
// variable or another question, then see the answers per group as grouped bars with intervals, the
// same numbers as a table, and the Rao-Scott test in one sentence. Same weighting as the page.
import { useQuery } from "@tanstack/react-query";
import { useCallback, useId, useState } from "react";
import { createApiClient } from "../../../api/api-client.ts";
import type { ResultsView } from "../../../api/survey-results-paths.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PlotFigure } from "../../../explorer/plot-figure.tsx";
import {
  crosstabByOptions,
  crosstabPath,
  crosstabPlotOptions,
  crosstabQuestionTypes,
  crosstabTableRows,
  groupColours,
  type SurveyCrosstab,
} from "./crosstab-view.ts";

// GETs need no CSRF token, so a client of its own is enough for this read-only panel.
const client = createApiClient();

interface QuestionSummary {
  readonly name: string;
  readonly title: string;
  readonly type: string;
}

export interface CrosstabPanelProps {
  readonly slug: string;
  readonly surveyId: string;
  readonly question: QuestionSummary;
  readonly questions: readonly QuestionSummary[];
  readonly view: ResultsView;
  readonly level: number;
}

export function CrosstabPanel({ slug, surveyId, question, questions, view, level }: CrosstabPanelProps) {
  const id = useId();
  const [by, setBy] = useState("");
  const path = crosstabPath(slug, surveyId, question.name, by, view);
  const crosstab = useQuery({
    queryKey: ["crosstab", path],
    queryFn: () => client.get<SurveyCrosstab>(path),
    enabled: by !== "",
  });
  if (!crosstabQuestionTypes.has(question.type)) return null;
  return (
    <section className="crosstab-panel" aria-labelledby={`${id}-label`}>
      <div className="field">
        <label id={`${id}-label`} htmlFor={`${id}-by`}>
          Compare by
        </label>
        <select id={`${id}-by`} value={by} onChange={(event) => setBy(event.target.value)}>
          <option value="">(no comparison)</option>
          {crosstabByOptions(question.name, questions).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {by !== "" && crosstab.isFetching && !crosstab.data && <p role="status">Comparing…</p>}
      <ErrorAlert error={crosstab.error} />
      {by !== "" && crosstab.data && <CrosstabResult crosstab={crosstab.data} level={level} />}
    </section>
  );
}

function CrosstabResult({ crosstab, level }: { crosstab: SurveyCrosstab; level: number }) {
  const interval = `${Math.round(level * 100)}% interval`;
  const bars = useCallback(
    (width: number) => crosstabPlotOptions(crosstab, width, interval),
    [crosstab, interval],
  );
  const rows = crosstabTableRows(crosstab);
  return (
    <div className="crosstab-result">
      <p className="crosstab-sentence">{crosstab.sentence}</p>
      {crosstab.withoutGroup > 0 && (
        <p className="hint">
          {crosstab.withoutGroup} response{crosstab.withoutGroup === 1 ? " has" : "s have"} no{" "}
          {crosstab.by.title} and
          {crosstab.withoutGroup === 1 ? " is" : " are"} left out.
        </p>
      )}
      {rows.length > 0 && (
        <figure className="survey-chart">
          <figcaption>
            Share of each answer by {crosstab.by.title}, with its {interval}
          </figcaption>
          <ul className="chart-legend">
            {crosstab.groups.map((group, index) => (
              <li key={group.value}>
                <span
                  className="legend-swatch"
                  aria-hidden="true"
                  style={{ backgroundColor: groupColours[index % groupColours.length] }}
                />
                {group.label}
              </li>
            ))}
          </ul>
          <PlotFigure options={bars} />
        </figure>
      )}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="data-table compact-table">
            <caption className="visually-hidden">
              {crosstab.row.title} by {crosstab.by.title}: shares with {interval}
            </caption>
            <thead>
              <tr>
                <th scope="col">{crosstab.by.title}</th>
                {crosstab.categories.map((c) => (
                  <th scope="col" key={c.value}>
                    {c.label}
                  </th>
                ))}
                <th scope="col" className="number">
                  n
                </th>
                <th scope="col" className="number">
                  Effective n
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.group}>
                  <th scope="row">{row.group}</th>
                  {row.cells.map((cell, index) => (
                    <td key={crosstab.categories[index]?.value ?? index}>{cell}</td>
                  ))}
                  <td className="number">{row.n}</td>
                  <td className="number">{row.nEffective}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
