// The activity space (Hidalgo et al. 2007, "The product space"): the proximity network's
// maximum spanning tree plus its strongest links, at the server's deterministic layout. A
// region's strengths (present) are drawn full colour and larger; the rest pale. Pure Plot options;
// space-chart.tsx makes the drawn nodes interactive.
import * as Plot from "@observablehq/plot";
import type { SpaceEdge, SpaceNode } from "../api/explorer-types.ts";
import { sectionColour } from "./section-colours.ts";

export interface SpaceLink {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly kind: SpaceEdge["kind"];
}

/** Edges with both ends' coordinates; edges naming an unknown node are dropped. */
export function spaceLinks(nodes: readonly SpaceNode[], edges: readonly SpaceEdge[]): SpaceLink[] {
  const byActivity = new Map(nodes.map((node) => [node.activity, node]));
  const links: SpaceLink[] = [];
  for (const edge of edges) {
    const source = byActivity.get(edge.source);
    const target = byActivity.get(edge.target);
    if (source && target)
      links.push({ x1: source.x, y1: source.y, x2: target.x, y2: target.y, kind: edge.kind });
  }
  return links;
}

/**
 * The nodes in drawing order: the rest first, then the region's strengths (on top), each group in
 * the given order. Circle i of the drawn dots is node i of this list (Plot binds __data__ = i).
 */
export function spaceDrawOrder(nodes: readonly SpaceNode[]): SpaceNode[] {
  return [...nodes.filter((node) => !node.present), ...nodes.filter((node) => node.present)];
}

/** Plot options: links under nodes, nodes in `spaceDrawOrder` (`sort: null` keeps it). */
export function spacePlotOptions(
  nodes: readonly SpaceNode[],
  edges: readonly SpaceEdge[],
  width: number,
): Plot.PlotOptions {
  const ordered = spaceDrawOrder(nodes);
  const highlight = nodes.some((node) => node.present !== undefined);
  return {
    width,
    height: Math.round(Math.min(720, Math.max(360, width * 0.75))),
    margin: 16,
    className: "plot",
    ariaLabel: "Activity space",
    x: { axis: null },
    y: { axis: null },
    // Radii in pixels: strengths 6, the rest 3.5.
    r: { type: "identity" },
    marks: [
      Plot.link(spaceLinks(nodes, edges), {
        x1: "x1",
        y1: "y1",
        x2: "x2",
        y2: "y2",
        stroke: (link: SpaceLink) => (link.kind === "tree" ? "#8a94a3" : "#c9cfd8"),
        strokeWidth: (link: SpaceLink) => (link.kind === "tree" ? 1 : 0.6),
      }),
      Plot.dot(ordered, {
        x: "x",
        y: "y",
        r: (node: SpaceNode) => (node.present ? 6 : 3.5),
        fill: (node: SpaceNode) => sectionColour(node.section),
        fillOpacity: (node: SpaceNode) => (!highlight || node.present ? 1 : 0.25),
        stroke: (node: SpaceNode) => (node.present ? "#1b2230" : "none"),
        sort: null,
      }),
    ],
  };
}
