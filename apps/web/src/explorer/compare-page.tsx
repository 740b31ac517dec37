import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { viewXlsxUrl } from "../api/explorer-endpoints.ts";
import { compareQuery, regionsQuery } from "../api/explorer-queries.ts";
import type { RegionComparison } from "../api/explorer-types.ts";
import { ErrorAlert } from "../components/error-alert.tsx";
import { PageTitle } from "../components/page-title.tsx";
import { ExplorerNav } from "./explorer-nav.tsx";
import { ExportButtons } from "./export-buttons.tsx";
import { exportBaseName, sourceLine, toCsv } from "./export-files.ts";
import { formatCount, formatDecimal } from "./format-values.ts";
import { useExplorerView, viewLinkSearch } from "./use-explorer-view.ts";

const maxRegions = 10;

/** The comparison table as CSV, the columns of the XLSX export. */
function comparisonCsv(comparison: RegionComparison): string {
  return toCsv(
    comparison.regions,
    [
      { key: "code", label: "Region" },
      { key: "name", label: "Name" },
      { key: "total", label: "Total" },
      { key: "diversity", label: "Diversity" },
      { key: "eci", label: "ECI" },
      { key: "eciRank", label: "Complexity rank" },
      { key: "regionCount", label: "Regions ranked" },
      { key: "relatedVariety", label: "Related variety" },
      { key: "unrelatedVariety", label: "Unrelated variety" },
    ],
    comparison.attribution,
    comparison.licence,
  );
}

/** /explore/:dataset/compare?regions=A,B: up to 10 regions side by side. */
export function ComparePage() {
  const { dataset, search, update } = useExplorerView();
  const chosen = (search.regions ?? "").split(",").filter((code) => code !== "");
  const regions = useQuery(regionsQuery(dataset, { ...search, regions: undefined }));
  const comparison = useQuery({ ...compareQuery(dataset, search), enabled: chosen.length >= 2 });
  const setChosen = (codes: string[]) => update({ regions: codes.length > 0 ? codes.join(",") : undefined });
  const available = (regions.data?.regions ?? []).filter((region) => !chosen.includes(region.code));
  return (
    <>
      <PageTitle page="Compare regions" />
      <h1>Compare regions</h1>
      <ExplorerNav />
      <div className="view-choices">
        <label>
          Add region
          <select
            aria-label="Add region"
            value=""
            disabled={chosen.length >= maxRegions}
            onChange={(event) => event.target.value && setChosen([...chosen, event.target.value])}
          >
            <option value="">{chosen.length >= maxRegions ? "10 regions at most" : "Choose a region"}</option>
            {available.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {chosen.length < 2 && <p>Choose at least two regions to compare.</p>}
      <ErrorAlert error={comparison.error} />
      {comparison.data && (
        <div className="table-scroll">
          <table className="data-table">
            <caption>Comparison</caption>
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col" className="number">
                  Total
                </th>
                <th scope="col" className="number">
                  Diversity
                </th>
                <th scope="col" className="number">
                  ECI
                </th>
                <th scope="col" className="number">
                  Complexity rank
                </th>
                <th scope="col" className="number">
                  Related variety
                </th>
                <th scope="col" className="number">
                  Unrelated variety
                </th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {comparison.data.regions.map((region) => (
                <tr key={region.code}>
                  <th scope="row">
                    <Link
                      to="/explore/$dataset/regions/$region"
                      params={{ dataset, region: region.code }}
                      search={viewLinkSearch(search)}
                    >
                      {region.name}
                    </Link>{" "}
                    <span className="code">{region.code}</span>
                  </th>
                  <td className="number">{formatCount(region.total)}</td>
                  <td className="number">{formatCount(region.diversity)}</td>
                  <td className="number">{formatDecimal(region.eci)}</td>
                  <td className="number">
                    {region.eciRank === null ? "-" : `${region.eciRank} of ${region.regionCount}`}
                  </td>
                  <td className="number">{formatDecimal(region.relatedVariety, 3)}</td>
                  <td className="number">{formatDecimal(region.unrelatedVariety, 3)}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary small"
                      aria-label={`Remove ${region.name}`}
                      onClick={() => setChosen(chosen.filter((code) => code !== region.code))}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {comparison.data && (
        <>
          <ExportButtons
            label="Export the comparison"
            baseName={exportBaseName([dataset, "compare", ...chosen, String(comparison.data.view.year)])}
            attribution={comparison.data.attribution}
            licence={comparison.data.licence}
            table={{
              csv: () => comparisonCsv(comparison.data),
              xlsxHref: viewXlsxUrl("compare", dataset, search),
            }}
          />
          <p className="attribution">{sourceLine(comparison.data.attribution, comparison.data.licence)}</p>
        </>
      )}
    </>
  );
}
