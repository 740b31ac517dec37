import { useCallback, useRef, useState } from "react";
import type { SpaceEdge, SpaceNode } from "../api/explorer-types.ts";
import { bindChartPoints, type ChartPoint, ChartTooltip, type PointHover } from "./chart-tooltip.tsx";
import { formatCount, formatDecimal } from "./format-values.ts";
import { PlotFigure } from "./plot-figure.tsx";
import { spaceDrawOrder, spacePlotOptions } from "./space-plot.ts";

interface SpaceChartProps {
  readonly nodes: readonly SpaceNode[];
  readonly edges: readonly SpaceEdge[];
  /** The chosen region's code, when one is chosen (its strengths are highlighted). */
  readonly region: string | undefined;
  /** Opens the map of an activity (a node's click or Enter). */
  readonly onOpen: (activity: string) => void;
  readonly svgRef: { current: SVGSVGElement | null };
}

/**
 * The activity space (Plot) made interactive: every node circle gets `data-activity` (and, with a
 * region chosen, `data-present="true|false"`) and a name; the chart is one tab stop and the arrow
 * keys move between nodes; hover or focus shows a tooltip; click or Enter opens the map of that
 * activity.
 */
export function SpaceChart({ nodes, edges, region, onOpen, svgRef }: SpaceChartProps) {
  const [hover, setHover] = useState<PointHover<SpaceNode> | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const options = useCallback((width: number) => spacePlotOptions(nodes, edges, width), [nodes, edges]);

  const decorate = useCallback(
    (svg: SVGSVGElement) => {
      svg.setAttribute("role", "group");
      const drawn = spaceDrawOrder(nodes);
      const points: ChartPoint<SpaceNode>[] = [];
      for (const circle of svg.querySelectorAll<SVGCircleElement>('g[data-plot-mark="dot"] circle')) {
        const node = drawn[(circle as unknown as { __data__: number }).__data__];
        if (!node) continue;
        circle.setAttribute("data-activity", node.activity);
        if (node.present !== undefined) circle.setAttribute("data-present", String(node.present));
        const strength = node.present ? `, a strength of ${region}` : "";
        points.push({ element: circle, item: node, label: `${node.activity} ${node.title}${strength}` });
      }
      bindChartPoints(points, {
        frame,
        role: "link",
        onHover: setHover,
        onActivate: (item) => onOpen(item.activity),
      });
    },
    [nodes, region, onOpen],
  );

  return (
    <div className="chart-frame" ref={frame}>
      <PlotFigure options={options} decorate={decorate} svgRef={svgRef} />
      {hover && (
        <ChartTooltip anchor={hover} frame={frame}>
          <strong>
            {hover.item.activity} {hover.item.title}
          </strong>
          <br />
          {hover.item.section ? `Section ${hover.item.section} · ` : ""}
          Specialised in {formatCount(hover.item.ubiquity)} regions · PCI {formatDecimal(hover.item.pci)}
          {hover.item.present && (
            <>
              <br />A strength of {region} (LQ ≥ 1)
            </>
          )}
        </ChartTooltip>
      )}
    </div>
  );
}
