// A diverging stacked bar chart of Likert items (Heiberger & Robbins 2014, "Design of diverging
// stacked bar charts for Likert scales"): one bar per item and group, the answers below the middle
// of the scale to the left of the axis at 0 and those above to the right, "don't know" in a column
// of its own. Pure: data in, SVG text out. Each bar and segment carries data-* attributes with the
// exact shares so tests (and readers of the file) can check the picture against the numbers.
import { divergingPalette, textColourOn } from "./diverging-palette.ts";
import { element, lines, type Markup } from "./svg-writer.ts";

export interface LikertSegment {
  readonly category: string;
  readonly label: string;
  /** Share of the bar's answers on the scale (0-1). */
  readonly share: number;
  readonly count: number;
  /** Left and right ends on the share axis (negative = left of the axis). */
  readonly start: number;
  readonly end: number;
}

export interface LikertBar {
  readonly item: string;
  readonly itemLabel: string;
  /** "" when there is one group. */
  readonly group: string;
  /** Answers on the scale. */
  readonly n: number;
  readonly segments: readonly LikertSegment[];
  /** Share of "don't know" among everyone who answered the item. */
  readonly dontKnowShare: number;
}

export interface LikertChart {
  readonly title: string;
  readonly categories: readonly { readonly code: string; readonly label: string }[];
  /** Heading of the "don't know" column; undefined leaves the column out. */
  readonly dontKnowLabel: string | undefined;
  /** Bars in the order to draw them; consecutive bars of one item are drawn under its label. */
  readonly bars: readonly LikertBar[];
  readonly notes: readonly string[];
  /** The source line, with the licence. */
  readonly source: string;
}

const width = 880;
const plotLeft = 150;
const barHeight = 16;
const rowHeight = 22;
const font = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const percent = (share: number) => `${Math.round(100 * share)}%`;

/** The half-width of the share axis: the widest side of any bar, up to the next 10%. */
function extentOf(bars: readonly LikertBar[]): number {
  let widest = 0.1;
  for (const bar of bars) for (const s of bar.segments) widest = Math.max(widest, -s.start, s.end);
  return Math.min(1, Math.ceil(widest * 10 - 1e-9) / 10);
}

function description(chart: LikertChart): string {
  const scale = chart.categories.map((c) => c.label).join(", ");
  const perBar = chart.bars.map(
    (bar) =>
      `${bar.itemLabel}${bar.group === "" ? "" : `, ${bar.group}`} (n ${bar.n}): ` +
      `${bar.segments.map((s) => `${s.label} ${percent(s.share)}`).join(", ")}.`,
  );
  return `Diverging stacked bar chart of ${chart.bars.length} bars, one per item and group. Answers on the scale ${scale}; the lower half of the scale is left of the axis at 0. ${perBar.join(" ")}`;
}

/** The chart as a standalone SVG document. */
export function likertChartSvg(chart: LikertChart): string {
  const palette = divergingPalette(chart.categories.length);
  const colourOf = new Map(chart.categories.map((c, i) => [c.code, palette[i]!]));
  const plotRight = width - (chart.dontKnowLabel === undefined ? 24 : 124);
  const extent = extentOf(chart.bars);
  const centre = (plotLeft + plotRight) / 2;
  const x = (share: number) => centre + (share / extent) * ((plotRight - plotLeft) / 2);
  const parts: Markup[] = [
    element("title", { id: "likert-title" }, chart.title),
    element("desc", { id: "likert-desc" }, description(chart)),
    element("rect", { width, height: "100%", fill: "#ffffff" }),
    element("text", { x: 16, y: 26, "font-size": 16, "font-weight": "bold" }, chart.title),
  ];
  // Legend: one swatch per answer, low to high, laid out left to right.
  let legendX = 16;
  for (const c of chart.categories) {
    parts.push(element("rect", { x: legendX, y: 40, width: 12, height: 12, fill: colourOf.get(c.code) }));
    parts.push(element("text", { x: legendX + 17, y: 50, "font-size": 12 }, c.label));
    legendX += 17 + 7 * c.label.length + 18;
  }
  // Axis: ticks every 10% or 20% both ways, labelled as shares (both sides positive).
  const step = extent <= 0.5 ? 0.1 : 0.2;
  const ticks: number[] = [];
  for (let k = -Math.round(extent / step); k <= Math.round(extent / step); k++) ticks.push(k * step);
  const axisY = 78;
  let y = axisY + 10;
  const body: Markup[] = [];
  let previousItem: string | undefined;
  for (const bar of chart.bars) {
    if (bar.item !== previousItem) {
      y += previousItem === undefined ? 4 : 10;
      body.push(
        element(
          "text",
          // A white halo keeps a long item label readable where it crosses the grid lines.
          {
            x: 16,
            y: y + 13,
            "font-size": 13,
            "font-weight": "bold",
            stroke: "#ffffff",
            "stroke-width": 3,
            "paint-order": "stroke",
          },
          bar.itemLabel,
        ),
      );
      y += rowHeight;
      previousItem = bar.item;
    }
    const segments = bar.segments.map((s) => {
      const left = x(s.start);
      const w = x(s.end) - left;
      const fill = colourOf.get(s.category)!;
      const label = `${bar.itemLabel}${bar.group === "" ? "" : `, ${bar.group}`}: ${s.label} ${(100 * s.share).toFixed(1)}% (${s.count} of ${bar.n})`;
      const shape = element(
        "rect",
        {
          class: "segment",
          "data-category": s.category,
          "data-share": String(s.share),
          x: left,
          y,
          width: w,
          height: barHeight,
          fill,
        },
        element("title", {}, label),
      );
      if (w < 30) return shape;
      const text = element(
        "text",
        { x: left + w / 2, y: y + 12, "font-size": 11, "text-anchor": "middle", fill: textColourOn(fill) },
        percent(s.share),
      );
      return lines([shape, text]);
    });
    const groupLabel = `${bar.group === "" ? "All" : bar.group} (n ${bar.n})`;
    body.push(
      element(
        "g",
        { class: "bar", "data-item": bar.item, "data-group": bar.group, "data-n": bar.n },
        element("text", { x: plotLeft - 8, y: y + 12, "font-size": 12, "text-anchor": "end" }, groupLabel),
        lines(segments),
      ),
    );
    if (chart.dontKnowLabel !== undefined) {
      body.push(
        element(
          "text",
          { x: plotRight + 68, y: y + 12, "font-size": 11, "text-anchor": "middle", fill: "#444444" },
          percent(bar.dontKnowShare),
        ),
      );
    }
    y += rowHeight;
  }
  const plotBottom = y + 4;
  for (const t of ticks) {
    const at = x(t);
    parts.push(element("line", { x1: at, x2: at, y1: axisY + 4, y2: plotBottom, stroke: "#e0e0e0" }));
    parts.push(
      element(
        "text",
        { x: at, y: axisY, "font-size": 11, "text-anchor": "middle", fill: "#444444" },
        t === 0 ? "0" : percent(Math.abs(t)),
      ),
    );
  }
  parts.push(...body);
  parts.push(
    element("line", {
      class: "axis-zero",
      x1: x(0),
      x2: x(0),
      y1: axisY + 4,
      y2: plotBottom,
      stroke: "#333333",
      "stroke-width": 1.5,
    }),
  );
  if (chart.dontKnowLabel !== undefined) {
    parts.push(
      element(
        "text",
        { x: plotRight + 68, y: axisY, "font-size": 11, "text-anchor": "middle", "font-weight": "bold" },
        chart.dontKnowLabel,
      ),
    );
  }
  let footY = plotBottom + 20;
  for (const note of chart.notes) {
    parts.push(element("text", { class: "note", x: 16, y: footY, "font-size": 11, fill: "#444444" }, note));
    footY += 16;
  }
  parts.push(
    element("text", { class: "source", x: 16, y: footY, "font-size": 11, fill: "#444444" }, chart.source),
  );
  const height = footY + 14;
  const svg = element(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-labelledby": "likert-title likert-desc",
      "font-family": font,
    },
    lines(parts),
  );
  return `${svg.markup}\n`;
}
