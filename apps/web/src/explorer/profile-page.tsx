import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useCallback } from "react";
import { xlsxUrl } from "../api/explorer-endpoints.ts";
import { profileQuery } from "../api/explorer-queries.ts";
import type { RegionProfile } from "../api/explorer-types.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { changePlotOptions, changePoints } from "./change-plot.ts";
import { ExplorerNav } from "./explorer-nav.tsx";
import { sourceLine } from "./export-files.ts";
import { formatCount, formatDecimal } from "./format-values.ts";
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
  const points = changePoints(profile.change);
  const chart = useCallback((width: number) => changePlotOptions(points, width), [points]);
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
        {" · "}
        <a href={xlsxUrl("profile", dataset, region.code, view)} download>
          Download XLSX
        </a>
      </p>
      <SpecialisationsTable dataset={dataset} rows={profile.specialisations} />
      <h2>Change over years</h2>
      {points.length > 0 && new Set(points.map((point) => point.year)).size > 1 ? (
        <>
          <p>
            Location quotient of the top specialisations in each year of the data set (1 = the national
            share).
          </p>
          <PlotFigure options={chart} />
        </>
      ) : (
        <p>This data set has one year, so there is no change to show.</p>
      )}
      <MethodsDetails methods={profile.methods} />
      <p className="attribution">{sourceLine(profile.attribution, profile.licence)}</p>
    </>
  );
}
