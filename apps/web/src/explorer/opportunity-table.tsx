import { useState } from "react";
import type { OpportunityRow } from "../api/explorer-types.ts";
import { formatCount, formatDecimal } from "./format-values.ts";
import { type Cutoffs, quadrantLabels, quadrantOf } from "./opportunity-plot.ts";
import { nextSort, type SortState, sortRows } from "./sort-rows.ts";

type Key = "activity" | "value" | "density" | "pci" | "cog";

const columns: readonly { key: Key; label: string; numeric: boolean }[] = [
  { key: "activity", label: "Activity", numeric: false },
  { key: "value", label: "Jobs", numeric: true },
  { key: "density", label: "Density", numeric: true },
  { key: "pci", label: "PCI", numeric: true },
  { key: "cog", label: "COG", numeric: true },
];

interface OpportunityTableProps {
  readonly rows: readonly OpportunityRow[];
  readonly cutoffs: Cutoffs;
  readonly measure: string;
  readonly onWhy: (activity: string) => void;
}

/** The chart's data as a table sortable by any column (buttons in the headers, aria-sort). */
export function OpportunityTable({ rows, cutoffs, measure, onWhy }: OpportunityTableProps) {
  const [sort, setSort] = useState<SortState<Key>>({ key: "density", direction: "descending" });
  const sorted = sortRows(rows, sort);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Opportunities</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? "number" : undefined}
                aria-sort={sort.key === column.key ? sort.direction : undefined}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => setSort(nextSort(sort, column.key, column.numeric))}
                >
                  {column.key === "value" ? measure : column.label}
                  <span aria-hidden="true">
                    {sort.key === column.key ? (sort.direction === "ascending" ? " ▲" : " ▼") : ""}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">Quadrant</th>
            <th scope="col">
              <span className="visually-hidden">Explain</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.activity}>
              <th scope="row">
                <span className="code">{row.activity}</span> {row.title}
              </th>
              <td className="number">{formatCount(row.value)}</td>
              <td className="number">{formatDecimal(row.density, 3)}</td>
              <td className="number">{formatDecimal(row.pci)}</td>
              <td className="number">{formatDecimal(row.cog)}</td>
              <td>{quadrantLabels[quadrantOf(row, cutoffs)]}</td>
              <td>
                <button
                  type="button"
                  className="secondary small"
                  aria-label={`Why? ${row.activity}`}
                  onClick={() => onWhy(row.activity)}
                >
                  Why?
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
