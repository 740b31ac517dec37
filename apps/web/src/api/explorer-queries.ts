// Query options for the explorer, sharing the app's one cache. Snapshots are cached on the server,
// so answers are stable for a view: a long staleTime avoids refetching on every navigation.
import { queryOptions } from "@tanstack/react-query";
import type { ViewSearch } from "../explorer/view-search.ts";
import { createApiClient } from "./api-client.ts";
import { createExplorerEndpoints } from "./explorer-endpoints.ts";

export const explorerApi = createExplorerEndpoints(createApiClient());
const staleTime = 5 * 60_000;

export const explorerDatasetsQuery = queryOptions({
  queryKey: ["explorer", "datasets"],
  queryFn: explorerApi.datasets,
  staleTime,
});
export const regionsQuery = (dataset: string, search: ViewSearch) =>
  queryOptions({
    queryKey: ["explorer", dataset, "regions", search],
    queryFn: () => explorerApi.regions(dataset, search),
    staleTime,
  });
export const profileQuery = (dataset: string, region: string, search: ViewSearch) =>
  queryOptions({
    queryKey: ["explorer", dataset, "profile", region, search],
    queryFn: () => explorerApi.profile(dataset, region, search),
    staleTime,
  });
export const opportunitiesQuery = (dataset: string, region: string, search: ViewSearch) =>
  queryOptions({
    queryKey: ["explorer", dataset, "opportunities", region, search],
    queryFn: () => explorerApi.opportunities(dataset, region, search),
    staleTime,
  });
export const mapQuery = (dataset: string, search: ViewSearch) =>
  queryOptions({
    queryKey: ["explorer", dataset, "map", search],
    queryFn: () => explorerApi.map(dataset, search),
    staleTime,
  });
export const spaceQuery = (dataset: string, search: ViewSearch) =>
  queryOptions({
    queryKey: ["explorer", dataset, "space", search],
    queryFn: () => explorerApi.space(dataset, search),
    staleTime,
  });
export const compareQuery = (dataset: string, search: ViewSearch) =>
  queryOptions({
    queryKey: ["explorer", dataset, "compare", search],
    queryFn: () => explorerApi.compare(dataset, search),
    staleTime,
  });
export const workspaceDatasetsQuery = (slug: string) =>
  queryOptions({
    queryKey: ["workspace", slug, "datasets"],
    queryFn: () => explorerApi.workspaceDatasets(slug),
  });
export const boundariesQuery = (layer: string) =>
  queryOptions({
    queryKey: ["boundaries", layer],
    queryFn: () => explorerApi.boundaries(layer),
    staleTime: Number.POSITIVE_INFINITY,
  });
