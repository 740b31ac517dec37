// The region-block (Four Russians) and plain sparse kernels of K = M diag(u) φ against the naive
// triple loop, the exact operation counts of the plan, and the strategy choice of
// proximityWeightedSums. Tolerance: 1e-12 relative to Σ_q M_rq |u_q| φ_qp (the terms' magnitude,
// so that sums of signed weights that cancel are held to the same standard).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { AnalyticsError } from "../../src/common/analytics-error.ts";
import { type SparsePresence, sparsePresence } from "../../src/matrix/sparse-presence.ts";
import { activityCooccurrence } from "../../src/relatedness/cooccurrence-counts.ts";
import { denseProximitySums } from "../../src/relatedness/dense-proximity-kernel.ts";
import {
  blockReadCounter,
  blockRegionOrder,
  cheapestBlocking,
  fourRussiansPlan,
  REGION_BAND,
  regionBands,
  sparseCost,
} from "../../src/relatedness/four-russians-plan.ts";
import { fourRussiansProximitySums } from "../../src/relatedness/four-russians-proximity-kernel.ts";
import { activityProximity } from "../../src/relatedness/minimum-conditional-proximity.ts";
import { cooccurrenceColumns, denseColumns } from "../../src/relatedness/proximity-row-sums.ts";
import { proximityWeightedSums } from "../../src/relatedness/proximity-weighted-sums.ts";
import { presenceArbitrary, randomPresence, seeded, snapshot } from "./arbitraries.ts";

type Weights = Float64Array | null;

/** Naive K_rp = Σ_q M_rq u_q φ_qp (+ M_rp u_p with addDiagonal) and the magnitude Σ |terms|. */
function naiveSums(
  dense: Uint8Array,
  nR: number,
  nP: number,
  phi: Float64Array,
  u: Weights,
  addDiagonal: boolean,
): { sums: Float64Array; scale: Float64Array } {
  const sums = new Float64Array(nR * nP);
  const scale = new Float64Array(nR * nP);
  for (let r = 0; r < nR; r++) {
    for (let q = 0; q < nP; q++) {
      if (dense[r * nP + q] === 0) continue;
      const uq = u === null ? 1 : u[q]!;
      for (let p = 0; p < nP; p++) {
        const term = uq * phi[q * nP + p]! + (addDiagonal && p === q ? uq : 0);
        sums[r * nP + p]! += term;
        scale[r * nP + p]! += Math.abs(term);
      }
    }
  }
  return { sums, scale };
}

/** Largest |a − b| / max(scale, tiny) over the cells. */
function worstError(a: Float64Array, b: Float64Array, scale: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(scale[i]!, Number.MIN_VALUE));
  }
  return worst;
}

const weightSets = (u: Float64Array, v: Float64Array): Weights[][] => [
  [null, u],
  [u],
  [null],
  [u, null],
  [u, v, null],
];

describe("fourRussiansProximitySums (region blocks, Arlazarov et al. 1970)", () => {
  test.prop(
    [
      presenceArbitrary(30, 150),
      fc.integer({ min: 1, max: 9 }),
      fc.boolean(),
      fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 300, maxLength: 300 }),
    ],
    { seed: 42, numRuns: 100 },
  )(
    "equals the naive M diag(u) φ for every weight set, block size and diagonal, inputs untouched",
    ({ dense, sparse, nRegions: nR, nActivities: nP }, g, addDiagonal, raw) => {
      const u = Float64Array.from({ length: nP }, (_, q) => raw[q]!);
      const v = Float64Array.from({ length: nP }, (_, q) => raw[150 + q]!);
      const phi = activityProximity(sparse, { diagonal: 0 }).toDense();
      const phiBefore = phi.slice();
      const before = snapshot(sparse);
      const plan = fourRussiansPlan(sparse, g);
      for (const weights of weightSets(u, v)) {
        const blocked = fourRussiansProximitySums(sparse, phi, weights, addDiagonal, plan);
        const plain = denseProximitySums(sparse, phi, weights, addDiagonal);
        weights.forEach((w, i) => {
          const naive = naiveSums(dense, nR, nP, phi, w, addDiagonal);
          expect(worstError(blocked[i]!, naive.sums, naive.scale)).toBeLessThanOrEqual(1e-12);
          expect(worstError(plain[i]!, naive.sums, naive.scale)).toBeLessThanOrEqual(1e-12);
        });
      }
      expect(snapshot(sparse)).toBe(before);
      expect(phi).toEqual(phiBefore);
      expect(u.every((x, q) => x === raw[q])).toBe(true);
    },
  );

  it("agrees with the naive product on 150 x 200 at 27% presence (several column chunks)", () => {
    const { dense, sparse } = randomPresence(150, 200, 0.27, 11);
    const random = seeded(5);
    const u = Float64Array.from({ length: 200 }, () => random() - 0.5);
    const phi = activityProximity(sparse, { diagonal: 0 }).toDense();
    const [k0, k1] = fourRussiansProximitySums(sparse, phi, [null, u], false);
    const n0 = naiveSums(dense, 150, 200, phi, null, false);
    const n1 = naiveSums(dense, 150, 200, phi, u, false);
    expect(worstError(k0!, n0.sums, n0.scale)).toBeLessThanOrEqual(1e-12);
    expect(worstError(k1!, n1.sums, n1.scale)).toBeLessThanOrEqual(1e-12);
  });
});

describe("cooccurrenceColumns (φ read from the counts, a chunk at a time)", () => {
  test.prop([presenceArbitrary(12, 40), fc.integer({ min: 1, max: 40 })], { seed: 42, numRuns: 100 })(
    "fills every chunk exactly as the columns of minimumConditionalProximity(..., diagonal 0).toDense()",
    ({ sparse, nActivities: nP }, chunk) => {
      const counts = activityCooccurrence(sparse);
      const fromCounts = cooccurrenceColumns(counts);
      const fromDense = denseColumns(activityProximity(sparse, { diagonal: 0 }).toDense(), nP);
      for (let c0 = 0; c0 < nP; c0 += chunk) {
        const width = Math.min(chunk, nP - c0);
        const a = new Float64Array(nP * width).fill(Number.NaN);
        const b = new Float64Array(nP * width).fill(Number.NaN);
        fromCounts(c0, width, a);
        fromDense(c0, width, b);
        expect(a).toEqual(b);
      }
    },
  );
});

describe("fourRussiansPlan (exact operation counts)", () => {
  it("counts one φ row per activity held in a block (the doc example: 3 rows, not 4)", () => {
    const sparse = sparsePresence(Uint8Array.of(1, 1, 0, 1, 0, 1), 2, 3);
    const plan = fourRussiansPlan(sparse, 2);
    expect(plan.rowsRead).toBe(3);
    expect(plan.rowsFolded).toBe(4);
    // Block 0: activity 0 has pattern 0b11, activity 1 0b01, activity 2 0b10.
    expect([...plan.runStart]).toEqual([0, 0, 1, 2, 3]);
    expect([...plan.activities]).toEqual([1, 2, 0]);
  });

  test.prop([presenceArbitrary(20, 12), fc.integer({ min: 1, max: 8 })], { seed: 42, numRuns: 100 })(
    "rowsRead is the number of distinct (region block, activity) pairs; runs list them by pattern",
    ({ dense, sparse, nRegions: nR, nActivities: nP }, g) => {
      const plan = fourRussiansPlan(sparse, g);
      const blocks = Math.ceil(nR / g);
      let pairs = 0;
      for (let b = 0; b < blocks; b++) {
        for (let q = 0; q < nP; q++) {
          let pattern = 0;
          for (let i = b * g; i < Math.min(nR, b * g + g); i++) {
            if (dense[plan.order[i]! * nP + q] === 1) pattern |= 1 << (i - b * g);
          }
          if (pattern === 0) continue;
          pairs++;
          const base = b * (2 ** g + 1) + pattern;
          const run = [...plan.activities.subarray(plan.runStart[base]!, plan.runStart[base + 1]!)];
          expect(run).toContain(q);
        }
      }
      expect(plan.rowsRead).toBe(pairs);
      // Counted from bitset rows, and cell by cell (the path for matrices too large to pack).
      expect(blockReadCounter(sparse, plan.order)(g)).toBe(pairs);
      expect(blockReadCounter(sparse, plan.order, 0)(g)).toBe(pairs);
      expect(plan.rowsFolded).toBe(blocks * 2 ** g);
      // The plan made from the cheapest blocking's count is the plan that counts again.
      const best = cheapestBlocking(sparse);
      expect(fourRussiansPlan(sparse, best.blockSize, best)).toEqual(
        fourRussiansPlan(sparse, best.blockSize),
      );
      expect(plan.blockSize).toBe(g);
    },
  );

  test.prop([presenceArbitrary(30, 100), fc.integer({ min: 1, max: 9 })], { seed: 7, numRuns: 60 })(
    "blockReadCounter counts distinct (block, activity) pairs over several bitset words",
    ({ dense, sparse, nRegions: nR, nActivities: nP }, g) => {
      const order = blockRegionOrder(sparse);
      let pairs = 0;
      for (let first = 0; first < nR; first += g) {
        for (let q = 0; q < nP; q++) {
          let held = false;
          for (let i = first; i < Math.min(nR, first + g); i++) held ||= dense[order[i]! * nP + q] === 1;
          if (held) pairs++;
        }
      }
      expect(blockReadCounter(sparse, order)(g)).toBe(pairs);
      expect(blockReadCounter(sparse, order, 0)(g)).toBe(pairs);
    },
  );

  it("blocks regions by descending diversity, ties by index", () => {
    // Diversities 1, 3, 1, 2.
    const dense = Uint8Array.of(1, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0);
    expect([...blockRegionOrder(sparsePresence(dense, 4, 3))]).toEqual([1, 3, 0, 2]);
  });

  it("orders regions by diversity within each band of 840, so no band's blocks reach into another", () => {
    // 1,700 regions of 2 activities: region r holds activity 0, and activity 1 when r is odd.
    const nR = 1700;
    const dense = new Uint8Array(nR * 2);
    for (let r = 0; r < nR; r++) {
      dense[2 * r] = 1;
      dense[2 * r + 1] = r % 2;
    }
    const order = blockRegionOrder(sparsePresence(dense, nR, 2));
    const odd = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => from + i).filter((r) => r % 2 === 1);
    const even = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => from + i).filter((r) => r % 2 === 0);
    // Within each band: the diversity-2 regions (odd) first, then the others, ties by index.
    expect([...order.subarray(0, 840)]).toEqual([...odd(0, 840), ...even(0, 840)]);
    expect([...order.subarray(840, 1680)]).toEqual([...odd(840, 1680), ...even(840, 1680)]);
    expect([...order.subarray(1680)]).toEqual([...odd(1680, 1700), ...even(1680, 1700)]);
    expect(REGION_BAND).toBe(840);
    for (const g of [2, 3, 4, 5, 6, 7, 8]) expect(REGION_BAND % g, `g = ${g}`).toBe(0);
  });

  it("splits regions into bands only when the block size divides the band", () => {
    expect(regionBands(1700, { blockSize: 7 })).toEqual([
      { firstRegion: 0, regionCount: 840, blockFrom: 0, blockTo: 120 },
      { firstRegion: 840, regionCount: 840, blockFrom: 120, blockTo: 240 },
      { firstRegion: 1680, regionCount: 20, blockFrom: 240, blockTo: 243 },
    ]);
    expect(regionBands(1700, { blockSize: 9 })).toEqual([
      { firstRegion: 0, regionCount: 1700, blockFrom: 0, blockTo: 189 },
    ]);
    expect(regionBands(500, { blockSize: 4 })).toEqual([
      { firstRegion: 0, regionCount: 500, blockFrom: 0, blockTo: 125 },
    ]);
  });

  it("rejects a block size outside 1..16", () => {
    const sparse = sparsePresence(Uint8Array.of(1, 0, 0, 1), 2, 2);
    expect(() => fourRussiansPlan(sparse, 0)).toThrow(AnalyticsError);
    expect(() => fourRussiansPlan(sparse, 2.5)).toThrow(AnalyticsError);
  });
});

describe("proximityWeightedSums: sparse product or region blocks by operation count", () => {
  const sharedRows = (nR: number, nP: number): SparsePresence => {
    // Every region holds the same half of the activities: one pattern per block, large savings.
    const dense = Uint8Array.from({ length: nR * nP }, (_, i) => ((i % nP) % 2 === 0 ? 1 : 0));
    return sparsePresence(dense, nR, nP);
  };
  const oneEach = (nR: number, nP: number): SparsePresence => {
    // Each region holds one activity: blocks save almost nothing and cost their folds.
    const dense = new Uint8Array(nR * nP);
    for (let r = 0; r < nR; r++) dense[r * nP + ((r * 7) % nP)] = 1;
    return sparsePresence(dense, nR, nP);
  };

  it("chooses region blocks when they read fewer φ rows than the fold costs", () => {
    const sparse = sharedRows(2000, 100);
    expect(cheapestBlocking(sparse).cost).toBeLessThan(sparseCost(sparse));
    const sums = proximityWeightedSums(sparse, [null, new Float64Array(100).fill(0.5)], { diagonal: 0 });
    expect(sums.strategy).toBe("four-russians");
  });

  it("weighs the Gram sweep's scattered updates against the product as it would run (blocks counted)", () => {
    // World-trade-like (200 x 700, 18% present): the Gram sweep counts fewer operations than the
    // plain product, but region blocks are cheaper still and each Gram operation costs ~1.5 of theirs
    // (measured 52 ms against 32 ms on the world-trade 226 x 785).
    const worldLike = randomPresence(200, 700, 0.18, 3).sparse;
    const u = new Float64Array(700).fill(0.5);
    expect(proximityWeightedSums(worldLike, [null, u], { diagonal: 0 }).strategy).toBe("four-russians");
    // Few regions, many activities: the Gram sweep stays far cheaper.
    const wide = randomPresence(60, 1500, 0.4, 3).sparse;
    const w = new Float64Array(1500).fill(0.5);
    expect(proximityWeightedSums(wide, [null, w], { diagonal: 0 }).strategy).toBe("region-gram");
  });

  it("keeps the sparse product when blocks would not pay, and whenever 'dense' is asked for", () => {
    const sparse = oneEach(2000, 100);
    expect(cheapestBlocking(sparse).cost).toBeGreaterThanOrEqual(sparseCost(sparse));
    expect(proximityWeightedSums(sparse, [null], { diagonal: 0 }).strategy).toBe("dense");
    const shared = sharedRows(2000, 100);
    expect(proximityWeightedSums(shared, [null], { diagonal: 0, strategy: "dense" }).strategy).toBe("dense");
    expect(proximityWeightedSums(sparse, [null], { diagonal: 0, strategy: "four-russians" }).strategy).toBe(
      "four-russians",
    );
  });
});
