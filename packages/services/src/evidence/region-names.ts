// Region names for the explorer: every UK boundary layer's codes and names (ITL, NUTS, districts,
// LEPs), read once. A code no layer knows is its own name.
import { boundaryAreas, bundledDatasets } from "@smartspec/data";

let names: Map<string, string> | undefined;
let layerCodes: Map<string, Set<string>> | undefined;

function load(): { names: Map<string, string>; layerCodes: Map<string, Set<string>> } {
  if (names === undefined || layerCodes === undefined) {
    names = new Map();
    layerCodes = new Map();
    for (const d of bundledDatasets) {
      if (d.kind !== "boundaries" || !d.id.startsWith("uk-boundaries-")) continue;
      const areas = boundaryAreas(d.id);
      layerCodes.set(d.id, new Set(areas.map((a) => a.code)));
      for (const area of areas) if (!names.has(area.code)) names.set(area.code, area.name);
    }
  }
  return { names, layerCodes };
}

/** The name of region `code` ("UKK1" -> "Gloucestershire, Wiltshire and Bath/Bristol area"), else the code. */
export function regionName(code: string): string {
  return load().names.get(code) ?? code;
}

/**
 * The bundled boundary layer holding the most of `codes` (ties: registry order), or null when none
 * holds any. Example: BRES's NUTS 2016 codes -> "uk-boundaries-nuts2-2018".
 */
export function boundaryLayerFor(codes: readonly string[]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [layer, known] of load().layerCodes) {
    let count = 0;
    for (const code of codes) if (known.has(code)) count++;
    if (count > bestCount) {
      best = layer;
      bestCount = count;
    }
  }
  return best;
}
