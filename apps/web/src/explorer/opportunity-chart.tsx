import { useCallback, useRef, useState } from "react";
import { bindChartPoints, type ChartPoint, ChartTooltip, type PointHover } from "./chart-tooltip.tsx";
import { formatCount, formatDecimal } from "./format-values.ts";
import { type Cutoffs, opportunityPlotOptions, type PlacedOpportunity } from "./opportunity-plot.ts";
import { PlotFigure } from "./plot-figure.tsx";

interface OpportunityChartProps {
  /** The rows with a density and a PCI (placedOpportunities); circle i is row i. */
  readonly rows: readonly PlacedOpportunity[];
  readonly cutoffs: Cutoffs;
  readonly measure: string;
  readonly onSelect: (activity: string) => void;
  readonly svgRef: { current: SVGSVGElement | null };
}

/**
 * The opportunity chart (Plot) made interactive: every circle gets `data-activity` and a name; the
 * chart is one tab stop and the arrow keys move between circles; hover or focus shows a
 * role="tooltip" box; click or Enter/Space opens "Why?".
 */
export function OpportunityChart({ rows, cutoffs, measure, onSelect, svgRef }: OpportunityChartProps) {
  const [hover, setHover] = useState<PointHover<PlacedOpportunity> | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const options = useCallback(
    (width: number) => opportunityPlotOptions(rows, cutoffs, width),
    [rows, cutoffs],
  );

  const decorate = useCallback(
    (svg: SVGSVGElement) => {
      svg.setAttribute("role", "group");
      const points: ChartPoint<PlacedOpportunity>[] = [];
      for (const circle of svg.querySelectorAll<SVGCircleElement>('g[data-plot-mark="dot"] circle')) {
        // Plot binds each element to its index in the data (sort: null keeps row order).
        const row = rows[(circle as unknown as { __data__: number }).__data__];
        if (!row) continue;
        circle.setAttribute("data-activity", row.activity);
        points.push({ element: circle, item: row, label: `${row.activity} ${row.title}` });
      }
      bindChartPoints(points, {
        frame,
        role: "button",
        onHover: setHover,
        onActivate: (item) => onSelect(item.activity),
      });
    },
    [rows, onSelect],
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
          Density {formatDecimal(hover.item.density)} · PCI {formatDecimal(hover.item.pci)} · {measure}{" "}
          {formatCount(hover.item.value)}
        </ChartTooltip>
      )}
    </div>
  );
}
