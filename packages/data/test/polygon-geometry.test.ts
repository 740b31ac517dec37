// The geometry behind scripts/derive-lad-itl.ts, on shapes small enough to check by hand.
import { describe, expect, it } from "vitest";
import { areaShares, locatingRegion, regionsAt } from "../scripts/area-shares.ts";
import {
  boundaryDistance,
  interiorPoint,
  polygonContains,
  ringArea,
  scanLineIntervals,
} from "../scripts/polygon-geometry.ts";
import {
  decodeTopologyAreas,
  type Point,
  type Polygon,
  type QuantizedTopology,
} from "../scripts/topology-polygons.ts";

/** A closed axis-aligned rectangle ring, anticlockwise from (x0, y0). */
const box = (x0: number, y0: number, x1: number, y1: number): Point[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

describe("decodeTopologyAreas", () => {
  // Two unit squares in quantized space, A = [0,4] x [0,4] and B = [4,6] x [0,4], sharing arc 1
  // (4,0)-(4,4), which B reads backwards (~1). Degrees: x = q * 0.5 + 10, y = q * 0.25 + 50.
  const topology: QuantizedTopology = {
    transform: { scale: [0.5, 0.25], translate: [10, 50] },
    arcs: [
      [
        [0, 0],
        [4, 0],
      ],
      [
        [4, 0],
        [0, 4],
      ],
      [
        [4, 4],
        [-4, 0],
        [0, -4],
      ],
      [
        [4, 0],
        [2, 0],
        [0, 4],
        [-2, 0],
      ],
    ],
    objects: {
      geog: {
        geometries: [
          { type: "Polygon", arcs: [[0, 1, 2]], properties: { id: "A", name: "Square A" } },
          { type: "MultiPolygon", arcs: [[[3, ~1]], [[0, 1, 2]]], properties: { id: "AB", name: "Both" } },
        ],
      },
    },
  };

  it("undoes the delta encoding and the transform, reads ~i backwards and keeps shared points once", () => {
    const [a, both] = decodeTopologyAreas(topology, "geog", "id", "name");
    expect(a).toEqual({ code: "A", name: "Square A", polygons: [[box(10, 50, 12, 51)]] });
    expect(both!.polygons).toEqual([
      [
        [
          [12, 50],
          [13, 50],
          [13, 51],
          [12, 51],
          [12, 50],
        ],
      ],
      [box(10, 50, 12, 51)],
    ]);
  });

  it("refuses a geometry that is not an area, and a missing object", () => {
    const points = {
      ...topology,
      objects: { geog: { geometries: [{ type: "Point", properties: { id: "P" } }] } },
    };
    expect(() => decodeTopologyAreas(points, "geog", "id", "name")).toThrow(
      "geog geometry 0 (P): type Point is not an area",
    );
    expect(() => decodeTopologyAreas(topology, "other", "id", "name")).toThrow(
      'the topology has no object "other"',
    );
  });
});

describe("point in polygon and scan lines", () => {
  const framed: Polygon = [box(0, 0, 4, 4), box(1, 1, 3, 3)];

  it("excludes holes by the even-odd rule", () => {
    expect(polygonContains(framed, [0.5, 0.5])).toBe(true);
    expect(polygonContains(framed, [2, 2])).toBe(false);
    expect(polygonContains(framed, [5, 2])).toBe(false);
  });

  it("pairs the crossings of a scan line into inside stretches", () => {
    expect(scanLineIntervals(framed, 2)).toEqual([
      [0, 1],
      [3, 4],
    ]);
    expect(scanLineIntervals(framed, 7)).toEqual([]);
    // A line along the hole's top edge: by the half-open rule (one end above y, the other at or
    // below) the hole's sides end at y and do not cross, so only the outer ring is crossed.
    expect(scanLineIntervals(framed, 3)).toEqual([[0, 4]]);
  });

  it("measures ring area by the shoelace formula (4 x 4 square: 16)", () => {
    expect(ringArea(box(0, 0, 4, 4))).toBe(16);
  });
});

describe("interiorPoint", () => {
  // A U: bottom bar [0,3] x [0,1] and arms [0,1] x [1,3], [2,3] x [1,3]. Its area centroid is
  // x = 1.5, y = (3 * 0.5 + 2 * 2 + 2 * 2) / 7 = 1.357..., inside the notch, so outside the U.
  const u: Polygon = [
    [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ],
  ];

  it("finds a point inside where the centroid falls outside", () => {
    expect(polygonContains(u, [1.5, 9.5 / 7])).toBe(false);
    // Lines at y = 0.1, 0.3, 0.5, ...: at y = 0.5 the midpoint of [0, 3] is 0.5 from the bottom and
    // from the notch; every other candidate is nearer an edge.
    const [x, y] = interiorPoint([u]);
    expect(x).toBe(1.5);
    expect(y).toBeCloseTo(0.5, 12);
    expect(polygonContains(u, [x, y])).toBe(true);
  });

  it("uses the polygon with the largest outer ring", () => {
    expect(interiorPoint([[box(10, 0, 11, 1)], [box(0, 0, 4, 2)]])).toEqual([2, 1]);
  });

  it("refuses a degenerate ring", () => {
    expect(() => interiorPoint([[[[0, 0]]]])).toThrow("no polygon with an outer ring");
  });
});

describe("boundaryDistance", () => {
  it("scales longitude differences by cos(latitude)", () => {
    expect(boundaryDistance([[box(0, 0, 2, 2)]], [1, 0.5])).toBeCloseTo(0.5, 12);
    // 0.5 degrees of longitude from the west edge at 61 N, nearer than the 1 degree to north / south.
    expect(boundaryDistance([[box(0, 60, 2, 62)]], [0.5, 61])).toBeCloseTo(
      0.5 * Math.cos((61 * Math.PI) / 180),
      12,
    );
  });
});

describe("areaShares", () => {
  // A 4 x 1 strip on the equator split into [0,1] and [1,4]; a 4 x 4 grid puts one sample of each
  // row in the first region and three in the second, all rows weighted alike within a row.
  const west = locatingRegion("W", [[box(0, 0, 1, 1)]]);
  const east = locatingRegion("E", [[box(1, 0, 4, 1)]]);
  const strip = [[box(0, 0, 4, 1)]];

  it("shares a district between regions, largest first", () => {
    const shares = areaShares(strip, [west, east], 4);
    expect(shares.map((s) => s.code)).toEqual(["E", "W"]);
    expect(shares[0]!.share).toBeCloseTo(0.75, 12);
    expect(shares[1]!.share).toBeCloseTo(0.25, 12);
  });

  it("leaves samples in no region out of every share", () => {
    const shares = areaShares(strip, [west], 4);
    expect(shares).toHaveLength(1);
    expect(shares[0]!.share).toBeCloseTo(0.25, 12);
  });

  it("locates points through bounding boxes and polygons", () => {
    expect(regionsAt([west, east], [0.5, 0.5]).map((r) => r.code)).toEqual(["W"]);
    expect(regionsAt([west, east], [5, 0.5])).toEqual([]);
  });
});
