import { Link } from "@tanstack/react-router";
import type { DatasetLevel, DatasetSummary } from "../api/types.ts";
import { formatYears } from "../lib/format.ts";

// Boundary layers and lookups have no classification; the registry writes "" or "-" for it.
const hasText = (value: string) => value.trim() !== "" && value.trim() !== "-";
const levelTitle = (level: DatasetLevel) => (typeof level === "string" ? level : level.title);

/**
 * One bundled data set: what it covers, its years, and its licence and attribution; region x
 * activity sets (`explorable`) link to their explorer.
 */
export function DatasetCard({
  dataset,
  explorable = false,
}: {
  dataset: DatasetSummary;
  explorable?: boolean;
}) {
  return (
    <article className="card" aria-labelledby={`dataset-${dataset.id}`}>
      <h2 id={`dataset-${dataset.id}`}>{dataset.title}</h2>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{dataset.kind}</dd>
        <dt>Geography</dt>
        <dd>{dataset.geography}</dd>
        {hasText(dataset.classification) && (
          <>
            <dt>Classification</dt>
            <dd>{dataset.classification}</dd>
          </>
        )}
        {dataset.levels.length > 0 && (
          <>
            <dt>Levels</dt>
            <dd>{dataset.levels.map(levelTitle).join("; ")}</dd>
          </>
        )}
        {dataset.years.length > 0 && (
          <>
            <dt>Years</dt>
            <dd>{formatYears(dataset.years)}</dd>
          </>
        )}
        <dt>Licence</dt>
        <dd>{dataset.licence}</dd>
        <dt>Attribution</dt>
        <dd>{dataset.attribution}</dd>
      </dl>
      {explorable && (
        <p className="card-action">
          <Link to="/explore/$dataset" params={{ dataset: dataset.id }}>
            Explore {dataset.title}
          </Link>
        </p>
      )}
    </article>
  );
}
