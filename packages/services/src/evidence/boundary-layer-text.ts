// Boundary layers for maps, as the JSON text a server sends (parsed once per layer, then kept).
import { bundledDatasets, loadBoundaries } from "@smartspec/data";

const texts = new Map<string, string>();

/**
 * The TopoJSON / GeoJSON text of the bundled boundary layer `layerId`, or undefined when there is no
 * such layer. Example: `boundaryLayerText("uk-boundaries-itl2-2021")`.
 */
export function boundaryLayerText(layerId: string): string | undefined {
  if (!bundledDatasets.some((d) => d.id === layerId && d.kind === "boundaries")) return undefined;
  let text = texts.get(layerId);
  if (text === undefined) {
    text = JSON.stringify(loadBoundaries(layerId).data);
    texts.set(layerId, text);
  }
  return text;
}
