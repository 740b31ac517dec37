// Query keys and options for the survey pages, so a mutation can refresh exactly what it changed.
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { createApiClient } from "./api-client.ts";
import { createSurveyEndpoints } from "./survey-endpoints.ts";
import type { ResultsView } from "./survey-results-paths.ts";

/** The survey routes on the browser's own client (same origin, session cookie, CSRF header). */
export const surveyApi = createSurveyEndpoints(createApiClient());

export const surveyKeys = {
  list: (slug: string) => ["workspace", slug, "surveys"],
  survey: (slug: string, id: string) => ["workspace", slug, "surveys", id],
  dashboard: (slug: string, id: string) => ["workspace", slug, "surveys", id, "dashboard"],
  dispositions: (slug: string, id: string) => ["workspace", slug, "surveys", id, "dispositions"],
  /** Every view of the results; with a view, that view's key (weighting, year). */
  results: (slug: string, id: string, view?: ResultsView) =>
    view === undefined
      ? ["workspace", slug, "surveys", id, "results"]
      : ["workspace", slug, "surveys", id, "results", view.weighting, view.year ?? "latest"],
  representativeness: (slug: string, id: string, year?: number) => [
    "workspace",
    slug,
    "surveys",
    id,
    "representativeness",
    year ?? "latest",
  ],
  instrumentJson: (slug: string, id: string, version: number) => [
    "workspace",
    slug,
    "surveys",
    id,
    "instrument",
    version,
  ],
} as const;

export const surveysQuery = (slug: string) =>
  queryOptions({ queryKey: surveyKeys.list(slug), queryFn: () => surveyApi.surveys(slug) });
export const surveyQuery = (slug: string, id: string) =>
  queryOptions({ queryKey: surveyKeys.survey(slug, id), queryFn: () => surveyApi.survey(slug, id) });
export const dashboardQuery = (slug: string, id: string) =>
  queryOptions({
    queryKey: surveyKeys.dashboard(slug, id),
    queryFn: () => surveyApi.dashboard(slug, id),
    // A live dashboard: refreshed every half minute while the page is open.
    refetchInterval: 30_000,
  });
export const dispositionsQuery = (slug: string, id: string) =>
  queryOptions({
    queryKey: surveyKeys.dispositions(slug, id),
    queryFn: () => surveyApi.dispositions(slug, id),
  });
export const resultsQuery = (slug: string, id: string, view?: ResultsView) =>
  queryOptions({
    queryKey: surveyKeys.results(slug, id, view),
    queryFn: () => surveyApi.results(slug, id, view),
    // A new weighting keeps the last estimates on screen (marked as updating) until its own arrive.
    placeholderData: keepPreviousData,
  });
export const representativenessQuery = (slug: string, id: string, year?: number) =>
  queryOptions({
    queryKey: surveyKeys.representativeness(slug, id, year),
    queryFn: () => surveyApi.representativeness(slug, id, year),
    placeholderData: keepPreviousData,
  });
export const instrumentJsonQuery = (slug: string, id: string, version: number) =>
  queryOptions({
    queryKey: surveyKeys.instrumentJson(slug, id, version),
    queryFn: () => surveyApi.instrumentJson(slug, id),
    staleTime: Number.POSITIVE_INFINITY,
  });
