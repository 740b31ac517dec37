import { useCallback, useLayoutEffect, useRef, useState } from "react";
import type { OpportunityRow } from "../api/explorer-types.ts";
import { formatCount, formatDecimal } from "./format-values.ts";
import { type Cutoffs, opportunityPlotOptions } from "./opportunity-plot.ts";
import { PlotFigure } from "./plot-figure.tsx";

interface OpportunityChartProps {
  readonly rows: readonly OpportunityRow[];
  readonly cutoffs: Cutoffs;
  readonly measure: string;
  readonly onSelect: (activity: string) => void;
  readonly svgRef: { current: SVGSVGElement | null };
}

interface Hover {
  readonly row: OpportunityRow;
  readonly x: number;
  readonly y: number;
}

/**
 * The opportunity chart (Plot) made interactive: every circle gets `data-activity`, a tab stop and
 * a name; hover or focus shows a role="tooltip" box; click or Enter/Space opens "Why?".
 */
export function OpportunityChart({ rows, cutoffs, measure, onSelect, svgRef }: OpportunityChartProps) {
  const [hover, setHover] = useState<Hover | null>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const options = useCallback(
    (width: number) => opportunityPlotOptions(rows, cutoffs, width),
    [rows, cutoffs],
  );

  const decorate = useCallback(
    (svg: SVGSVGElement) => {
      svg.setAttribute("role", "group");
      const circles = svg.querySelectorAll<SVGCircleElement>('g[data-plot-mark="dot"] circle');
      for (const circle of circles) {
        // Plot binds each element to its index in the data (sort: null keeps row order).
        const index = (circle as unknown as { __data__: number }).__data__;
        const row = rows[index];
        if (!row) continue;
        circle.setAttribute("data-activity", row.activity);
        circle.setAttribute("tabindex", "0");
        circle.setAttribute("role", "button");
        circle.setAttribute("aria-label", `${row.activity} ${row.title}`);
        const show = () => {
          const box = circle.getBoundingClientRect();
          const origin = frame.current?.getBoundingClientRect();
          setHover({ row, x: box.right - (origin?.left ?? 0), y: box.top - (origin?.top ?? 0) });
        };
        circle.addEventListener("mouseenter", show);
        circle.addEventListener("focus", show);
        circle.addEventListener("mouseleave", () => setHover(null));
        circle.addEventListener("blur", () => setHover(null));
        circle.addEventListener("click", () => onSelect(row.activity));
        circle.addEventListener("keydown", (event) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            onSelect(row.activity);
          }
          if (event.key === "Escape") setHover(null);
        });
      }
    },
    [rows, onSelect],
  );

  // Position through the CSSOM (allowed by the CSP, unlike style attributes in markup).
  useLayoutEffect(() => {
    const element = tooltip.current;
    const width = frame.current?.clientWidth ?? 0;
    if (!element || !hover) return;
    const left = Math.min(hover.x + 8, Math.max(0, width - element.offsetWidth));
    element.style.left = `${left}px`;
    element.style.top = `${Math.max(0, hover.y - element.offsetHeight)}px`;
  }, [hover]);

  return (
    <div className="chart-frame" ref={frame}>
      <PlotFigure options={options} decorate={decorate} svgRef={svgRef} />
      {hover && (
        <div className="chart-tooltip" role="tooltip" ref={tooltip}>
          <strong>
            {hover.row.activity} {hover.row.title}
          </strong>
          <br />
          Density {formatDecimal(hover.row.density)} · PCI {formatDecimal(hover.row.pci)} · {measure}{" "}
          {formatCount(hover.row.value)}
        </div>
      )}
    </div>
  );
}
