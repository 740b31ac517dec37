import type { SpaceNode } from "../api/explorer-types.ts";
import { formatCount, formatDecimal } from "./format-values.ts";
import { sortRows } from "./sort-rows.ts";

/**
 * The chosen region's strengths in the activity space as a table (the highlight is not only
 * visual): activity, section, how many regions specialise in it, PCI; most complex first.
 */
export function SpaceStrengthsTable({
  nodes,
  regionName,
}: {
  nodes: readonly SpaceNode[];
  regionName: string;
}) {
  const strengths = sortRows(
    nodes.filter((node) => node.present),
    { key: "pci", direction: "descending" },
  );
  if (strengths.length === 0) return <p>{regionName} has no activity with an LQ of 1 or more.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Strengths of {regionName}</caption>
        <thead>
          <tr>
            <th scope="col">Activity</th>
            <th scope="col">Section</th>
            <th scope="col" className="number">
              Regions specialised
            </th>
            <th scope="col" className="number">
              PCI
            </th>
          </tr>
        </thead>
        <tbody>
          {strengths.map((node) => (
            <tr key={node.activity}>
              <th scope="row">
                <span className="code">{node.activity}</span> {node.title}
              </th>
              <td>{node.section ?? "-"}</td>
              <td className="number">{formatCount(node.ubiquity)}</td>
              <td className="number">{formatDecimal(node.pci)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
