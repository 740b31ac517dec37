// Network projection of a proximity matrix for display (Hidalgo et al. 2007; economiccomplexity 2.0.0
// `projections()`, reference §4.17): the maximum spanning tree (Prim, on −φ in igraph) plus every
// non-tree link with φ > t, where t starts at 0 and rises by `tolerance` until the mean degree is at
// most `averageLinks`; if no t < 1 achieves it, the tree alone. Zero proximity is no link.
import { AnalyticsError } from "../common/analytics-error.ts";
import type { ProximityReader } from "./minimum-conditional-proximity.ts";

export interface ProximityNetwork {
  /** Edge endpoints (source < target) and proximity; spanning-tree edges first, in Prim order. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly weight: Float64Array;
  /** 1 for spanning-tree (forest, if φ is disconnected) edges, 0 for added links. */
  readonly inTree: Uint8Array;
  /** The threshold t that achieved the mean degree, or NaN when only the tree is returned. */
  readonly threshold: number;
  /** false = no threshold below 1 achieved `averageLinks` (economiccomplexity warns). */
  readonly reachedAverageLinks: boolean;
}

type RowReader = ProximityReader & { row?: (i: number, out?: Float64Array) => Float64Array };

function readRow(phi: RowReader, i: number, out: Float64Array): Float64Array {
  if (phi.row) return phi.row(i, out);
  for (let j = 0; j < phi.size; j++) out[j] = phi.value(i, j);
  return out;
}

/** Prim's algorithm for a maximum spanning forest over the links with φ ≠ 0; ties: lower index. */
function maximumSpanningForest(phi: RowReader): { parent: Int32Array; order: Int32Array } {
  const n = phi.size;
  const best = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const parent = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const order = new Int32Array(n);
  const row = new Float64Array(n);
  for (let step = 0; step < n; step++) {
    let v = -1;
    for (let u = 0; u < n; u++) if (done[u] === 0 && (v < 0 || best[u]! > best[v]!)) v = u;
    if (best[v]! === Number.NEGATIVE_INFINITY) parent[v] = -1; // a new component starts here
    done[v] = 1;
    order[step] = v;
    readRow(phi, v, row);
    for (let u = 0; u < n; u++) {
      const w = row[u]!;
      if (done[u] === 0 && w !== 0 && w > best[u]!) {
        best[u] = w;
        parent[u] = v;
      }
    }
  }
  return { parent, order };
}

/**
 * The display network of `phi` (symmetric). Defaults follow economiccomplexity: averageLinks 5,
 * tolerance 0.05, with the threshold accumulated the same way (0, 0.05, 0.1, ... in floating point).
 * Cost: three passes over the n(n−1)/2 pairs. Ties in the tree go to the lower index (igraph's
 * heap may pick another tree of the same total weight).
 * Example: the toy φ with averageLinks 3 keeps the 7 tree edges plus 5 links above t ≈ 0.55.
 */
export function proximityNetwork(
  phi: RowReader,
  options: { readonly averageLinks?: number; readonly tolerance?: number } = {},
): ProximityNetwork {
  const averageLinks = options.averageLinks ?? 5;
  const tolerance = options.tolerance ?? 0.05;
  if (!(tolerance > 0))
    throw new AnalyticsError("invalid-option", `The tolerance must be positive, not ${tolerance}.`);
  const n = phi.size;
  const { parent, order } = maximumSpanningForest(phi);
  const treeSource: number[] = [];
  const treeTarget: number[] = [];
  for (const v of order) {
    const u = parent[v]!;
    if (u < 0) continue;
    treeSource.push(Math.min(u, v));
    treeTarget.push(Math.max(u, v));
  }
  const isTree = (i: number, j: number) => parent[j] === i || parent[i] === j;
  const thresholds: number[] = [];
  for (let t = 0; t < 1; t += tolerance) thresholds.push(t);
  // histogram[m]: non-tree links exceeding exactly the first m thresholds.
  const histogram = new Float64Array(thresholds.length + 1);
  const row = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    readRow(phi, i, row);
    for (let j = i + 1; j < n; j++) {
      const w = row[j]!;
      if (w === 0 || Number.isNaN(w) || isTree(i, j)) continue;
      // m = number of thresholds below w: start from w / tolerance, then fix the rounding.
      let m = Math.min(thresholds.length, Math.max(0, Math.ceil(w / tolerance)));
      while (m > 0 && !(w > thresholds[m - 1]!)) m--;
      while (m < thresholds.length && w > thresholds[m]!) m++;
      histogram[m]!++;
    }
  }
  let chosen = -1;
  let exceeding = 0;
  for (let m = thresholds.length; m >= 1; m--) exceeding += histogram[m]!;
  // exceeding now counts links above thresholds[0]; walk up the thresholds.
  for (let k = 0; k < thresholds.length; k++) {
    if ((2 * (treeSource.length + exceeding)) / n <= averageLinks) {
      chosen = k;
      break;
    }
    exceeding -= histogram[k + 1]!;
  }
  const source = [...treeSource];
  const target = [...treeTarget];
  const threshold = chosen < 0 ? Number.NaN : thresholds[chosen]!;
  if (chosen >= 0) {
    for (let i = 0; i < n; i++) {
      readRow(phi, i, row);
      for (let j = i + 1; j < n; j++) {
        const w = row[j]!;
        if (w !== 0 && w > threshold && !isTree(i, j)) {
          source.push(i);
          target.push(j);
        }
      }
    }
  }
  const weight = Float64Array.from(source, (s, e) => phi.value(s, target[e]!));
  const inTree = new Uint8Array(source.length);
  inTree.fill(1, 0, treeSource.length);
  return {
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    weight,
    inTree,
    threshold,
    reachedAverageLinks: chosen >= 0,
  };
}
