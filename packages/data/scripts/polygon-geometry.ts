// Plane geometry on lon/lat polygons for the district -> ITL3 derivation: even-odd point-in-polygon
// (the crossing-number test, as in W. R. Franklin's PNPOLY), a point guaranteed inside a polygon
// found on horizontal scan lines, and distances to a boundary. Distances use an equirectangular
// projection about the point (longitude differences scaled by cos(latitude)), ample at district scale.
import type { Point, Polygon, Ring } from "./topology-polygons.ts";

/**
 * True when the point is inside the polygon by the even-odd rule (holes excluded). An edge counts
 * when it spans the point's y half-open (one end above, the other at or below), so a scan line
 * through a vertex is counted once. Example: `polygonContains([[[0,0],[2,0],[2,2],[0,2],[0,0]]], [1,1])`.
 */
export function polygonContains(polygon: Polygon, [x, y]: Point): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** True when any of the polygons contains the point. */
export function polygonsContain(polygons: readonly Polygon[], point: Point): boolean {
  return polygons.some((polygon) => polygonContains(polygon, point));
}

/** The bounding box `[west, south, east, north]` of some polygons' outer rings. */
export function bounds(polygons: readonly Polygon[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of polygons.flatMap((polygon) => polygon[0] ?? [])) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

/** Absolute shoelace area of a ring, in square degrees (used only to compare rings of one layer). */
export function ringArea(ring: Ring): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    twice += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return Math.abs(twice) / 2;
}

/**
 * The inside stretches of the horizontal line at `y`: the x of every edge crossing (same half-open
 * rule as polygonContains), sorted and paired, [x0, x1], [x2, x3], ... Empty when the line misses.
 */
export function scanLineIntervals(polygon: Polygon, y: number): [number, number][] {
  const crossings: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y) crossings.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  crossings.sort((a, b) => a - b);
  const intervals: [number, number][] = [];
  for (let k = 0; k + 1 < crossings.length; k += 2) intervals.push([crossings[k]!, crossings[k + 1]!]);
  return intervals;
}

/** Distance from a point to the segment a-b, in degrees of latitude (x scaled by cos(latitude)). */
function segmentDistance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point, xScale: number): number {
  const [ux, uy] = [(bx - ax) * xScale, by - ay];
  const [vx, vy] = [(px - ax) * xScale, py - ay];
  const length2 = ux * ux + uy * uy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, (vx * ux + vy * uy) / length2));
  return Math.hypot(vx - t * ux, vy - t * uy);
}

/**
 * The shortest distance from a point to any ring edge of the polygons, in degrees of latitude
 * (1 degree is about 111 km); 0 on the boundary. Example: for the 2 x 2 square about the origin
 * corner, `boundaryDistance([square], [1, 0.5])` is 0.5 when latitudes are near 0.
 */
export function boundaryDistance(polygons: readonly Polygon[], point: Point): number {
  const xScale = Math.cos((point[1] * Math.PI) / 180);
  let best = Number.POSITIVE_INFINITY;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        best = Math.min(best, segmentDistance(point, ring[i - 1]!, ring[i]!, xScale));
      }
    }
  }
  return best;
}

/**
 * A point strictly inside the polygon with the largest outer ring: the midpoints of the inside
 * stretches of `lines` horizontal scan lines spread over the ring's height are candidates, and the
 * one farthest from the boundary wins (so it keeps clear of edges that another, differently
 * simplified layer draws slightly elsewhere). Each candidate lies between two consecutive
 * crossings, so inside by construction; the winner is checked with polygonContains anyway.
 * Throws when no candidate exists (a degenerate ring). Example: for a 4 x 2 rectangle from the
 * origin, `interiorPoint([rectangle])` is [2, 1] for an odd number of lines.
 */
export function interiorPoint(polygons: readonly Polygon[], lines = 15): Point {
  const largest = [...polygons].sort((a, b) => ringArea(b[0] ?? []) - ringArea(a[0] ?? []))[0];
  const outer = largest?.[0] ?? [];
  if (largest === undefined || outer.length < 4) throw new Error("no polygon with an outer ring");
  const ys = outer.map((p) => p[1]);
  const [low, high] = [Math.min(...ys), Math.max(...ys)];
  let best: { point: Point; depth: number } | undefined;
  for (let k = 0; k < lines; k++) {
    const y = low + ((k + 0.5) / lines) * (high - low);
    for (const [x0, x1] of scanLineIntervals(largest, y)) {
      const point: Point = [(x0 + x1) / 2, y];
      const depth = boundaryDistance([largest], point);
      if (best === undefined || depth > best.depth) best = { point, depth };
    }
  }
  if (best === undefined || !polygonContains(largest, best.point)) {
    throw new Error("no interior point found on the scan lines");
  }
  return best.point;
}
