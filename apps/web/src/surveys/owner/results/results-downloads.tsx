// The results as files (issue 6, scope 6): plain links to the report PDF and the data pack, which
// the browser saves (the server sends them as attachments), under the weighting chosen on the page
// (the view in the URL), and one line on what the pack holds and which weights both files use.
import { useQuery } from "@tanstack/react-query";
import { resultsQuery } from "../../../api/survey-queries.ts";
import { dataPackPath, type ResultsView, reportPdfPath } from "../../../api/survey-results-paths.ts";
import type { WeightsSummary } from "../../../api/survey-weighting-types.ts";
import { estimatesView, weightingLabels } from "./results-view.ts";
import { useResultsView } from "./use-results-view.ts";

/** Which weights the files use: the estimates' own, once the reply for this view has arrived. */
function weightsSentence(view: ResultsView, weights: WeightsSummary | undefined): string {
  const chosen = weightingLabels[view.weighting];
  if (view.weighting === "design") return "Both files use the design weights, as the estimates below do.";
  if (weights === undefined || weights.requested !== view.weighting)
    return `Both files use the weighting chosen below: ${chosen}.`;
  if (weights.applied !== weights.requested)
    return `"${chosen}" cannot be applied (see Weighting below), so both files use the design weights, as the estimates below do.`;
  const year = weights.population ? ` (business counts ${weights.population.year})` : "";
  return `Both files use the weighting chosen below: ${chosen}${year}, as the estimates below do.`;
}

export function ResultsDownloads({ slug, surveyId }: { slug: string; surveyId: string }) {
  const view = estimatesView(useResultsView().view);
  const results = useQuery(resultsQuery(slug, surveyId, view));
  const current = results.isPlaceholderData ? undefined : results.data?.weights;
  return (
    <div className="results-downloads">
      <p className="download-links">
        <a className="download-link" href={reportPdfPath(slug, surveyId, view)} download>
          Report (PDF)
        </a>
        <a className="download-link" href={dataPackPath(slug, surveyId, view)} download>
          Data pack (CSV, XLSX, SPSS, R script)
        </a>
      </p>
      <p className="hint">
        The data pack is a zip of the answers as CSV (codes, and labels) and XLSX, an SPSS .sav file, the
        weights, and an R script that reproduces every estimate with the survey package.{" "}
        {weightsSentence(view, current)}
      </p>
    </div>
  );
}
