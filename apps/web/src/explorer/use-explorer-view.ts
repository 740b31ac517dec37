// The explorer page's place: data set and region from the path, choices from the search params,
// and a way to change choices that keeps the URL shareable (replace, so Back leaves the page).
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useCallback, useMemo } from "react";
import { readViewSearch, type ViewSearch } from "./view-search.ts";

export interface ExplorerPlace {
  readonly dataset: string;
  readonly region: string;
  readonly search: ViewSearch;
  readonly update: (patch: Partial<Record<keyof ViewSearch, string | number | undefined>>) => void;
}

/** Reads the current explorer place; `region` is "" on pages without one. */
export function useExplorerView(): ExplorerPlace {
  const params = useParams({ strict: false }) as { dataset?: string; region?: string };
  const raw = useSearch({ strict: false }) as Record<string, unknown>;
  const search = useMemo(() => readViewSearch(raw), [raw]);
  const navigate = useNavigate();
  const update = useCallback<ExplorerPlace["update"]>(
    (patch) =>
      void navigate({
        to: ".",
        search: (previous: Record<string, unknown>) => ({ ...previous, ...patch }),
        replace: true,
      } as never),
    [navigate],
  );
  return { dataset: params.dataset ?? "", region: params.region ?? "", search, update };
}

/** The view choices to carry on links between explorer pages. */
export function viewLinkSearch(search: ViewSearch): Record<string, string | number> {
  const carried: Record<string, string | number> = {};
  if (search.year !== undefined) carried.year = search.year;
  if (search.level !== undefined) carried.level = search.level;
  if (search.profile !== undefined) carried.profile = search.profile;
  if (search.geography !== undefined) carried.geography = search.geography;
  return carried;
}
