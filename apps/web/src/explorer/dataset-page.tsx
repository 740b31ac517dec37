import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { explorerDatasetsQuery, regionsQuery } from "../api/explorer-queries.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { ExplorerNav } from "./explorer-nav.tsx";
import { sourceLine } from "./export-files.ts";
import { formatCount } from "./format-values.ts";
import { useExplorerView, viewLinkSearch } from "./use-explorer-view.ts";

/** /explore/:dataset: pick a region (searchable list) or open the map. */
export function DatasetPage() {
  const { dataset, search } = useExplorerView();
  const info = useQuery(explorerDatasetsQuery).data?.find((item) => item.id === dataset);
  const regions = useQuery(regionsQuery(dataset, search));
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  const shown = (regions.data?.regions ?? []).filter(
    (region) =>
      needle === "" ||
      region.name.toLowerCase().includes(needle) ||
      region.code.toLowerCase().includes(needle),
  );
  const title = info?.title ?? dataset;
  return (
    <>
      <PageTitle page={title} />
      <h1>{title}</h1>
      <ExplorerNav />
      <p>
        Choose a region to see its profile and opportunities, or{" "}
        <Link to="/explore/$dataset/map" params={{ dataset }} search={viewLinkSearch(search)}>
          open the map
        </Link>
        .
      </p>
      <ErrorAlert error={regions.error} />
      {regions.isPending && <p role="status">Loading regions…</p>}
      {regions.data && (
        <>
          <label className="field">
            <span>Find a region</span>
            <input
              type="search"
              aria-label="Find a region"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
            />
          </label>
          <p role="status">
            {shown.length} of {regions.data.regions.length} regions, {regions.data.view.year}.
          </p>
          <ul className="region-list">
            {shown.map((region) => (
              <li key={region.code}>
                <Link
                  to="/explore/$dataset/regions/$region"
                  params={{ dataset, region: region.code }}
                  search={viewLinkSearch(search)}
                >
                  {region.name}
                </Link>{" "}
                <span className="muted">
                  {region.code} · {formatCount(region.total)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {info && <p className="attribution">{sourceLine(info.attribution, info.licence)}</p>}
    </>
  );
}
