import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useCallback, useMemo, useRef } from "react";
import { regionXlsxUrl } from "../api/explorer-endpoints.ts";
import { profileQuery } from "../api/explorer-queries.ts";
import type { RegionProfile } from "../api/explorer-types.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { changeLegend, changePlotOptions, changePoints } from "./change-plot.ts";
import { ExplorerNav } from "./explorer-nav.tsx";
import { ExportButtons } from "./export-buttons.tsx";
import { exportBaseName, sourceLine, toCsv } from "./export-files.ts";
import { formatCount, formatDecimal, measureLabel } from "./format-values.ts";
import { hasWarning, MethodsDetails } from "./methods-details.tsx";
import { PlotFigure } from "./plot-figure.tsx";
import { SpecialisationsTable } from "./specialisations-table.tsx";
import { useExplorerView, viewLinkSearch } from "./use-explorer-view.ts";

/** /explore/:dataset/regions/:region: what the region is specialised in, and how it changed. */
export function ProfilePage() {
  const { dataset, region, search } = useExplorerView();
  const profile = useQuery(profileQuery(dataset, region, search));
  const data = profile.data;
  return (
    <>
      <PageTitle page={data ? `${data.region.name} profile` : "Region profile"} />
      <h1>{data ? `${data.region.name} (${data.region.code})` : region}</h1>
      <ExplorerNav />
      <ErrorAlert error={profile.error} />
      {profile.isPending && <p role="status">Loading the profile…</p>}
      {data && <ProfileBody profile={data} dataset={dataset} />}
    </>
  );
}

function ProfileBody({ profile, dataset }: { profile: RegionProfile; dataset: string }) {
  const { region, view } = profile;
  const points = useMemo(() => changePoints(profile.change), [profile.change]);
  const activities = useMemo(() => profile.change.map((series) => series.activity), [profile.change]);
  const chart = useCallback(
    (width: number) => changePlotOptions(points, activities, width),
    [points, activities],
  );
  const titles = new Map(profile.specialisations.map((row) => [row.activity, row.title]));
  const svgRef = useRef<SVGSVGElement | null>(null);
  const exportProps = {
    attribution: profile.attribution,
    licence: profile.licence,
  };
  const csv = () =>
    toCsv(
      profile.specialisations,
      [
        { key: "activity", label: "Activity" },
        { key: "title", label: "Title" },
        { key: "section", label: "Section" },
        { key: "value", label: measureLabel(dataset) },
        { key: "lq", label: "LQ" },
        { key: "lqLow", label: "LQ low (95%)" },
        { key: "lqHigh", label: "LQ high (95%)" },
        { key: "share", label: "Share" },
      ],
      profile.attribution,
      profile.licence,
    );
  return (
    <>
      <dl className="facts summary-facts">
        <dt>Year</dt>
        <dd>{view.year}</dd>
        <dt>Total</dt>
        <dd>{formatCount(region.total)}</dd>
        <dt>Diversity</dt>
        <dd>{formatCount(region.diversity)} activities with LQ ≥ 1</dd>
        <dt>Complexity rank</dt>
        <dd>
          {region.eciRank === null ? "-" : `${region.eciRank} of ${region.regionCount}`} (ECI{" "}
          {formatDecimal(region.eci)})
          {hasWarning(profile.methods, "sign-rules-disagree") && (
            <small className="fact-note">
              {" "}
              These data are weakly nested: the established tools' sign rules disagree, and the rank follows
              smartspec's (activities found in few regions are complex; see{" "}
              <a href="/glossary#sign-rule">sign rule</a>).
            </small>
          )}
        </dd>
        <dt>Related variety</dt>
        <dd>{formatDecimal(region.relatedVariety, 3)}</dd>
        <dt>Unrelated variety</dt>
        <dd>{formatDecimal(region.unrelatedVariety, 3)}</dd>
      </dl>
      <p>
        <Link
          to="/explore/$dataset/regions/$region/opportunities"
          params={{ dataset, region: region.code }}
          search={viewLinkSearch(view)}
        >
          See opportunities for {region.name}
        </Link>
      </p>
      <SpecialisationsTable dataset={dataset} rows={profile.specialisations} />
      {profile.specialisations.length > 0 && (
        <ExportButtons
          label="Export the specialisations"
          baseName={exportBaseName([dataset, region.code, `specialisations-${view.year}`])}
          {...exportProps}
          table={{ csv, xlsxHref: regionXlsxUrl("profile", dataset, region.code, view) }}
        />
      )}
      <h2>Change over years</h2>
      {points.length > 0 && new Set(points.map((point) => point.year)).size > 1 ? (
        <>
          <p>
            Location quotient of the top specialisations in each year of the data set (1 = the national
            share).
          </p>
          <PlotFigure options={chart} svgRef={svgRef} />
          <ExportButtons
            label="Export the chart"
            baseName={exportBaseName([dataset, region.code, "change-over-years"])}
            {...exportProps}
            chart={{
              svgRef,
              title: `LQ over the years: top specialisations of ${region.name} (${region.code})`,
              legend: changeLegend(activities, titles),
            }}
          />
        </>
      ) : (
        <p>This data set has one year, so there is no change to show.</p>
      )}
      <MethodsDetails methods={profile.methods} />
      <p className="attribution">{sourceLine(profile.attribution, profile.licence)}</p>
    </>
  );
}
