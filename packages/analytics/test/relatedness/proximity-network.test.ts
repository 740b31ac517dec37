import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { sparsePresence } from "../../src/matrix/sparse-presence.ts";
import { activityProximity, proximityNetwork, proximityReader } from "../../src/relatedness/index.ts";
import { toyPresence } from "../fixtures/toy.ts";
import { presenceArbitrary } from "./arbitraries.ts";

const toyPhi = () => activityProximity(sparsePresence(toyPresence(), 6, 8), { diagonal: 1 });
const edges = (n: ReturnType<typeof proximityNetwork>) => [...n.source].map((s, e) => `${s}-${n.target[e]}`);

describe("proximityNetwork (economiccomplexity projections(), reference §4.17)", () => {
  it("builds the maximum spanning tree with Prim (hand-derived on the toy φ)", () => {
    const network = proximityNetwork(toyPhi(), { averageLinks: 1 });
    // I1-I2 (1), I1-I3 and I1-I4 (0.75), I3-I8 (1/3, the best bridge), I8-I5 (2/3), I5-I6, I5-I7 (1).
    expect(edges(network)).toEqual(["0-1", "0-2", "0-3", "2-7", "4-7", "4-5", "4-6"]);
    expect([...network.inTree]).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(network.reachedAverageLinks).toBe(false);
    expect(network.threshold).toBeNaN();
  });

  it("keeps every non-zero link at threshold 0 when the mean degree is already ≤ 5 (default)", () => {
    const network = proximityNetwork(toyPhi());
    expect(network.source.length).toBe(19); // 38 / 8 = 4.75 ≤ 5
    expect(network.threshold).toBe(0);
    expect(network.reachedAverageLinks).toBe(true);
  });

  it("raises the threshold in floating-point steps of 0.05 until the mean degree ≤ averageLinks", () => {
    const network = proximityNetwork(toyPhi(), { averageLinks: 3 });
    // At t = 0.05·10 = 0.49999999999999994 the 0.5 link still counts (13 edges); at 0.55, 12 edges.
    let t = 0;
    for (let i = 0; i < 11; i++) t += 0.05;
    expect(network.threshold).toBe(t);
    expect(network.source.length).toBe(12);
    expect(edges(network).slice(7)).toEqual(["1-2", "1-3", "5-6", "5-7", "6-7"]);
    expect([...network.weight.slice(7)]).toEqual([0.75, 0.75, 1, 2 / 3, 2 / 3]);
    expect([...network.inTree.slice(7)]).toEqual([0, 0, 0, 0, 0]);
  });

  it("returns a spanning forest when φ is disconnected, and reads any ProximityReader", () => {
    // Two blocks {0, 1} and {2, 3}.
    const phi = Float64Array.from([1, 0.5, 0, 0, 0.5, 1, 0, 0, 0, 0, 1, 0.2, 0, 0, 0.2, 1]);
    const network = proximityNetwork(proximityReader(phi, 4), { averageLinks: 1 });
    expect(edges(network)).toEqual(["0-1", "2-3"]);
    expect(network.reachedAverageLinks).toBe(true);
  });

  it("rejects a non-positive tolerance", () => {
    expect(() => proximityNetwork(toyPhi(), { tolerance: 0 })).toThrow(/tolerance/);
  });

  test.prop([presenceArbitrary(12, 12)], { seed: 42, numRuns: 100 })(
    "the tree's total proximity equals Kruskal's maximum spanning forest",
    ({ sparse, nActivities: n }) => {
      const phi = activityProximity(sparse, { diagonal: 1 });
      const network = proximityNetwork(phi, { averageLinks: 0 });
      const tree = [...network.weight].reduce((a, b) => a + b, 0);
      const pairs: [number, number, number][] = [];
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) if (phi.value(i, j) !== 0) pairs.push([phi.value(i, j), i, j]);
      pairs.sort((a, b) => b[0] - a[0]);
      const root = Array.from({ length: n }, (_, i) => i);
      const find = (x: number): number => (root[x] === x ? x : (root[x] = find(root[x]!)));
      let kruskal = 0;
      let count = 0;
      for (const [w, i, j] of pairs) {
        if (find(i) !== find(j)) {
          root[find(i)] = find(j);
          kruskal += w;
          count++;
        }
      }
      expect(network.source.length).toBe(count);
      expect(tree).toBeCloseTo(kruskal, 12);
    },
  );
});
