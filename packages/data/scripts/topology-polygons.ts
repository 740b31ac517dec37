// Decodes the polygons of a TopoJSON object (specification: github.com/topojson/topojson-specification):
// arcs are quantized (integers scaled by `transform.scale` and shifted by `transform.translate`) and
// delta-encoded (each position after the first is a difference from the one before); a geometry
// lists arc indexes per ring, where ~i (= -i - 1) means arc i read backwards. Used by the derivation
// scripts only, so the shipped loaders keep passing the topology through unchanged.

/** A position `[longitude, latitude]` in degrees (WGS84). */
export type Point = readonly [x: number, y: number];
/** A closed ring: the first and last positions are equal. */
export type Ring = readonly Point[];
/** An outer ring followed by its holes. */
export type Polygon = readonly Ring[];

/** One feature of a layer: its code, name and polygons (one for a Polygon, several for a MultiPolygon). */
export interface TopologyArea {
  readonly code: string;
  readonly name: string;
  readonly polygons: readonly Polygon[];
}

/** The parts of a quantized TopoJSON topology this decoder reads. */
export interface QuantizedTopology {
  readonly transform?: { readonly scale: Point; readonly translate: Point };
  readonly arcs: readonly (readonly (readonly number[])[])[];
  readonly objects: Readonly<Record<string, { readonly geometries: readonly TopologyGeometry[] }>>;
}

/** A geometry of a TopoJSON object; only Polygon and MultiPolygon carry areas. */
export interface TopologyGeometry {
  readonly type: string;
  readonly arcs?: readonly unknown[];
  readonly properties?: Readonly<Record<string, unknown>>;
}

/** Every arc in degrees: delta decoding, then the transform (absent transform: already absolute). */
function decodeArcs(topology: QuantizedTopology): Point[][] {
  const { transform } = topology;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx = 0, dy = 0]) => {
      if (transform === undefined) return [dx, dy] as const;
      x += dx;
      y += dy;
      return [
        x * transform.scale[0] + transform.translate[0],
        y * transform.scale[1] + transform.translate[1],
      ];
    });
  });
}

/** A ring from arc indexes; consecutive arcs share an end point, which is kept once. */
function ringOf(indexes: readonly number[], arcs: readonly Point[][], where: string): Ring {
  const ring: Point[] = [];
  for (const index of indexes) {
    const arc = arcs[index < 0 ? ~index : index];
    if (arc === undefined) throw new Error(`${where}: arc ${index} does not exist`);
    const points = index < 0 ? [...arc].reverse() : arc;
    ring.push(...(ring.length === 0 ? points : points.slice(1)));
  }
  return ring;
}

/**
 * The areas of one object of a topology, in file order, with codes and names read from the named
 * properties. Geometries other than Polygon / MultiPolygon throw (an area layer has none).
 * Example: `decodeTopologyAreas(lad, "geog", "id", "name")[0].code` is "E06000001" (Hartlepool).
 */
export function decodeTopologyAreas(
  topology: QuantizedTopology,
  objectName: string,
  codeProperty: string,
  nameProperty: string,
): TopologyArea[] {
  const arcs = decodeArcs(topology);
  const object = topology.objects[objectName];
  if (object === undefined) throw new Error(`the topology has no object "${objectName}"`);
  return object.geometries.map((geometry, position) => {
    const code = String(geometry.properties?.[codeProperty]);
    const where = `${objectName} geometry ${position} (${code})`;
    const rings = (geometry.arcs ?? []) as readonly (readonly number[])[];
    const polygons: Polygon[] =
      geometry.type === "Polygon"
        ? [rings.map((r) => ringOf(r, arcs, where))]
        : geometry.type === "MultiPolygon"
          ? (geometry.arcs as readonly (readonly (readonly number[])[])[]).map((p) =>
              p.map((r) => ringOf(r, arcs, where)),
            )
          : [];
    if (polygons.length === 0) throw new Error(`${where}: type ${geometry.type} is not an area`);
    return { code, name: String(geometry.properties?.[nameProperty]), polygons };
  });
}
