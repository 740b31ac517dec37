import { useCallback } from "react";
import { PlotFigure } from "../../explorer/plot-figure.tsx";
import { type DayKindCount, eventLabels } from "./daily-counts.ts";
import { dailyPlotOptions, eventColours } from "./daily-plot.ts";

/** The per-day chart with its legend as text (Plot's own legend writes inline styles). */
export function DailyChart({ rows }: { rows: readonly DayKindCount[] }) {
  const options = useCallback((width: number) => dailyPlotOptions(rows, width), [rows]);
  const kinds = [...new Set(rows.map((row) => row.kind))];
  return (
    <figure className="survey-chart">
      <figcaption>Cases reaching each event, per day (UTC)</figcaption>
      <ul className="chart-legend">
        {kinds.map((kind) => (
          <li key={kind}>
            {/* A CSSOM style (React sets it with element.style), which the CSP allows. */}
            <span
              className="legend-swatch"
              aria-hidden="true"
              style={{ backgroundColor: eventColours[kind] }}
            />
            {eventLabels[kind] ?? kind}
          </li>
        ))}
      </ul>
      <PlotFigure options={options} />
    </figure>
  );
}
