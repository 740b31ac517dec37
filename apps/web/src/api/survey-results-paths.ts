// Paths of the results page's routes (issue 6, scope 5-6): the estimates under a chosen weighting,
// the "who answered" comparison, and the two downloads (report PDF, data pack) under the same
// weighting, which the page links to directly so the browser saves them.
import { surveyPath } from "./survey-path.ts";
import type { WeightingChoice } from "./survey-weighting-types.ts";

/** The reader's choice of weighting and business-counts year; absent year = the latest. */
export interface ResultsView {
  readonly weighting: WeightingChoice;
  readonly year?: number;
}

/** "?weighting=...&year=..." without the defaults ("design", latest year), or "". */
function query(entries: readonly (readonly [string, string | undefined])[]): string {
  const params = new URLSearchParams();
  for (const [key, value] of entries) if (value !== undefined) params.set(key, value);
  const encoded = params.toString();
  return encoded === "" ? "" : `?${encoded}`;
}

/** The query of a view: "?weighting=...&year=...", defaults left out. */
function viewQuery(view: ResultsView | undefined): string {
  const weighting = view?.weighting === "design" ? undefined : view?.weighting;
  return query([
    ["weighting", weighting],
    ["year", view?.year === undefined ? undefined : String(view.year)],
  ]);
}

/**
 * GET {s}/results for a view. Example: `resultsPath("ne", "s1", { weighting: "post-stratify:size",
 * year: 2022 })` -> `/api/workspaces/ne/surveys/s1/results?weighting=post-stratify%3Asize&year=2022`.
 */
export function resultsPath(slug: string, surveyId: string, view?: ResultsView): string {
  return `${surveyPath(slug, surveyId)}/results${viewQuery(view)}`;
}

/** GET {s}/representativeness, for a business-counts year (default the latest). */
export function representativenessPath(slug: string, surveyId: string, year?: number): string {
  return `${surveyPath(slug, surveyId)}/representativeness${query([
    ["year", year === undefined ? undefined : String(year)],
  ])}`;
}

/** GET {s}/report.pdf: the report as PDF, under the view's weighting (default design weights). */
export const reportPdfPath = (slug: string, surveyId: string, view?: ResultsView): string =>
  `${surveyPath(slug, surveyId)}/report.pdf${viewQuery(view)}`;

/** GET {s}/data-pack: the zip of CSV, XLSX, SPSS .sav and the R script, under the view's weighting. */
export const dataPackPath = (slug: string, surveyId: string, view?: ResultsView): string =>
  `${surveyPath(slug, surveyId)}/data-pack${viewQuery(view)}`;
