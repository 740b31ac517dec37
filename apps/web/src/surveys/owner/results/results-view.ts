// The results page's view lives in its URL (?weighting=...&year=...), so a view can be shared:
// these helpers read the router's loose search object into a typed view, dropping what is
// malformed, and turn a view back into search params (defaults left out).
import type { ResultsView } from "../../../api/survey-results-paths.ts";
import { type WeightingChoice, weightingChoices } from "../../../api/survey-weighting-types.ts";

/** What each weighting is called in the select, in the API's order. */
export const weightingLabels: Readonly<Record<WeightingChoice, string>> = {
  design: "Design weights only",
  "post-stratify:size": "Post-stratify by size band",
  "post-stratify:section": "Post-stratify by SIC section",
  "rake:size,section": "Rake by size band and SIC section",
};

const isWeighting = (value: unknown): value is WeightingChoice =>
  typeof value === "string" && (weightingChoices as readonly string[]).includes(value);

/** A four-digit year, from a number or its text; anything else is undefined. */
function yearOf(value: unknown): number | undefined {
  const parsed = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  return Number.isInteger(parsed) && parsed >= 1000 && parsed <= 9999 ? parsed : undefined;
}

/**
 * The view in a search object; an unknown weighting reads as "design" and a malformed year as the
 * latest, so a hand-edited URL falls back to the defaults. Example:
 * `readResultsView({ weighting: "rake:size,section", year: "2021" })` ->
 * `{ weighting: "rake:size,section", year: 2021 }`.
 */
export function readResultsView(search: Readonly<Record<string, unknown>>): ResultsView {
  const weighting = isWeighting(search.weighting) ? search.weighting : "design";
  const year = yearOf(search.year);
  return year === undefined ? { weighting } : { weighting, year };
}

/**
 * The search params of a view, `undefined` for a default (the router then drops the key).
 * `latestYear` is the year the server uses when none is given: choosing it clears the key.
 */
export function resultsViewSearch(
  view: ResultsView,
  latestYear?: number,
): { weighting: WeightingChoice | undefined; year: number | undefined } {
  return {
    weighting: view.weighting === "design" ? undefined : view.weighting,
    year: view.year === latestYear ? undefined : view.year,
  };
}

/** The bundled data set the weighting and "who answered" population counts come from. */
export const businessCountsDataset = "uk-business-counts-gb-sic5-sizeband";

/**
 * The business-counts years to offer, oldest first: the data set's years from GET /api/datasets,
 * or while that is unknown the year the server reported using (`known`), or none.
 */
export function businessCountYears(
  datasets: readonly { readonly id: string; readonly years: readonly number[] }[] | undefined,
  known?: number,
): number[] {
  const listed = datasets?.find((d) => d.id === businessCountsDataset)?.years ?? [];
  const years = new Set(listed);
  if (known !== undefined) years.add(known);
  return [...years].sort((a, b) => a - b);
}

/**
 * The part of a view the estimates depend on: the year matters only when the weights are
 * calibrated to the business counts, so design weights are asked for (and cached) once.
 * Example: `{ weighting: "design", year: 2019 }` -> `{ weighting: "design" }`.
 */
export function estimatesView(view: ResultsView): ResultsView {
  return view.weighting === "design" ? { weighting: "design" } : view;
}
