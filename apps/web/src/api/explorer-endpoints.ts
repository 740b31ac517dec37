// Typed functions for the explorer routes of issue 5. Paths and result types only; the shared
// client does headers and errors. Uploads use XMLHttpRequest (upload progress) in upload-request.ts.
import { queryString, type ViewSearch, viewKeys } from "../explorer/view-search.ts";
import type { ApiClient } from "./api-client.ts";
import type {
  ActivityMap,
  ActivitySpace,
  ExplorerDataset,
  RegionComparison,
  RegionList,
  RegionOpportunities,
  RegionProfile,
  WorkspaceDataset,
} from "./explorer-types.ts";

const segment = encodeURIComponent;

/** The explorer API as functions. Example: `await explorer.profile("uk-bres-itl2", "TLI3", {})`. */
export function createExplorerEndpoints(client: ApiClient) {
  const base = (dataset: string) => `/api/explorer/${segment(dataset)}`;
  const regionPath = (dataset: string, region: string) => `${base(dataset)}/regions/${segment(region)}`;
  return {
    datasets: () => client.get<ExplorerDataset[]>("/api/explorer/datasets"),
    regions: (dataset: string, search: ViewSearch) =>
      client.get<RegionList>(`${base(dataset)}/regions${queryString(search, viewKeys)}`),
    profile: (dataset: string, region: string, search: ViewSearch) =>
      client.get<RegionProfile>(`${regionPath(dataset, region)}${queryString(search, viewKeys)}`),
    opportunities: (dataset: string, region: string, search: ViewSearch) =>
      client.get<RegionOpportunities>(
        `${regionPath(dataset, region)}/opportunities${queryString(search, viewKeys)}`,
      ),
    map: (dataset: string, search: ViewSearch) =>
      client.get<ActivityMap>(`${base(dataset)}/map${queryString(search, [...viewKeys, "activity"])}`),
    space: (dataset: string, search: ViewSearch) =>
      client.get<ActivitySpace>(`${base(dataset)}/space${queryString(search, [...viewKeys, "region"])}`),
    compare: (dataset: string, search: ViewSearch) =>
      client.get<RegionComparison>(
        `${base(dataset)}/compare${queryString(search, [...viewKeys, "regions"])}`,
      ),
    boundaries: (layer: string) => client.get<unknown>(`/api/boundaries/${segment(layer)}`),
    workspaceDatasets: (slug: string) =>
      client.get<WorkspaceDataset[]>(`/api/workspaces/${segment(slug)}/datasets`),
    deleteWorkspaceDataset: (slug: string, id: string) =>
      client.send<void>("DELETE", `/api/workspaces/${segment(slug)}/datasets/${segment(id)}`),
  };
}

/** The URL of a server-made XLSX export of a region's view ("opportunities" or "profile"). */
export function regionXlsxUrl(
  kind: "opportunities" | "profile",
  dataset: string,
  region: string,
  search: ViewSearch,
) {
  return `/api/explorer/${segment(dataset)}/regions/${segment(region)}/${kind}.xlsx${queryString(search, viewKeys)}`;
}

/** The choices each whole-data-set view carries besides the view's own. */
const viewXlsxKeys = {
  map: [...viewKeys, "activity"],
  space: [...viewKeys, "region"],
  compare: [...viewKeys, "regions"],
} as const satisfies Record<string, readonly (keyof ViewSearch)[]>;

/**
 * The URL of a server-made XLSX export of a whole-data-set view, with the same query as its JSON
 * route. Example: viewXlsxUrl("space", "uk-bres-itl2", { year: 2021, region: "UKK1" }) ->
 * "/api/explorer/uk-bres-itl2/space.xlsx?year=2021&region=UKK1".
 */
export function viewXlsxUrl(kind: keyof typeof viewXlsxKeys, dataset: string, search: ViewSearch) {
  return `/api/explorer/${segment(dataset)}/${kind}.xlsx${queryString(search, viewXlsxKeys[kind])}`;
}
