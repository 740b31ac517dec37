import { Link } from "@tanstack/react-router";
import type { MapValue } from "../api/explorer-types.ts";
import { formatCount, formatDecimal } from "./format-values.ts";
import { sortRows } from "./sort-rows.ts";
import { viewLinkSearch } from "./use-explorer-view.ts";
import type { ViewSearch } from "./view-search.ts";

interface MapValuesTableProps {
  readonly dataset: string;
  readonly activity: string;
  readonly values: readonly MapValue[];
  readonly measure: string;
  readonly search: ViewSearch;
}

/** The map's numbers as a table (highest LQ first), each region linking to its profile. */
export function MapValuesTable({ dataset, activity, values, measure, search }: MapValuesTableProps) {
  const rows = sortRows(values, { key: "lq", direction: "descending" });
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>LQ of {activity} by region</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            <th scope="col" className="number">
              {measure}
            </th>
            <th scope="col" className="number">
              LQ
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.region}>
              <th scope="row">
                <Link
                  to="/explore/$dataset/regions/$region"
                  params={{ dataset, region: row.region }}
                  search={viewLinkSearch(search)}
                >
                  {row.name}
                </Link>{" "}
                <span className="code">{row.region}</span>
              </th>
              <td className="number">{formatCount(row.value)}</td>
              <td className="number">{formatDecimal(row.lq)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
