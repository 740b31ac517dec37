import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { explorerDatasetsQuery } from "../api/explorer-queries.ts";
import { useExplorerView, viewLinkSearch } from "./use-explorer-view.ts";

/**
 * The explorer's sub-navigation (landmark "Explorer") and the view choices (year, level) of the
 * data set; choices go into the URL, so every page can be shared as it is seen.
 */
export function ExplorerNav() {
  const { dataset, region, search, update } = useExplorerView();
  const datasets = useQuery(explorerDatasetsQuery);
  const info = datasets.data?.find((item) => item.id === dataset);
  const carried = viewLinkSearch(search);
  const regionParams = { dataset, region };
  return (
    <div className="explorer-bar">
      <nav aria-label="Explorer">
        <ul className="explorer-links">
          <li>
            <Link
              to="/explore/$dataset"
              params={{ dataset }}
              search={carried}
              activeOptions={{ exact: true }}
            >
              Regions
            </Link>
          </li>
          {region !== "" && (
            <>
              <li>
                <Link
                  to="/explore/$dataset/regions/$region"
                  params={regionParams}
                  search={carried}
                  activeOptions={{ exact: true }}
                >
                  Profile
                </Link>
              </li>
              <li>
                <Link
                  to="/explore/$dataset/regions/$region/opportunities"
                  params={regionParams}
                  search={carried}
                >
                  Opportunities
                </Link>
              </li>
            </>
          )}
          <li>
            <Link to="/explore/$dataset/map" params={{ dataset }} search={carried}>
              Map
            </Link>
          </li>
          <li>
            <Link
              to="/explore/$dataset/space"
              params={{ dataset }}
              search={region ? { ...carried, region } : carried}
            >
              Activity space
            </Link>
          </li>
          <li>
            <Link
              to="/explore/$dataset/compare"
              params={{ dataset }}
              search={region ? { ...carried, regions: region } : carried}
            >
              Compare
            </Link>
          </li>
        </ul>
      </nav>
      {info && (
        <div className="view-choices">
          <label>
            Year
            <select
              aria-label="Year"
              value={search.year ?? info.years.at(-1) ?? ""}
              onChange={(event) => update({ year: Number(event.target.value) })}
            >
              {info.years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
          {info.levels.length > 1 && (
            <label>
              Level
              <select
                aria-label="Level"
                value={search.level ?? info.defaultLevel}
                onChange={(event) => update({ level: event.target.value })}
              >
                {info.levels.map((level) => (
                  <option key={level.id} value={level.id}>
                    {level.title}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
    </div>
  );
}
