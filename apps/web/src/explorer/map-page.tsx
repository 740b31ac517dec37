import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useRef } from "react";
import { viewXlsxUrl } from "../api/explorer-endpoints.ts";
import { boundariesQuery, explorerDatasetsQuery, mapQuery, spaceQuery } from "../api/explorer-queries.ts";
import type { ActivityMap } from "../api/explorer-types.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { boundaryFeatures } from "./boundary-features.ts";
import { Choropleth } from "./choropleth.tsx";
import { ExplorerNav } from "./explorer-nav.tsx";
import { ExportButtons } from "./export-buttons.tsx";
import { exportBaseName, sourceLine, toCsv } from "./export-files.ts";
import type { LegendEntry } from "./export-layout.ts";
import { formatDecimal, measureLabel } from "./format-values.ts";
import { geographyLabel, geographyLevels, lqLegendStops, noValueColour } from "./map-geometry.ts";
import { MapValuesTable } from "./map-values-table.tsx";
import { useExplorerView, viewLinkSearch } from "./use-explorer-view.ts";

const activityName = (activity: ActivityMap["activity"]) => `${activity.code} ${activity.title}`;
const stopLabel = (lq: number) => `${lq < 1 ? `1/${1 / lq}` : lq}${lq === 1 ? " (national share)" : ""}`;
/** The map's colour key for exported files: the LQ stops, then "No value". */
const mapLegend: readonly LegendEntry[] = [
  ...lqLegendStops().map((stop) => ({ colour: stop.colour, label: `LQ ${stopLabel(stop.lq)}` })),
  { colour: noValueColour, label: "No value" },
];

/** /explore/:dataset/map: the LQ of one activity in every region, at a chosen geography. */
export function MapPage() {
  const { dataset, search, update } = useExplorerView();
  const info = useQuery(explorerDatasetsQuery).data?.find((item) => item.id === dataset);
  const map = useQuery(mapQuery(dataset, search));
  // The map reply names only its own activity: the choices are the activity space's nodes.
  const activities = useQuery(spaceQuery(dataset, search));
  const choices = [...(activities.data?.nodes ?? [])].sort((a, b) => a.activity.localeCompare(b.activity));
  const levels = info?.geographies ?? geographyLevels(info?.regionGeography?.level);
  return (
    <>
      <PageTitle page={`Map - ${info?.title ?? dataset}`} />
      <h1>Map: {info?.title ?? dataset}</h1>
      <ExplorerNav />
      <div className="view-choices">
        <label>
          Activity
          <select
            aria-label="Activity"
            value={map.data?.activity.code ?? search.activity ?? ""}
            onChange={(event) => update({ activity: event.target.value })}
          >
            {choices.length === 0 && map.data && (
              <option value={map.data.activity.code}>{activityName(map.data.activity)}</option>
            )}
            {choices.map((choice) => (
              <option key={choice.activity} value={choice.activity}>
                {choice.activity} {choice.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Geography
          <select
            aria-label="Geography"
            value={search.geography ?? map.data?.geography.level ?? levels[0] ?? ""}
            onChange={(event) =>
              update({ geography: event.target.value === levels[0] ? undefined : event.target.value })
            }
          >
            {(levels.length > 0 ? levels : [map.data?.geography.level ?? "own"]).map((level) => (
              <option key={level} value={level}>
                {geographyLabel(level)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorAlert error={map.error} />
      {map.isPending && <p role="status">Loading the map…</p>}
      {map.data && <MapBody map={map.data} dataset={dataset} search={search} />}
    </>
  );
}

interface MapBodyProps {
  readonly map: ActivityMap;
  readonly dataset: string;
  readonly search: Parameters<typeof viewLinkSearch>[0];
}

function MapBody({ map, dataset, search }: MapBodyProps) {
  const navigate = useNavigate();
  // No layer: the region codes match no bundled boundaries (uploads); the table still lists them.
  const { layer } = map.geography;
  const boundaries = useQuery({ ...boundariesQuery(layer ?? ""), enabled: layer !== null });
  const features = boundaries.data ? boundaryFeatures(boundaries.data) : [];
  const svgRef = useRef<SVGSVGElement | null>(null);
  const code = map.activity.code;
  const measure = measureLabel(dataset);
  const source = { attribution: map.attribution, licence: map.licence };
  const csv = () =>
    toCsv(
      map.values,
      [
        { key: "region", label: "Region" },
        { key: "name", label: "Name" },
        { key: "value", label: measure },
        { key: "lq", label: "LQ" },
      ],
      source.attribution,
      source.licence,
    );
  const open = (region: string) =>
    void navigate({
      to: "/explore/$dataset/regions/$region",
      params: { dataset, region },
      search: viewLinkSearch(search),
    } as never);
  return (
    <>
      <p>
        Location quotient of {activityName(map.activity)} in {map.values.length} regions, {map.view.year}.
        Select a region to open its profile.
      </p>
      {layer === null && (
        <p>
          No boundary layer matches these region codes, so there is no map: the table below lists every
          region.
        </p>
      )}
      <ErrorAlert error={boundaries.error} />
      <div className="map-layout">
        {features.length > 0 && (
          <Choropleth features={features} values={map.values} onOpen={open} svgRef={svgRef} />
        )}
        <div>
          <h2 className="legend-title">LQ</h2>
          <ul className="legend legend-column" aria-label="LQ colours">
            {lqLegendStops().map((stop) => (
              <li key={stop.lq}>
                <svg width="14" height="14" aria-hidden="true">
                  <rect width="14" height="14" fill={stop.colour} stroke="#6b7686" />
                </svg>{" "}
                {stopLabel(stop.lq)}
              </li>
            ))}
          </ul>
          <p className="muted">
            Grey: no value. Highest LQ: {formatDecimal(Math.max(0, ...map.values.map((v) => v.lq ?? 0)))}
          </p>
        </div>
      </div>
      <ExportButtons
        label="Export the map"
        baseName={exportBaseName([dataset, code, `map-${map.geography.level}-${map.view.year}`])}
        {...source}
        chart={
          features.length > 0
            ? {
                svgRef,
                title: `LQ of ${activityName(map.activity)}, ${geographyLabel(map.geography.level)}, ${map.view.year}`,
                legend: mapLegend,
              }
            : undefined
        }
        table={{ csv, xlsxHref: viewXlsxUrl("map", dataset, { ...search, activity: code }) }}
      />
      <MapValuesTable
        dataset={dataset}
        activity={activityName(map.activity)}
        values={map.values}
        measure={measure}
        search={search}
      />
      {source.attribution && <p className="attribution">{sourceLine(source.attribution, source.licence)}</p>}
    </>
  );
}
