// Connected components of the bipartite region-activity graph of M (an edge wherever M_rp = 1), by
// union-find with path halving and union by size. If the graph is disconnected, the eigenvalue 1 of
// M̃ has the number of components as its multiplicity and "λ2" only labels components (analytics
// reference §4.4, degenerate cases).
import type { SparsePresence } from "../matrix/sparse-presence.ts";

export interface BipartiteComponents {
  /** Number of components, counting every region or activity without presence as its own one. */
  readonly count: number;
  /** Component label of each region, 0-based, numbered in order of first appearance (regions first). */
  readonly regionComponent: Int32Array;
  /** Component label of each activity, on the same numbering. */
  readonly activityComponent: Int32Array;
  /** Components that contain at least one presence (an edge); isolated nodes excluded. */
  readonly nonTrivialCount: number;
}

/**
 * Labels the connected components of the bipartite graph of `m`. A region (activity) with no
 * presence is isolated: it forms a component of its own and is counted in `count` but not in
 * `nonTrivialCount` (the complexity kernels drop such rows and columns and report
 * `nonTrivialCount`). Cost O(nnz · α).
 *
 * @example bipartiteComponents(sparsePresence([1, 0, 0, 1], 2, 2)).count // 2
 */
export function bipartiteComponents(m: SparsePresence): BipartiteComponents {
  const { nRegions, nActivities, rowStart, rowActivities } = m;
  const parent = new Int32Array(nRegions + nActivities);
  const size = new Int32Array(nRegions + nActivities).fill(1);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x]! !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (let r = 0; r < nRegions; r++) {
    for (let k = rowStart[r]!; k < rowStart[r + 1]!; k++) {
      let a = find(r);
      let b = find(nRegions + rowActivities[k]!);
      if (a === b) continue;
      if (size[a]! < size[b]!) [a, b] = [b, a];
      parent[b] = a;
      size[a]! += size[b]!;
    }
  }
  const label = new Int32Array(parent.length).fill(-1);
  const component = new Int32Array(parent.length);
  let count = 0;
  let nonTrivialCount = 0;
  for (let i = 0; i < parent.length; i++) {
    const root = find(i);
    if (label[root]! < 0) {
      label[root] = count++;
      if (size[root]! > 1) nonTrivialCount++;
    }
    component[i] = label[root]!;
  }
  return {
    count,
    regionComponent: component.slice(0, nRegions),
    activityComponent: component.slice(nRegions),
    nonTrivialCount,
  };
}
