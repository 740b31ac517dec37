// A deterministic layout of the activity space: nodes start on a circle in activity order, then
// ForceAtlas2 runs a fixed number of iterations (no randomness), so the same network always gets
// the same coordinates.
import { createRequire } from "node:module";
import type { UndirectedGraph } from "graphology";
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";

interface ForceAtlas2 {
  (
    graph: UndirectedGraph,
    params: { iterations: number; settings: ForceAtlas2Settings; getEdgeWeight: string },
  ): Record<string, { x: number; y: number }>;
  inferSettings(graph: UndirectedGraph): ForceAtlas2Settings;
}

// Both packages are CommonJS (forceatlas2 with `export default` typings: required, it is the
// function), and loaded on the first layout rather than by every importer of services.
const require = createRequire(import.meta.url);
let graphLibraries: { UndirectedGraph: typeof UndirectedGraph; forceAtlas2: ForceAtlas2 } | undefined;
const libraries = () => {
  graphLibraries ??= {
    UndirectedGraph: (require("graphology") as { UndirectedGraph: typeof UndirectedGraph }).UndirectedGraph,
    forceAtlas2: require("graphology-layout-forceatlas2") as ForceAtlas2,
  };
  return graphLibraries;
};

/**
 * x, y of each of `n` nodes for the weighted edges (source[k], target[k], weight[k]).
 * Example: `networkLayout(3, [0, 1], [1, 2], [0.5, 0.5])` -> three positions, equal on every call.
 */
export function networkLayout(
  n: number,
  source: readonly number[],
  target: readonly number[],
  weight: ArrayLike<number>,
  iterations = 150,
): { x: Float64Array; y: Float64Array } {
  const { UndirectedGraph, forceAtlas2 } = libraries();
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) {
    const angle = (2 * Math.PI * i) / Math.max(n, 1);
    graph.addNode(String(i), { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  }
  for (let k = 0; k < source.length; k++) {
    graph.mergeEdge(String(source[k]), String(target[k]), { weight: weight[k]! });
  }
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: false };
  const positions = forceAtlas2(graph, { iterations, settings, getEdgeWeight: "weight" });
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = positions[String(i)]!;
    x[i] = p.x;
    y[i] = p.y;
  }
  return { x, y };
}
