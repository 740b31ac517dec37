// Co-occurrence counts C = MᵀM (activities) and MMᵀ (regions) of a binary presence matrix
// (Hidalgo et al. 2007, the numerator of proximity; EconGeo `co_occurrence`). Only the strict upper
// triangle is stored, as unsigned integers: the diagonal is the ubiquity (or diversity) and the
// matrix is symmetric, so 250 x 5000 needs 25 MB, not the 200 MB of a dense Float64 P x P.
import { AnalyticsError } from "../common/analytics-error.ts";
import type { KernelHelper } from "../common/kernel-helper.ts";
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import { countByScatter, type IncidenceLists, startCountByBitsets } from "./cooccurrence-kernels.ts";

export const cooccurrenceStrategies = ["auto", "scatter", "bitset"] as const;
export type CooccurrenceStrategy = (typeof cooccurrenceStrategies)[number];

/**
 * Symmetric co-occurrence counts of `size` items (activities or regions) over `events` events.
 * `counts[rowOffsets[i] + j - i - 1]` (i < j) is the number of events holding both i and j;
 * `occurrences[i]` (the diagonal) is the number of events holding i.
 */
export interface CooccurrenceCounts {
  readonly size: number;
  readonly events: number;
  readonly counts: Uint16Array | Uint32Array;
  readonly rowOffsets: Int32Array;
  readonly occurrences: Int32Array;
}

/** Largest triangle a typed array may hold here (2^31 - 1 entries, about 65,000 items). */
const MAX_TRIANGLE = 2 ** 31 - 1;

/** Offsets of each row of a strict upper triangle stored row by row. Example: size 4 gives [0, 3, 5, 6]. */
export function triangleRowOffsets(size: number): Int32Array {
  const offsets = new Int32Array(size);
  let base = 0;
  for (let i = 0; i < size; i++) {
    offsets[i] = base;
    base += size - i - 1;
  }
  return offsets;
}

/** C_ij for any i, j (the diagonal gives the occurrences). Example: the toy's C(I1, I2) = 4 (reference §6.10). */
export function cooccurrenceCount(c: CooccurrenceCounts, i: number, j: number): number {
  if (i === j) return c.occurrences[i]!;
  return i < j ? c.counts[c.rowOffsets[i]! + j - i - 1]! : c.counts[c.rowOffsets[j]! + i - j - 1]!;
}

/** Counts `lists` in two steps (see `startActivityCooccurrence`). */
function startCountItems(
  lists: IncidenceLists,
  strategy: CooccurrenceStrategy,
  helper: KernelHelper | undefined,
): () => CooccurrenceCounts {
  const n = lists.nItems;
  const size = (n * (n - 1)) / 2;
  if (size > MAX_TRIANGLE) {
    throw new AnalyticsError("invalid-value", `Too many items (${n}) for a co-occurrence triangle.`);
  }
  // Shared memory where the platform has it, so a host can hand the counts to another thread
  // without copying them (the CLI writes proximity.csv from them while density is computed).
  const bytes = (lists.nEvents <= 0xffff ? 2 : 4) * size;
  const buffer =
    typeof SharedArrayBuffer === "function" ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  const counts = lists.nEvents <= 0xffff ? new Uint16Array(buffer) : new Uint32Array(buffer);
  const rowOffsets = triangleRowOffsets(n);
  const occurrences = new Int32Array(n);
  for (let i = 0; i < n; i++) occurrences[i] = lists.itemStart[i + 1]! - lists.itemStart[i]!;
  let chosen = strategy;
  if (chosen === "auto") {
    // Measured on Node 20 (1 unit ~1.4 ns): a scatter increment costs about 1.3 units, a copied
    // pair 1.5; a bitset pair about 2 plus 0.6 per 64-bit AND + popcount word with WebAssembly's
    // popcount, or 2 per 32-bit word with the JavaScript one. Scatter wins on sparse M, bitsets on
    // dense M with few events (226 x 785 world trade: 3.8 against 1.7 ms).
    let pairsInEvents = 0;
    for (let e = 0; e < lists.nEvents; e++) {
      const k = lists.eventStart[e + 1]! - lists.eventStart[e]!;
      pairsInEvents += (k * (k - 1)) / 2;
    }
    const bitsetPair =
      typeof (globalThis as { WebAssembly?: unknown }).WebAssembly === "object"
        ? 2 + 0.6 * Math.ceil(lists.nEvents / 64)
        : 2 * Math.ceil(lists.nEvents / 32);
    chosen = 1.3 * pairsInEvents + 1.5 * size < bitsetPair * size ? "scatter" : "bitset";
  }
  const result = { size: n, events: lists.nEvents, counts, rowOffsets, occurrences };
  if (chosen === "scatter") {
    return () => {
      countByScatter(lists, counts);
      return result;
    };
  }
  const finish = startCountByBitsets(lists, counts, helper);
  return () => {
    finish();
    return result;
  };
}

/**
 * Activity co-occurrence C = MᵀM: for each pair of activities, the number of regions specialised in
 * both (reference §4.6, §4.7). Cost: Σ_r k_r² / 2 (scatter over each region's activities) or
 * P²/2 · ⌈R/32⌉ words (bitset AND + popcount), whichever `auto` estimates cheaper.
 * With a `helper`, the bitset kernel counts half of the pairs on the helper's thread (exact integers,
 * so the same counts).
 * Example: M = [[1, 1], [1, 0]] gives C_01 = 1, occurrences (ubiquity) [2, 1].
 */
export function activityCooccurrence(
  presence: SparsePresence,
  strategy: CooccurrenceStrategy = "auto",
  helper?: KernelHelper,
): CooccurrenceCounts {
  return startActivityCooccurrence(presence, strategy, helper)();
}

/**
 * `activityCooccurrence` in two steps, for a caller with other work on this thread meanwhile: with a
 * `helper` and the bitset kernel, the helper starts counting groups of rows now; the returned
 * function counts the groups left on this thread, waits for the helper and returns the counts (the
 * same as `activityCooccurrence`). Without them, all the counting happens in that call. Call it
 * exactly once (also when the work in between fails: the helper must be waited for).
 */
export function startActivityCooccurrence(
  presence: SparsePresence,
  strategy: CooccurrenceStrategy = "auto",
  helper?: KernelHelper,
): () => CooccurrenceCounts {
  return startCountItems(
    {
      nItems: presence.nActivities,
      itemStart: presence.colStart,
      itemEvents: presence.colRegions,
      nEvents: presence.nRegions,
      eventStart: presence.rowStart,
      eventItems: presence.rowActivities,
    },
    strategy,
    helper,
  );
}

/**
 * Region co-occurrence MMᵀ: for each pair of regions, the number of activities both are
 * specialised in; occurrences are the diversities. Same kernels as `activityCooccurrence`.
 * Example: M = [[1, 1], [1, 0]] gives MMᵀ_01 = 1, occurrences (diversity) [2, 1].
 */
export function regionCooccurrence(
  presence: SparsePresence,
  strategy: CooccurrenceStrategy = "auto",
): CooccurrenceCounts {
  return startCountItems(
    {
      nItems: presence.nRegions,
      itemStart: presence.rowStart,
      itemEvents: presence.rowActivities,
      nEvents: presence.nActivities,
      eventStart: presence.colStart,
      eventItems: presence.colRegions,
    },
    strategy,
    undefined,
  )();
}

/**
 * The counts as a dense row-major size x size Float64Array, diagonal = occurrences when
 * `withDiagonal` is true, else 0 (EconGeo `co_occurrence(t(M))` default: diagonal 0). size² doubles.
 * Example: the toy gives row I1 = [0, 4, 3, 3, 0, 0, 0, 1] (reference §6.10).
 */
export function cooccurrenceMatrix(c: CooccurrenceCounts, withDiagonal = false): Float64Array {
  const n = c.size;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    if (withDiagonal) out[i * n + i] = c.occurrences[i]!;
    const base = c.rowOffsets[i]! - i - 1;
    for (let j = i + 1; j < n; j++) {
      const v = c.counts[base + j]!;
      out[i * n + j] = v;
      out[j * n + i] = v;
    }
  }
  return out;
}
