// K_rp = Σ_q M_rq u_q φ_qp by the method of the Four Russians (Arlazarov, Dinic, Kronrod & Faradzev
// 1970) on the binary M, blocked over regions: the g regions of a block give each activity q a g-bit
// pattern (which of them hold q). Activities of one pattern are summed once into its bucket,
// B_s = Σ_{pattern(q) = s} u_q φ_q, and region i of the block is Σ_{s ∋ i} B_s, read off the 2^g
// buckets by halving (each level folds the upper half onto the lower one: 2^g row additions for all
// g regions). A φ row is then read once per block where q is present, not once per region holding q,
// and a [null, u] pair still shares each load. Regions are blocked in order of diversity (similar
// portfolios share patterns; the plan is four-russians-plan.ts). Blocking over activities instead (tables of 2^g subset sums) needs
// one table per weight vector and measured slower than the plain product for the pair.
import type { KernelHelper } from "../common/kernel-helper.ts";
import { wasmInstance } from "../common/wasm-instance.ts";
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import type { CooccurrenceCounts } from "./cooccurrence-counts.ts";
import { type FourRussiansPlan, fourRussiansPlan, type RegionBand } from "./four-russians-plan.ts";
import { pairedRowsWasm } from "./paired-rows-wasm.ts";
import {
  addDiagonalTerm,
  addPairedRows,
  addRows,
  addWeightedRows,
  fillCooccurrenceColumns,
  fillDenseColumns,
  type ProximityColumns,
} from "./proximity-row-sums.ts";

type Weights = ArrayLike<number> | null;

/** φ as the kernel reads it: dense P x P, a column reader, or the co-occurrence counts (φ⁰ = C / max k). */
export type ProximitySource =
  | Float64Array
  | ProximityColumns
  | Pick<CooccurrenceCounts, "size" | "counts" | "rowOffsets" | "occurrences">;

/** Target columns per chunk (the chunk of φ, P x 64 doubles, stays in cache). */
const CHUNK = 64;

/**
 * Marginals of the 2^g buckets (rows of `span` doubles): for each bit from the top, sums[bit] = Σ of
 * the buckets with that bit (the upper half), then the upper half is folded onto the lower one.
 * Self-contained (a helper thread rebuilds it from its source text).
 */
export function foldBuckets(buckets: Float64Array, span: number, g: number, sums: Float64Array) {
  for (let bit = g - 1; bit >= 0; bit--) {
    const half = 2 ** bit;
    const at = bit * span;
    sums.fill(0, at, at + span);
    let t = 0;
    for (; t + 3 < half; t += 4) {
      const l0 = t * span;
      const l1 = l0 + span;
      const l2 = l1 + span;
      const l3 = l2 + span;
      const u0 = l0 + half * span;
      const u1 = u0 + span;
      const u2 = u1 + span;
      const u3 = u2 + span;
      for (let i = 0; i < span; i++) {
        const a = buckets[u0 + i]!;
        const b = buckets[u1 + i]!;
        const c = buckets[u2 + i]!;
        const d = buckets[u3 + i]!;
        sums[at + i]! += a + b + (c + d);
        buckets[l0 + i]! += a;
        buckets[l1 + i]! += b;
        buckets[l2 + i]! += c;
        buckets[l3 + i]! += d;
      }
    }
    for (; t < half; t++) {
      const lower = t * span;
      const upper = lower + half * span;
      for (let i = 0; i < span; i++) {
        const v = buckets[upper + i]!;
        sums[at + i]! += v;
        buckets[lower + i]! += v;
      }
    }
  }
}

/** The inner loops `fourRussiansColumns` calls (passed in, so that it names no import). */
export interface FourRussiansKernels {
  readonly addRows: typeof addRows;
  readonly addWeightedRows: typeof addWeightedRows;
  readonly addPairedRows: typeof addPairedRows;
  readonly foldBuckets: typeof foldBuckets;
  readonly fillDenseColumns: typeof fillDenseColumns;
  readonly fillCooccurrenceColumns: typeof fillCooccurrenceColumns;
  readonly wasmInstance: typeof wasmInstance;
}

/** The inner loops of `fourRussiansColumns`, as it is called here and on a helper thread. */
export const fourRussiansKernels: FourRussiansKernels = {
  addRows,
  addWeightedRows,
  addPairedRows,
  foldBuckets,
  fillDenseColumns,
  fillCooccurrenceColumns,
  wasmInstance,
};

/**
 * The columns [columnFrom, columnTo) of K for every weight vector, written into `outs` (R x P each):
 * in order, or, with `claim`, the chunks each thread takes from that shared counter.
 */
export interface FourRussiansColumnsJob {
  readonly nRegions: number;
  readonly nActivities: number;
  readonly plan: Pick<FourRussiansPlan, "blockSize" | "order" | "runStart" | "activities">;
  readonly phi: ProximitySource;
  readonly weights: readonly (ArrayLike<number> | null)[];
  readonly outs: readonly Float64Array[];
  readonly columnFrom: number;
  readonly columnTo: number;
  /** Columns per chunk of φ. */
  readonly chunk: number;
  /** Chunks taken so far (shared by the threads): each takes the next until none is left. */
  readonly claim?: Int32Array;
  /**
   * Only the regions of blocks [blockFrom, blockTo) (default: all), written at rows
   * region − `regionOffset` of `outs` (a band's rows: `fourRussiansBandSums`).
   */
  readonly blockFrom?: number;
  readonly blockTo?: number;
  readonly regionOffset?: number;
  /**
   * `pairedRowsWasm`: for a [null, u] pair, each region block is summed by its SIMD `blockSums`
   * (same bits), unless the platform cannot run it (then, and without it, by `kernels.addPairedRows`
   * and `kernels.foldBuckets`).
   */
  readonly wasm?: Uint8Array;
}

/**
 * `blockSums` of paired-rows-wasm.ts, one region block of the paired product: every argument a byte
 * offset into its memory, a count or g.
 */
type WasmBlockSums = (
  buckets: number,
  width: number,
  block: number,
  activities: number,
  runs: number,
  g: number,
  u: number,
  sums: number,
) => void;

/**
 * The product over one range of columns, chunk by chunk; every output cell depends only on its own
 * column, so chunks may run on different threads (taken from `claim`, so that a thread slowed by
 * other work takes fewer). Self-contained (see common/kernel-helper.ts). Returns how the φ rows of
 * a [null, u] pair were added: by the WebAssembly SIMD function or by the JavaScript loop.
 */
export function fourRussiansColumns(job: FourRussiansColumnsJob, k: FourRussiansKernels): "simd" | "loop" {
  const { nRegions: nR, nActivities: nP, plan, phi, weights, outs, columnFrom, columnTo } = job;
  const nW = weights.length;
  const paired = nW === 2 && weights[0] === null && weights[1] !== null;
  const g = plan.blockSize;
  const patterns = 2 ** g;
  const { order, runStart, activities } = plan;
  const chunk = Math.min(job.chunk, nP);
  const claim = job.claim;
  // With the WebAssembly functions, the arrays they read and write live in their memory: φ's chunk
  // at 0, the buckets, u, the activities and pattern runs of the current region block (copied in
  // per block) and the folded sums.
  const blockBytes = 8 * nP * chunk;
  const bucketsAt = blockBytes;
  const uAt = bucketsAt + 8 * patterns * nW * chunk;
  const listAt = uAt + 8 * nP;
  const runsAt = listAt + 4 * nP;
  const sumsAt = 8 * Math.ceil((runsAt + 4 * (patterns + 1)) / 8);
  const wasmBytes = sumsAt + 8 * g * nW * chunk;
  let simd: { readonly block: WasmBlockSums; readonly memory: ArrayBuffer } | undefined;
  const instance =
    paired && job.wasm !== undefined
      ? k.wasmInstance(job.wasm, "smartspec.pairedRowsWasm", wasmBytes)
      : undefined;
  const blockSums = instance?.exports.blockSums;
  if (instance !== undefined && typeof blockSums === "function") {
    simd = { block: blockSums as WasmBlockSums, memory: instance.memory };
    new Float64Array(simd.memory, uAt, nP).set(weights[1]!);
  }
  const memory = simd?.memory;
  const block = memory ? new Float64Array(memory, 0, nP * chunk) : new Float64Array(nP * chunk);
  const buckets = memory
    ? new Float64Array(memory, bucketsAt, patterns * nW * chunk)
    : new Float64Array(patterns * nW * chunk);
  // The block's activities where the WebAssembly function reads them (copied in per block).
  const activityList = memory ? new Int32Array(memory, listAt, nP) : undefined;
  const runs = memory ? new Int32Array(memory, runsAt, patterns + 1) : undefined;
  const sums = memory ? new Float64Array(memory, sumsAt, g * nW * chunk) : new Float64Array(g * nW * chunk);
  const blockFrom = job.blockFrom ?? 0;
  const blockTo = job.blockTo ?? Math.ceil(nR / g);
  const regionOffset = job.regionOffset ?? 0;
  for (let next = columnFrom; ; next += chunk) {
    const c0 = claim === undefined ? next : columnFrom + Atomics.add(claim, 0, 1) * chunk;
    if (c0 >= columnTo) break;
    const width = Math.min(chunk, columnTo - c0);
    const span = nW * width;
    // The block's folded sums into its regions' rows of `outs`.
    const copyOut = (r0: number) => {
      for (let bit = 0; bit < g && r0 + bit < nR; bit++) {
        const at = (order[r0 + bit]! - regionOffset) * nP + c0;
        for (let w = 0; w < nW; w++) {
          const out = outs[w]!;
          const from = bit * span + w * width;
          out.set(sums.subarray(from, from + width), at);
        }
      }
    };
    if (typeof phi === "function") phi(c0, width, block);
    else if (ArrayBuffer.isView(phi)) k.fillDenseColumns(phi, nP, c0, width, block);
    else k.fillCooccurrenceColumns(phi, c0, width, block);
    for (let b = blockFrom; b < blockTo; b++) {
      const r0 = b * g;
      const base = b * (patterns + 1);
      if (simd !== undefined) {
        // The block's activities (at most P, pattern 1 onwards) and its runs as offsets into them,
        // copied into the module's memory; then the whole block in one call (same bits as below).
        const first = runStart[base + 1]!;
        activityList!.set(activities.subarray(first, runStart[base + patterns]!));
        for (let s = 0; s <= patterns; s++) runs![s] = runStart[base + s]! - first;
        simd.block(bucketsAt, width, 0, listAt, runsAt, g, uAt, sumsAt);
        copyOut(r0);
        continue;
      }
      buckets.fill(0, 0, patterns * span);
      for (let s = 1; s < patterns; s++) {
        const from = runStart[base + s]!;
        const to = runStart[base + s + 1]!;
        if (from === to) continue;
        const at = s * span;
        if (paired) {
          k.addPairedRows(buckets, at, buckets, at + width, block, width, activities, from, to, weights[1]!);
          continue;
        }
        for (let w = 0; w < nW; w++) {
          const u = weights[w]!;
          if (u === null) k.addRows(buckets, at + w * width, block, width, activities, from, to);
          else k.addWeightedRows(buckets, at + w * width, block, width, activities, from, to, u);
        }
      }
      k.foldBuckets(buckets, span, g, sums);
      copyOut(r0);
    }
  }
  return simd === undefined ? "loop" : "simd";
}

/**
 * One R x P array K per weight vector (`null` = u = 1) from φ (row q is what activity q
 * contributes), like `denseProximitySums` but reading each φ row once per region block. Equal to
 * the direct sums up to rounding (the terms are added in another order). `addDiagonal` adds
 * M_rp u_p. With a `helper` and φ given as data (not a reader function), both threads take
 * column chunks until none is left, writing into shared memory: the same bits as on one thread.
 */
export function fourRussiansProximitySums(
  presence: SparsePresence,
  phi: ProximitySource,
  weights: readonly Weights[],
  addDiagonal: boolean,
  plan: FourRussiansPlan = fourRussiansPlan(presence),
  helper?: KernelHelper,
): Float64Array[] {
  const { nRegions: nR, nActivities: nP } = presence;
  const split = splitsColumns(nP, phi, helper);
  const outs = weights.map(() => (split ? helper!.sharedFloat64(nR * nP) : new Float64Array(nR * nP)));
  const all = { firstRegion: 0, regionCount: nR, blockFrom: 0, blockTo: Math.ceil(nR / plan.blockSize) };
  fourRussiansBandSums(presence, phi, weights, addDiagonal, plan, all, outs, helper);
  return outs;
}

/** Whether the column chunks are shared with a helper thread (φ as data, at least two chunks). */
function splitsColumns(nP: number, phi: ProximitySource, helper: KernelHelper | undefined): boolean {
  return helper !== undefined && typeof phi !== "function" && Math.ceil(nP / Math.min(CHUNK, nP)) >= 2;
}

/**
 * Computes K for the regions of one band into `outs` (one bands-rows x P array per weight vector,
 * row i = region firstRegion + i; every cell is overwritten), the same bits as those rows of
 * `fourRussiansProximitySums`: each row depends only on its own block. `outs` must be on shared
 * memory when a `helper` is given (`helper.sharedFloat64`); the caller may reuse them per band.
 */
export function fourRussiansBandSums(
  presence: SparsePresence,
  phi: ProximitySource,
  weights: readonly Weights[],
  addDiagonal: boolean,
  plan: FourRussiansPlan,
  band: RegionBand,
  outs: readonly Float64Array[],
  helper?: KernelHelper,
): void {
  const threads = splitsColumns(presence.nActivities, phi, helper) ? helper : undefined;
  const { nRegions: nR, nActivities: nP, rowStart, rowActivities } = presence;
  const chunk = Math.min(CHUNK, nP);
  const job = {
    nRegions: nR,
    nActivities: nP,
    plan,
    phi,
    weights,
    outs,
    chunk,
    wasm: pairedRowsWasm,
    blockFrom: band.blockFrom,
    blockTo: band.blockTo,
    regionOffset: band.firstRegion,
  };
  if (threads !== undefined) {
    const claim = new Int32Array(new SharedArrayBuffer(4));
    const { blockSize, order, runStart, activities } = plan;
    const wait = threads.start("fourRussiansColumns", {
      ...job,
      plan: { blockSize, order, runStart, activities },
      // Plain arrays for the copy: a weight may be any array-like.
      weights: weights.map((u) => (u === null ? null : Float64Array.from(u))),
      columnFrom: 0,
      columnTo: nP,
      claim,
    } satisfies FourRussiansColumnsJob);
    try {
      fourRussiansColumns({ ...job, columnFrom: 0, columnTo: nP, claim }, fourRussiansKernels);
    } finally {
      wait();
    }
  } else {
    fourRussiansColumns({ ...job, columnFrom: 0, columnTo: nP }, fourRussiansKernels);
  }
  if (addDiagonal) {
    const rows = rowStart.subarray(band.firstRegion, band.firstRegion + band.regionCount + 1);
    for (let w = 0; w < weights.length; w++) addDiagonalTerm(outs[w]!, rows, rowActivities, nP, weights[w]!);
  }
}
