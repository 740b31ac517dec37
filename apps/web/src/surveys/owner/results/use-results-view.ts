// The results page's view from its URL, and a way to change it that keeps the URL shareable
// (replace, so Back leaves the page rather than stepping through every weighting tried).
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useCallback, useMemo } from "react";
import type { ResultsView } from "../../../api/survey-results-paths.ts";
import { readResultsView, resultsViewSearch } from "./results-view.ts";

export interface ResultsViewState {
  readonly view: ResultsView;
  /** Changes the view; `latestYear` (the server's default) is left out of the URL. */
  readonly setView: (view: ResultsView, latestYear?: number) => void;
}

export function useResultsView(): ResultsViewState {
  const raw = useSearch({ strict: false }) as Record<string, unknown>;
  const view = useMemo(() => readResultsView(raw), [raw]);
  const navigate = useNavigate();
  const setView = useCallback<ResultsViewState["setView"]>(
    (next, latestYear) =>
      void navigate({
        to: ".",
        search: (previous: Record<string, unknown>) => ({
          ...previous,
          ...resultsViewSearch(next, latestYear),
        }),
        replace: true,
      } as never),
    [navigate],
  );
  return { view, setView };
}
