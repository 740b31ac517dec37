import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { regionsQuery, spaceQuery } from "../api/explorer-queries.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { ExplorerNav } from "./explorer-nav.tsx";
import { PlotFigure } from "./plot-figure.tsx";
import { SectionLegend } from "./section-legend.tsx";
import { spacePlotOptions } from "./space-plot.ts";
import { useExplorerView } from "./use-explorer-view.ts";

/** /explore/:dataset/space: the network of related activities, a region's strengths highlighted. */
export function SpacePage() {
  const { dataset, search, update } = useExplorerView();
  const space = useQuery(spaceQuery(dataset, search));
  const regions = useQuery(regionsQuery(dataset, { ...search, region: undefined }));
  const nodes = space.data?.nodes;
  const edges = space.data?.edges;
  const options = useCallback(
    (width: number) => spacePlotOptions(nodes ?? [], edges ?? [], width),
    [nodes, edges],
  );
  const present = (nodes ?? []).filter((node) => node.present);
  return (
    <>
      <PageTitle page="Activity space" />
      <h1>Activity space</h1>
      <ExplorerNav />
      <p>
        Activities are close when regions tend to specialise in both. Lines show the network's backbone
        (maximum spanning tree) and its strongest links. Choose a region to highlight its strengths (LQ ≥ 1).
      </p>
      <div className="view-choices">
        <label>
          Region
          <select
            aria-label="Region"
            value={search.region ?? ""}
            onChange={(event) => update({ region: event.target.value || undefined })}
          >
            <option value="">No region</option>
            {(regions.data?.regions ?? []).map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorAlert error={space.error} />
      {space.isPending && <p role="status">Loading the activity space…</p>}
      {space.data && (
        <>
          <p role="status">
            {space.data.nodes.length} activities, {space.data.edges.length} links
            {search.region ? `; ${present.length} strengths of ${search.region} highlighted` : ""}.
          </p>
          <PlotFigure options={options} />
          <SectionLegend rows={space.data.nodes} />
        </>
      )}
    </>
  );
}
