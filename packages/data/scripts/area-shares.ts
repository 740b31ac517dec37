// Shares of an area lying in each of a set of regions, estimated on a regular lon/lat grid over the
// area's bounding box. Each sample is weighted by cos(latitude), the relative ground area of a grid
// cell there, so the shares are shares of ground area and not of square degrees.
import { bounds, polygonsContain } from "./polygon-geometry.ts";
import type { Point, Polygon } from "./topology-polygons.ts";

/** A region to locate points in, with its bounding box computed once. */
export interface LocatingRegion {
  readonly code: string;
  readonly polygons: readonly Polygon[];
  readonly box: readonly [number, number, number, number];
}

/** A region with its bounding box. Example: `locatingRegion("TLK11", bristol.polygons).box[0]` is its west edge. */
export function locatingRegion(code: string, polygons: readonly Polygon[]): LocatingRegion {
  return { code, polygons, box: bounds(polygons) };
}

/** The regions containing a point (bounding boxes first, then point-in-polygon). */
export function regionsAt(regions: readonly LocatingRegion[], [x, y]: Point): LocatingRegion[] {
  return regions.filter(
    ({ box, polygons }) =>
      x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3] && polygonsContain(polygons, [x, y]),
  );
}

/**
 * The share (0..1) of the area's ground area lying in each region, from a `grid` x `grid` sample of
 * its bounding box (samples outside the area are skipped; samples inside the area but in no region
 * count towards the total only, so shares can sum to less than 1 along simplified coasts). Sorted
 * by share, largest first. Edge case: an area no sample falls in gives an empty list.
 * Example: a district wholly inside one region gives `[{ code, share: 1 }]`.
 */
export function areaShares(
  polygons: readonly Polygon[],
  regions: readonly LocatingRegion[],
  grid: number,
): { code: string; share: number }[] {
  const [west, south, east, north] = bounds(polygons);
  const weights = new Map<string, number>();
  let total = 0;
  for (let j = 0; j < grid; j++) {
    const y = south + ((j + 0.5) / grid) * (north - south);
    const weight = Math.cos((y * Math.PI) / 180);
    for (let i = 0; i < grid; i++) {
      const sample: Point = [west + ((i + 0.5) / grid) * (east - west), y];
      if (!polygonsContain(polygons, sample)) continue;
      total += weight;
      for (const { code } of regionsAt(regions, sample)) weights.set(code, (weights.get(code) ?? 0) + weight);
    }
  }
  return [...weights]
    .map(([code, weight]) => ({ code, share: weight / total }))
    .sort((a, b) => b.share - a.share || (a.code < b.code ? -1 : 1));
}
