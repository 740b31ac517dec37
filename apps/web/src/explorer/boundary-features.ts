// Boundary files arrive as TopoJSON (ONS layers) or GeoJSON (LEPs, NUTS); the map wants GeoJSON
// features and a flat projection fitted to its box.
import { type GeoPermissibleObjects, geoPath, geoTransform } from "d3";
import { feature } from "topojson-client";

export interface BoundaryFeature {
  readonly type: "Feature";
  readonly properties: Readonly<Record<string, unknown>> | null;
  readonly geometry: unknown;
}

/** The features of a TopoJSON topology (its first object) or a GeoJSON feature collection. */
export function boundaryFeatures(data: unknown): BoundaryFeature[] {
  const value = data as { type?: string; objects?: Record<string, unknown>; features?: BoundaryFeature[] };
  if (value?.type === "Topology" && value.objects) {
    const first = Object.values(value.objects)[0];
    if (!first) return [];
    const collection = feature(value as never, first as never) as unknown as { features?: BoundaryFeature[] };
    return collection.features ?? [];
  }
  return value?.type === "FeatureCollection" ? (value.features ?? []) : [];
}

/**
 * A path generator fitting the features into width x height. Planar on purpose: longitude is
 * scaled by cos(54°) (the UK's middle latitude) so shapes look right, and ring winding, which
 * spherical d3 projections depend on and GeoJSON files disagree about, does not matter.
 */
export function fittedPath(features: readonly BoundaryFeature[], width: number, height: number) {
  const collection = { type: "FeatureCollection", features } as unknown as GeoPermissibleObjects;
  const rawBounds = geoPath().bounds(collection);
  const lonLat = rawBounds.every((corner) => Math.abs(corner[0]) <= 180 && Math.abs(corner[1]) <= 90);
  const k = lonLat ? Math.cos((54 * Math.PI) / 180) : 1;
  const [[x0, y0], [x1, y1]] = rawBounds;
  const spanX = (x1 - x0) * k || 1;
  const spanY = y1 - y0 || 1;
  const scale = Math.min(width / spanX, height / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const projection = geoTransform({
    point(x, y) {
      this.stream.point(offsetX + (x - x0) * k * scale, offsetY + (y1 - y) * scale);
    },
  });
  return geoPath(projection);
}
