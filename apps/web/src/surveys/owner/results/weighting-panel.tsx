// The weighting choice above the estimates (issue 6, scope 5): a select for the weighting and
// one for the business-counts year, both kept in the URL; the sentence saying what was applied,
// any problem as a warning list, the Kish base whenever weights are applied (methods doc §5),
// and the population margins with their source.
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { datasetsQuery } from "../../../api/queries.ts";
import type { ResultsView } from "../../../api/survey-results-paths.ts";
import type { SurveyResults } from "../../../api/survey-types.ts";
import { type WeightingChoice, weightingChoices } from "../../../api/survey-weighting-types.ts";
import { kishSentence } from "./format-results.ts";
import { MarginsTable } from "./margins-table.tsx";
import { PopulationSourceNote } from "./population-source.tsx";
import { businessCountYears, weightingLabels } from "./results-view.ts";

export interface WeightingPanelProps {
  readonly view: ResultsView;
  readonly onChange: (view: ResultsView, latestYear?: number) => void;
  readonly results: SurveyResults;
  /** True while the estimates on screen are those of the previous choice. */
  readonly updating: boolean;
}

export function WeightingPanel({ view, onChange, results, updating }: WeightingPanelProps) {
  const id = useId();
  const weights = results.weights;
  const years = businessCountYears(useQuery(datasetsQuery).data, weights?.population?.year);
  const latest = years.at(-1);
  const year = view.year === undefined || view.year === latest ? "" : String(view.year);
  const weighted = results.weighting.kind === "design" && weights?.kish;
  return (
    <section className="weighting-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Weighting</h3>
      <div className="weighting-controls">
        <div className="field">
          <label htmlFor={`${id}-weighting`}>Weights</label>
          <select
            id={`${id}-weighting`}
            value={view.weighting}
            onChange={(event) =>
              onChange({ ...view, weighting: event.target.value as WeightingChoice }, latest)
            }
          >
            {weightingChoices.map((choice) => (
              <option key={choice} value={choice}>
                {weightingLabels[choice]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-year`}>Business counts year</label>
          <select
            id={`${id}-year`}
            aria-describedby={`${id}-year-hint`}
            value={year}
            onChange={(event) => {
              const chosen = event.target.value === "" ? undefined : Number(event.target.value);
              onChange(
                chosen === undefined ? { weighting: view.weighting } : { ...view, year: chosen },
                latest,
              );
            }}
          >
            <option value="">{latest === undefined ? "Latest" : `${latest} (latest)`}</option>
            {years
              .filter((y) => y !== latest)
              .reverse()
              .map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
          </select>
          <p className="hint" id={`${id}-year-hint`}>
            ONS UK Business Counts (Great Britain), for the weights and for "Who answered".
          </p>
        </div>
      </div>
      {updating && (
        <p role="status" className="hint">
          Updating the estimates…
        </p>
      )}
      <p className="weighting-applied">
        {results.weighting.kind === "design" ? "" : "Unweighted: "}
        {results.weighting.description}
      </p>
      {weights && weights.problems.length > 0 && (
        <div className="weighting-problems">
          <p>
            <strong>
              {weights.applied === weights.requested
                ? "Read the weighting with care:"
                : `"${weightingLabels[weights.requested]}" could not be applied, so the design weights are kept:`}
            </strong>
          </p>
          <ul>
            {weights.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {weighted && (
        <p className="weighting-base">
          <strong>Base of the weighted estimates:</strong> {kishSentence(weighted)}
        </p>
      )}
      {weights?.population && (
        <>
          {weights.population.margins.map((margin) => (
            <MarginsTable key={margin.variable} variable={margin.variable} levels={margin.levels} />
          ))}
          <PopulationSourceNote population={weights.population} />
        </>
      )}
    </section>
  );
}
