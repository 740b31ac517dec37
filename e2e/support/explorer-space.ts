// Reads the activity space chart back from the page (node circles with data-activity and
// data-present, link paths) and fits the linear map from the API's layout coordinates to screen
// pixels, so a test can check that every node sits where the API put it.
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
  querySelectorAll(selector: string): ArrayLike<Probed>;
}

export interface DrawnNode {
  readonly activity: string;
  /** data-present: "true" / "false" with a region chosen, null without. */
  readonly present: string | null;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

export interface DrawnSpace {
  readonly nodes: readonly DrawnNode[];
  /** Number of drawn link paths (Plot's link mark). */
  readonly links: number;
}

/** Reads the chart `svg` (a locator of the root <svg aria-label="Activity space">). */
export async function readSpace(svg: Locator): Promise<DrawnSpace> {
  return svg.evaluate((root: Probed) => {
    const nodes = Array.from(root.querySelectorAll("circle[data-activity]")).map((circle) => {
      const box = circle.getBoundingClientRect();
      return {
        activity: circle.getAttribute("data-activity") ?? "",
        present: circle.getAttribute("data-present"),
        cx: box.x + box.width / 2,
        cy: box.y + box.height / 2,
        r: box.width / 2,
      };
    });
    const links = root.querySelectorAll(
      'g[data-plot-mark="link"] path, g[data-plot-mark="link"] line',
    ).length;
    return { nodes, links };
  });
}

/** pixel = offset + slope * value, fitted through two (value, pixel) points. */
export interface LinearFit {
  readonly offset: number;
  readonly slope: number;
  pixel(value: number): number;
}

/**
 * The line through the points with the smallest and largest value (the best-conditioned pair).
 * Throws when all values are equal. Example: [[0, 10], [2, 30], [1, 20]] -> offset 10, slope 10.
 */
export function fitThroughExtremes(points: readonly (readonly [value: number, pixel: number])[]): LinearFit {
  let low = points[0];
  let high = points[0];
  for (const point of points) {
    if (low === undefined || point[0] < low[0]) low = point;
    if (high === undefined || point[0] > high[0]) high = point;
  }
  if (low === undefined || high === undefined || low[0] === high[0])
    throw new Error("Cannot fit a scale: fewer than two distinct values");
  const slope = (high[1] - low[1]) / (high[0] - low[0]);
  const offset = low[1] - slope * low[0];
  return { offset, slope, pixel: (value) => offset + slope * value };
}
