// The one product behind density, COI and COG (Hidalgo et al. 2007; Hausmann et al. 2014):
// K_rp = Σ_q M_rq u_q φ_qp and T_p = Σ_q u_q φ_qp for the min-conditional-probability proximity.
// The naive ω = Mφ / colsum costs R·P·P; here the cost follows nnz(M) and the smaller side:
// a region Gram sweep (R·nnz + Σ k_q², memory R²) when regions are few, a sparse x dense product
// (P·nnz, memory the P²/2 co-occurrence counts) when activities are few. The product runs over
// region blocks (method of the Four Russians) when the φ rows it saves, counted exactly from M,
// outweigh the folding of the blocks' buckets; the Gram sweep is chosen when its operation count,
// weighted by its measured cost per operation, is below that of the product as it would run.
import type { KernelHelper } from "../common/kernel-helper.ts";
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import { activityCooccurrence, type CooccurrenceCounts } from "./cooccurrence-counts.ts";
import { denseProximitySums } from "./dense-proximity-kernel.ts";
import {
  type BlockingCost,
  cheapestBlocking,
  type FourRussiansPlan,
  fourRussiansPlan,
  largestBlockSize,
  type RegionBand,
  regionBands,
  sparseCost,
} from "./four-russians-plan.ts";
import { fourRussiansBandSums, fourRussiansProximitySums } from "./four-russians-proximity-kernel.ts";
import { cooccurrenceColumns } from "./proximity-row-sums.ts";
import { proximityTotals } from "./proximity-totals.ts";
import { regionGramSums } from "./region-gram-kernel.ts";

export const proximityKernelStrategies = ["auto", "region-gram", "dense", "four-russians"] as const;
export type ProximityKernelStrategy = (typeof proximityKernelStrategies)[number];

export interface ProximitySumsOptions {
  /** φ_pp, stated explicitly (0: Stata / OEC; 1: py-ecomplexity / economiccomplexity). */
  readonly diagonal: 0 | 1;
  /** Default "auto" (cheapest by estimate); "dense" is the plain sparse x dense product. */
  readonly strategy?: ProximityKernelStrategy;
  /** Reused by the dense strategy when already computed. */
  readonly cooccurrence?: CooccurrenceCounts;
  /**
   * A second thread for the region-block kernel (the same bits as without). The region-gram kernel
   * runs where regions are few and activities many, so proximity.csv (P²/2 rows) keeps the machine's
   * second core busy already: lending it there measured no faster and 15 MB larger at 250 x 5,000.
   */
  readonly helper?: KernelHelper;
  /** T for u = 1 (`proximityTotals(presence, ones, diagonal)`), when the caller has it already. */
  readonly unitTotals?: Float64Array;
}

export interface ProximitySums {
  /** Per weight vector, K_rp = Σ_q M_rq u_q φ_qp, row-major R x P. */
  readonly regionSums: readonly Float64Array[];
  /** Per weight vector, T_p = Σ_q u_q φ_qp (length P); Σ_q (1 − M_rq) u_q φ_qp = T_p − K_rp. */
  readonly totals: readonly Float64Array[];
  readonly strategy: "region-gram" | "dense" | "four-russians";
}

/** Memory a strategy may take for its working matrix (bytes). */
const MEMORY_LIMIT = 96 * 2 ** 20;

/**
 * Time of one region-gram operation in units of one element of a φ row added by the product,
 * measured on Node 20 on the world-trade 226 x 785 ([null, u]): region-gram 52 ms for 27.9 M
 * operations, region blocks 32 ms for 26.7 M, the plain product 43 ms for 30.7 M (warm; in a
 * fresh process 90-100, 56-60 and 57-67 ms). The Gram updates are scattered, the product's streamed.
 */
const GRAM_OPERATION_COST = 1.5;

function chooseStrategy(
  presence: SparsePresence,
  nWeights: number,
  haveCounts: boolean,
  blocking: () => BlockingCost | undefined,
): "region-gram" | "dense" {
  const { nRegions: nR, nActivities: nP, colStart, rowStart } = presence;
  const nnz = colStart[nP]!;
  let squares = 0;
  const levels = new Set<number>();
  for (let p = 0; p < nP; p++) {
    const k = colStart[p + 1]! - colStart[p]!;
    squares += k * k;
    levels.add(k);
  }
  let regionPairs = 0;
  for (let r = 0; r < nR; r++) {
    const k = rowStart[r + 1]! - rowStart[r]!;
    regionPairs += (k * k) / 2;
  }
  const gram = GRAM_OPERATION_COST * nWeights * (2 * squares + levels.size * nR * nR + nR * nnz);
  // The dense kernel reads each φ row once for a [null, u] pair: about 1.2 single products; region
  // blocks read fewer rows (their cost is in the same units, rows added).
  const denseProducts = nWeights === 2 ? 1.2 : nWeights;
  const dense = (rowsAdded: number) =>
    (haveCounts ? 0 : regionPairs) + nP * nP + denseProducts * rowsAdded * nP;
  const gramBytes = 16 * nR * nR;
  // The product reads φ from the co-occurrence triangle (P²/2 counts of up to 4 bytes), a chunk at a time.
  const denseBytes = 2 * nP * nP;
  const gramFits = gramBytes <= MEMORY_LIMIT;
  const denseFits = denseBytes <= MEMORY_LIMIT;
  if (gramFits && denseFits) {
    // A block holds at most `largestBlockSize` regions, so blocks add at least nnz / that many φ
    // rows: when the Gram sweep beats even that, the blocks are not planned (17 ms at 250 x 5,000).
    if (gram <= dense(nnz / largestBlockSize)) return "region-gram";
    const blocks = blocking();
    return gram <= dense(blocks === undefined ? nnz : Math.min(nnz, blocks.cost)) ? "region-gram" : "dense";
  }
  if (gramFits !== denseFits) return gramFits ? "region-gram" : "dense";
  return gramBytes <= denseBytes ? "region-gram" : "dense";
}

/** Region blocks for the product, or undefined for the plain sparse product ("dense" asked for, or cheaper). */
function chooseBlocking(
  presence: SparsePresence,
  requested: ProximityKernelStrategy,
): BlockingCost | undefined {
  if (requested === "dense" || requested === "region-gram") return undefined;
  const blocking = cheapestBlocking(presence);
  return requested === "four-russians" || blocking.cost < sparseCost(presence) ? blocking : undefined;
}

/** The plan with its arrays on shared memory (where the platform has it). */
function sharedPlan(plan: FourRussiansPlan): FourRussiansPlan {
  if (typeof SharedArrayBuffer !== "function") return plan;
  const shared = (a: Int32Array) => {
    const copy = new Int32Array(new SharedArrayBuffer(4 * a.length));
    copy.set(a);
    return copy;
  };
  return {
    ...plan,
    order: shared(plan.order),
    runStart: shared(plan.runStart),
    activities: shared(plan.activities),
  };
}

/**
 * K and T for each weight vector u (`null` = all ones). Exact up to rounding (the strategies agree
 * to ~1e-15 relative). Example: with u = 1 and diagonal 0, K_rp / T_p is the Stata / OEC
 * density ω⁰_rp (reference §4.8).
 */
export function proximityWeightedSums(
  presence: SparsePresence,
  weights: readonly (ArrayLike<number> | null)[],
  options: ProximitySumsOptions,
): ProximitySums {
  const one = proximitySumBands(presence, weights, options, false);
  return { regionSums: [...one.sums(0)], totals: one.totals, strategy: one.strategy };
}

/** K band by band (`proximitySumBands`). */
export interface ProximitySumBands {
  readonly totals: readonly Float64Array[];
  readonly strategy: ProximitySums["strategy"];
  /** Consecutive regions, in order, covering all: one band, or bands of `REGION_BAND` (region blocks). */
  readonly bands: readonly Pick<RegionBand, "firstRegion" | "regionCount">[];
  /**
   * K of band i, per weight vector (rows: the band's regions). With several bands the arrays are
   * reused, valid until the next call; a single band's are fresh.
   */
  sums(band: number): readonly Float64Array[];
}

/**
 * `proximityWeightedSums` band by band: the region-block product computes one band of regions at
 * a time into reused arrays, so a caller that uses each band's rows and lets them go never holds
 * R x P of them (at 3,000 x 1,000, 16 MB instead of 48). Other strategies give one band. `inBands`
 * false: one band whatever the strategy.
 */
export function proximitySumBands(
  presence: SparsePresence,
  weights: readonly (ArrayLike<number> | null)[],
  options: ProximitySumsOptions,
  inBands = true,
): ProximitySumBands {
  const { nRegions: nR, nActivities: nP } = presence;
  const diagonal = options.diagonal;
  const requested = options.strategy ?? "auto";
  let planned: { readonly blocking: BlockingCost | undefined } | undefined;
  const blocking = () => (planned ??= { blocking: chooseBlocking(presence, requested) }).blocking;
  const strategy =
    requested === "auto"
      ? chooseStrategy(presence, weights.length, options.cooccurrence !== undefined, blocking)
      : requested === "four-russians"
        ? "dense"
        : requested;
  const resolved = weights.map((u) => u ?? new Float64Array(nP).fill(1));
  const totals = resolved.map((u, i) =>
    weights[i] === null && options.unitTotals !== undefined
      ? options.unitTotals
      : proximityTotals(presence, u, diagonal),
  );
  const one = (name: ProximitySums["strategy"], compute: () => Float64Array[]): ProximitySumBands => ({
    totals,
    strategy: name,
    bands: [{ firstRegion: 0, regionCount: nR }],
    sums: compute,
  });
  if (strategy === "region-gram") return one(strategy, () => regionGramSums(presence, resolved, diagonal));
  // φ (diagonal 0) is read chunk by chunk from the counts: no P x P matrix is formed.
  const counts = options.cooccurrence ?? activityCooccurrence(presence, "auto", options.helper);
  const blocks = blocking();
  if (blocks === undefined) {
    return one("dense", () =>
      denseProximitySums(presence, cooccurrenceColumns(counts), weights, diagonal === 1),
    );
  }
  const helper = options.helper;
  const blockPlan = fourRussiansPlan(presence, blocks.blockSize, blocks);
  const bands = inBands ? regionBands(nR, blockPlan) : [];
  if (bands.length <= 1) {
    return one("four-russians", () =>
      fourRussiansProximitySums(presence, counts, weights, diagonal === 1, blockPlan, helper),
    );
  }
  // The helper gets the plan once per band: on shared memory it is not copied each time.
  const plan = helper ? sharedPlan(blockPlan) : blockPlan;
  const rows = bands[0]!.regionCount * nP;
  const buffers = weights.map(() => (helper ? helper.sharedFloat64(rows) : new Float64Array(rows)));
  return {
    totals,
    strategy: "four-russians",
    bands,
    sums(i) {
      const band = bands[i]!;
      const outs = buffers.map((b) => b.subarray(0, band.regionCount * nP));
      fourRussiansBandSums(presence, counts, weights, diagonal === 1, plan, band, outs, helper);
      return outs;
    },
  };
}
