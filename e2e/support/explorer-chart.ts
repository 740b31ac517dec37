// Reads what an Observable Plot chart drew, in screen pixels, so a test can compare it with the
// API's numbers: the axis scales (fitted through the tick marks and their labels), the points
// (circles with data-activity) and the dashed quadrant lines. The repository's type check has no
// DOM library, so the probes declare the little of the DOM they touch.
import type { Locator } from "playwright-core";

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
interface Probed {
  getBoundingClientRect(): Box;
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
  querySelectorAll(selector: string): ArrayLike<Probed>;
  readonly ownerDocument: {
    readonly defaultView: { getComputedStyle(element: unknown): { strokeDasharray: string } };
  };
}

/** A linear axis: pixel = offset + slope * value (screen pixels, y grows downwards). */
export interface AxisScale {
  readonly ticks: readonly { value: number; pixel: number }[];
  pixel(value: number): number;
  value(pixel: number): number;
}

export interface DrawnChart {
  readonly x: AxisScale;
  readonly y: AxisScale;
  /** Circle centres by data-activity. */
  readonly points: readonly { activity: string; cx: number; cy: number; r: number }[];
  /** Screen x of each vertical dashed line, screen y of each horizontal one. */
  readonly verticalRules: readonly number[];
  readonly horizontalRules: readonly number[];
}

/** Tick label text as a number: Plot writes negatives with U+2212 and may group thousands. */
export function tickNumber(text: string): number {
  return Number(
    text
      .replace(/\u2212/g, "-")
      .replace(/,/g, "")
      .trim(),
  );
}

function fitScale(ticks: { value: number; pixel: number }[], axis: string): AxisScale {
  const usable = ticks.filter((tick) => Number.isFinite(tick.value));
  const first = usable[0];
  const last = usable.at(-1);
  if (first === undefined || last === undefined || first.value === last.value) {
    throw new Error(`The ${axis} axis has fewer than two numeric tick labels: ${JSON.stringify(ticks)}`);
  }
  const slope = (last.pixel - first.pixel) / (last.value - first.value);
  const offset = first.pixel - slope * first.value;
  return {
    ticks: usable,
    pixel: (value) => offset + slope * value,
    value: (pixel) => (pixel - offset) / slope,
  };
}

/**
 * Reads the chart `svg` (a locator of the root <svg>). Each axis scale is fitted through its
 * first and last tick (the tick mark's position when Plot drew marks, else the label's centre).
 * Example: `const drawn = await readChart(page.locator('svg[aria-label="Opportunity chart"]'))`.
 */
export async function readChart(svg: Locator): Promise<DrawnChart> {
  const raw = await svg.evaluate((root: Probed) => {
    const centre = (element: Probed) => {
      const box = element.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2, width: box.width, height: box.height };
    };
    const all = (selector: string) => Array.from(root.querySelectorAll(selector));
    const group = (name: string, child: string) =>
      `g[aria-label="${name}"] ${child}, g[data-plot-mark="${name}"] ${child}`;
    const axis = (name: string) => ({
      // PlotFigure moves Plot's group names from aria-label to data-plot-mark (axe); a bare Plot
      // chart (the harness test) still has them in aria-label.
      labels: all(group(`${name}-axis tick label`, "text")).map((text) => ({
        text: text.textContent ?? "",
        ...centre(text),
      })),
      marks: all(`${group(`${name}-axis tick`, "path")}, ${group(`${name}-axis tick`, "line")}`).map(centre),
    });
    const points = all("circle[data-activity]").map((circle) => ({
      activity: circle.getAttribute("data-activity") ?? "",
      ...centre(circle),
    }));
    const dashed = all("line, path")
      .filter((element) => {
        const dash = element.ownerDocument.defaultView.getComputedStyle(element).strokeDasharray;
        return dash !== "" && dash !== "none";
      })
      .map(centre);
    return { x: axis("x"), y: axis("y"), points, dashed };
  });
  const ticksOf = (axis: typeof raw.x, along: "x" | "y") =>
    axis.labels.map((label, index) => {
      const mark = axis.marks.length === axis.labels.length ? axis.marks[index] : undefined;
      return { value: tickNumber(label.text), pixel: (mark ?? label)[along] };
    });
  return {
    x: fitScale(ticksOf(raw.x, "x"), "x"),
    y: fitScale(ticksOf(raw.y, "y"), "y"),
    points: raw.points.map((point) => ({
      activity: point.activity,
      cx: point.x,
      cy: point.y,
      r: point.width / 2,
    })),
    verticalRules: raw.dashed.filter((line) => line.width < 1 && line.height > 1).map((line) => line.x),
    horizontalRules: raw.dashed.filter((line) => line.height < 1 && line.width > 1).map((line) => line.y),
  };
}

/** The point farthest from every other one (so hovering it cannot hit a neighbour). */
export function mostIsolated(points: DrawnChart["points"]): DrawnChart["points"][number] {
  let best = points[0];
  let bestGap = -1;
  for (const point of points) {
    let gap = Number.POSITIVE_INFINITY;
    for (const other of points) {
      if (other === point) continue;
      gap = Math.min(gap, Math.hypot(other.cx - point.cx, other.cy - point.cy) - other.r - point.r);
    }
    if (gap > bestGap) [best, bestGap] = [point, gap];
  }
  if (best === undefined) throw new Error("The chart has no points");
  return best;
}
