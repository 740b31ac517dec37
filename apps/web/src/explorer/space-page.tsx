import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useCallback, useRef } from "react";
import { viewXlsxUrl } from "../api/explorer-endpoints.ts";
import { regionsQuery, spaceQuery } from "../api/explorer-queries.ts";
import type { ActivitySpace } from "../api/explorer-types.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { ExplorerNav } from "./explorer-nav.tsx";
import { ExportButtons } from "./export-buttons.tsx";
import { exportBaseName, sourceLine, toCsv } from "./export-files.ts";
import { sectionLegendEntries } from "./section-colours.ts";
import { SectionLegend } from "./section-legend.tsx";
import { SpaceChart } from "./space-chart.tsx";
import { SpaceStrengthsTable } from "./space-strengths-table.tsx";
import { type ExplorerPlace, useExplorerView, viewLinkSearch } from "./use-explorer-view.ts";

/** /explore/:dataset/space: the network of related activities, a region's strengths highlighted. */
export function SpacePage() {
  const place = useExplorerView();
  const { dataset, search, update } = place;
  const space = useQuery(spaceQuery(dataset, search));
  const regions = useQuery(regionsQuery(dataset, { ...search, region: undefined }));
  const regionName = regions.data?.regions.find((region) => region.code === search.region)?.name;
  return (
    <>
      <PageTitle page="Activity space" />
      <h1>Activity space</h1>
      <ExplorerNav />
      <p>
        Activities are close when regions tend to specialise in both. Lines show the network's backbone
        (maximum spanning tree) and its strongest links. Choose a region to highlight its strengths (LQ ≥ 1);
        select an activity to map it (on the chart, the arrow keys move from one activity to the next).
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
      {space.data && <SpaceBody data={space.data} place={place} regionName={regionName} />}
    </>
  );
}

function SpaceBody({
  data,
  place,
  regionName,
}: {
  data: ActivitySpace;
  place: ExplorerPlace;
  regionName: string | undefined;
}) {
  const { dataset, search } = place;
  const navigate = useNavigate();
  const svgRef = useRef<SVGSVGElement | null>(null);
  const region = search.region;
  const present = data.nodes.filter((node) => node.present);
  const openMap = useCallback(
    (activity: string) =>
      void navigate({
        to: "/explore/$dataset/map",
        params: { dataset },
        search: { ...viewLinkSearch(search), activity },
      } as never),
    [navigate, dataset, search],
  );
  const strengthLabel = region ? `Strength of ${region}` : "";
  const csv = () =>
    toCsv(
      data.nodes.map((node) => ({ ...node, strength: node.present ? "yes" : "no" })),
      [
        { key: "activity", label: "Activity" },
        { key: "title", label: "Title" },
        { key: "section", label: "Section" },
        { key: "ubiquity", label: "Ubiquity" },
        { key: "pci", label: "PCI" },
        ...(region ? [{ key: "strength" as const, label: strengthLabel }] : []),
      ],
      data.attribution,
      data.licence,
    );
  const { view } = data;
  const shownName = regionName ?? region;
  return (
    <>
      <p role="status">
        {data.nodes.length} activities, {data.edges.length} links
        {region ? `; ${present.length} strengths of ${shownName} highlighted` : ""}.
      </p>
      <SpaceChart nodes={data.nodes} edges={data.edges} region={shownName} onOpen={openMap} svgRef={svgRef} />
      <SectionLegend rows={data.nodes} />
      <ExportButtons
        label="Export the activity space"
        baseName={exportBaseName([dataset, region ?? "", `space-${view.year}`])}
        attribution={data.attribution}
        licence={data.licence}
        chart={{
          svgRef,
          title: `Activity space, ${view.level} level, ${view.year}${region ? `: strengths of ${shownName} highlighted` : ""}`,
          legend: sectionLegendEntries(data.nodes),
        }}
        table={{ csv, xlsxHref: viewXlsxUrl("space", dataset, search) }}
      />
      {region && <SpaceStrengthsTable nodes={data.nodes} regionName={shownName ?? region} />}
      <p className="attribution">{sourceLine(data.attribution, data.licence)}</p>
    </>
  );
}
