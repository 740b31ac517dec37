// Boundary layers for maps, parsed on first use and cached per layer. The files ship gzipped
// (TopoJSON from ONS via jhellingsdata/map-data, GeoJSON from ONS and Eurostat GISCO).

import { findBundledDataset } from "../bundled-datasets.ts";
import type { BoundaryLayerInfo } from "../dataset-types.ts";
import { readBundledBytes } from "../read/read-table.ts";

/** A feature's properties as the file holds them. */
export type FeatureProperties = Readonly<Record<string, unknown>>;

/** The parts of a TopoJSON topology smartspec reads; the rest is passed through to map code. */
export interface TopoJsonTopology {
  readonly type: "Topology";
  readonly objects: Readonly<
    Record<
      string,
      { readonly type: string; readonly geometries: readonly { readonly properties?: FeatureProperties }[] }
    >
  >;
  readonly arcs: readonly (readonly (readonly number[])[])[];
}

/** The parts of a GeoJSON feature collection smartspec reads. */
export interface GeoJsonFeatureCollection {
  readonly type: "FeatureCollection";
  readonly features: readonly { readonly properties: FeatureProperties | null; readonly geometry: unknown }[];
}

/** A parsed boundary layer and how to read its codes and names. */
export interface BoundaryLayer {
  readonly id: string;
  readonly info: BoundaryLayerInfo;
  readonly data: TopoJsonTopology | GeoJsonFeatureCollection;
}

/** One area of a layer: its code and name. */
export interface BoundaryArea {
  readonly code: string;
  readonly name: string;
}

const cache = new Map<string, BoundaryLayer>();

/**
 * The parsed boundary layer with this dataset id (kind "boundaries"), read and gunzipped on first
 * use. Throws for an id that is not a bundled boundary layer, listing the ones that are.
 * Example: `loadBoundaries("uk-boundaries-itl2-2021").data.type` is "Topology".
 */
export function loadBoundaries(layerId: string): BoundaryLayer {
  const cached = cache.get(layerId);
  if (cached !== undefined) return cached;
  const dataset = findBundledDataset(layerId);
  if (dataset?.boundary === undefined || dataset.files.boundaries === undefined) {
    throw new Error(`"${layerId}" is not a bundled boundary layer`);
  }
  const data = JSON.parse(readBundledBytes(dataset.files.boundaries).toString("utf8"));
  const layer: BoundaryLayer = { id: layerId, info: dataset.boundary, data };
  cache.set(layerId, layer);
  return layer;
}

/**
 * The code and name of every feature of a layer, in file order. Example:
 * `boundaryAreas("uk-boundaries-itl1-2021")` has 12 entries, one `{ code: "TLK", name: "South West (England)" }`.
 */
export function boundaryAreas(layerId: string): readonly BoundaryArea[] {
  const { info, data } = loadBoundaries(layerId);
  const properties =
    data.type === "Topology"
      ? (data.objects[info.object ?? ""]?.geometries ?? []).map((g) => g.properties ?? {})
      : data.features.map((f) => f.properties ?? {});
  return properties.map((p) => ({ code: String(p[info.codeProperty]), name: String(p[info.nameProperty]) }));
}
