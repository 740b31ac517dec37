// Plans for the region-block product (four-russians-proximity-kernel.ts): which regions form each
// block of g, and, per block, its activities grouped by the pattern of the block's regions that
// hold them. The block size is chosen by counting the work exactly from M (φ rows read, bucket rows
// folded). Blocks are formed within bands of `REGION_BAND` consecutive regions, so the product can
// be computed one band at a time (decision 0015).
import { AnalyticsError } from "../common/analytics-error.ts";
import type { SparsePresence } from "../matrix/sparse-presence.ts";

/** Block sizes the plan considers. */
const BLOCK_SIZES = [2, 3, 4, 5, 6, 7, 8] as const;
/** The most regions a block the plan chooses can hold. */
export const largestBlockSize = BLOCK_SIZES[BLOCK_SIZES.length - 1]!;

/**
 * Costs in units of one φ row added by the plain sparse product, measured on Node 20 (3,000 x 1,000,
 * [null, u] and single weights alike): a φ row added to a bucket (short runs) 1.1, a bucket row
 * folded (clear, fold, marginal, copy out) 5.
 */
const READ_COST = 1.1;
const FOLD_COST = 5;

/** Region blocks and, per block, its activities grouped by pattern, with the work this implies. */
export interface FourRussiansPlan {
  /** g, regions per block (block b holds regions order[b·g .. b·g + g)). */
  readonly blockSize: number;
  /** The regions in block order (`blockRegionOrder`). */
  readonly order: Int32Array;
  /** Block b's pattern s: activities `activities[runStart[b·(2^g + 1) + s] .. runStart[b·(2^g + 1) + s + 1])`. */
  readonly runStart: Int32Array;
  readonly activities: Int32Array;
  /** φ rows added (Σ over blocks of the activities present in the block). */
  readonly rowsRead: number;
  /** Bucket rows folded (2^g per block). */
  readonly rowsFolded: number;
}

/**
 * Regions per band: blocks are formed within bands of this many consecutive regions, so that the
 * product can be computed (and its rows used and released) one band at a time with the same bits
 * as all at once. 840 = lcm(2, ..., 8): a multiple of every block size the plan chooses, so no
 * block straddles two bands.
 */
export const REGION_BAND = 840;

/**
 * Regions by descending diversity (ties by index) within each band of `REGION_BAND` consecutive
 * regions: regions of similar size share more activities, so their blocks have fewer distinct
 * patterns (on the world-trade 226 x 785, 10% fewer φ rows).
 */
export function blockRegionOrder(presence: SparsePresence): Int32Array {
  const { nRegions: nR, nActivities: nP, rowStart } = presence;
  const order = new Int32Array(nR);
  const bucket = new Int32Array(nP + 2);
  for (let first = 0; first < nR; first += REGION_BAND) {
    const last = Math.min(nR, first + REGION_BAND);
    bucket.fill(0);
    for (let r = first; r < last; r++) bucket[nP - (rowStart[r + 1]! - rowStart[r]!) + 1]!++;
    for (let k = 1; k < bucket.length; k++) bucket[k]! += bucket[k - 1]!;
    for (let r = first; r < last; r++) order[first + bucket[nP - (rowStart[r + 1]! - rowStart[r]!)]!++] = r;
  }
  return order;
}

/** Whether a plan's blocks stay within bands (its block size divides `REGION_BAND`). */
export function plannedInBands(plan: Pick<FourRussiansPlan, "blockSize">): boolean {
  return REGION_BAND % plan.blockSize === 0;
}

/** Region rows as bitsets take at most this many bytes; beyond it the reads are counted cell by cell. */
const BITSET_BYTES = 32 << 20;

/**
 * φ rows a region blocking of g reads, Σ_b |{q : some region of block b holds q}|, for any g. The
 * regions' activity sets are packed once as bitsets (in `order`), so each g costs one OR per word of
 * a region's row and a popcount per word of a block's union, not a pass over every present cell
 * (at 3,000 x 1,000, 40% non-zero, the plan's seven counts took ~45 ms cell by cell).
 */
export function blockReadCounter(
  presence: SparsePresence,
  order: Int32Array,
  bitsetBytes = BITSET_BYTES,
): (g: number) => number {
  const { nRegions: nR, nActivities: nP, rowStart, rowActivities } = presence;
  const words = (nP + 31) >>> 5;
  if (4 * nR * words > bitsetBytes) {
    const stamp = new Int32Array(nP);
    return (g) => rowsReadByCells(presence, order, g, stamp);
  }
  const bits = new Int32Array(nR * words);
  for (let i = 0; i < nR; i++) {
    const r = order[i]!;
    const at = i * words;
    for (let x = rowStart[r]!; x < rowStart[r + 1]!; x++) {
      const q = rowActivities[x]!;
      bits[at + (q >>> 5)]! |= 1 << (q & 31);
    }
  }
  return (g) => {
    let count = 0;
    for (let first = 0; first < nR; first += g) {
      const last = Math.min(nR, first + g);
      for (let w = 0; w < words; w++) {
        let union = 0;
        for (let i = first; i < last; i++) union |= bits[i * words + w]!;
        // Popcount (Hacker's Delight 5-1).
        union -= (union >>> 1) & 0x55555555;
        union = (union & 0x33333333) + ((union >>> 2) & 0x33333333);
        union = (union + (union >>> 4)) & 0x0f0f0f0f;
        count += Math.imul(union, 0x01010101) >>> 24;
      }
    }
    return count;
  };
}

/** `blockReadCounter`'s count, cell by cell (for matrices too large to pack). */
function rowsReadByCells(presence: SparsePresence, order: Int32Array, g: number, stamp: Int32Array): number {
  const { nRegions: nR, rowStart, rowActivities } = presence;
  stamp.fill(-1);
  let count = 0;
  for (let i = 0; i < nR; i++) {
    const r = order[i]!;
    const b = Math.floor(i / g);
    for (let x = rowStart[r]!; x < rowStart[r + 1]!; x++) {
      const q = rowActivities[x]!;
      if (stamp[q] !== b) {
        stamp[q] = b;
        count++;
      }
    }
  }
  return count;
}

/** Work of the plain sparse product (one φ row per present cell), in the same units as `planCost`. */
export function sparseCost(presence: SparsePresence): number {
  return presence.rowStart[presence.nRegions]!;
}

/** A block size and the exact work it implies (φ rows read, bucket rows folded). */
export interface BlockingCost {
  readonly blockSize: number;
  readonly rowsRead: number;
  readonly rowsFolded: number;
  /** READ_COST · rowsRead + FOLD_COST · rowsFolded, in the units of `sparseCost`. */
  readonly cost: number;
}

function blockingCost(presence: SparsePresence, reads: (g: number) => number, g: number): BlockingCost {
  const rowsRead = reads(g);
  const rowsFolded = Math.ceil(presence.nRegions / g) * 2 ** g;
  return { blockSize: g, rowsRead, rowsFolded, cost: READ_COST * rowsRead + FOLD_COST * rowsFolded };
}

/**
 * The cheapest region blocking of `presence`, counted exactly from the data (φ rows read per block
 * plus 2^g folded bucket rows per block), trying g = 2, 3, ... until the cost rises (it falls, then
 * rises with g). Example: regions {0, 1} and {0, 2} of 3 activities, g = 2, read 3 φ rows, not 4.
 */
export function cheapestBlocking(presence: SparsePresence): BlockingCost {
  const reads = blockReadCounter(presence, blockRegionOrder(presence));
  let best = blockingCost(presence, reads, BLOCK_SIZES[0]);
  for (const g of BLOCK_SIZES.slice(1)) {
    const next = blockingCost(presence, reads, g);
    if (next.cost >= best.cost) break;
    best = next;
  }
  return best;
}

/**
 * The region blocks of `presence` with g = `blockSize` (1 to 16; default the cheapest): per block,
 * its activities grouped by pattern. `blocking`, the cost `cheapestBlocking` found for this block
 * size, saves counting the φ rows read again.
 */
export function fourRussiansPlan(
  presence: SparsePresence,
  blockSize: number = cheapestBlocking(presence).blockSize,
  blocking?: BlockingCost,
): FourRussiansPlan {
  if (!(Number.isInteger(blockSize) && blockSize >= 1 && blockSize <= 16)) {
    throw new AnalyticsError(
      "invalid-option",
      `The block size must be an integer from 1 to 16, not ${blockSize}.`,
    );
  }
  const { nRegions: nR, nActivities: nP, rowStart, rowActivities } = presence;
  const g = blockSize;
  const order = blockRegionOrder(presence);
  const reads =
    blocking !== undefined && blocking.blockSize === g
      ? blocking.rowsRead
      : blockReadCounter(presence, order)(g);
  const nBlocks = Math.ceil(nR / g);
  const patterns = 2 ** g;
  const runStart = new Int32Array(nBlocks * (patterns + 1));
  const pattern = new Int32Array(nP);
  const count = new Int32Array(patterns + 1);
  const activities = new Int32Array(reads);
  let k = 0;
  for (let b = 0; b < nBlocks; b++) {
    const r0 = b * g;
    const r1 = Math.min(nR, r0 + g);
    for (let i = r0; i < r1; i++) {
      const r = order[i]!;
      for (let x = rowStart[r]!; x < rowStart[r + 1]!; x++) pattern[rowActivities[x]!]! |= 1 << (i - r0);
    }
    // Counting sort of the activities by pattern (ascending q within a pattern); pattern 0 is left out.
    count.fill(0);
    for (let q = 0; q < nP; q++) count[pattern[q]! + 1]!++;
    const base = b * (patterns + 1);
    runStart[base] = k;
    runStart[base + 1] = k;
    for (let s = 1; s < patterns; s++) runStart[base + s + 1] = runStart[base + s]! + count[s + 1]!;
    const cursor = runStart.slice(base, base + patterns);
    for (let q = 0; q < nP; q++) {
      const s = pattern[q]!;
      if (s !== 0) activities[cursor[s]!++] = q;
      pattern[q] = 0;
    }
    k = runStart[base + patterns]!;
  }
  return { blockSize: g, order, runStart, activities, rowsRead: k, rowsFolded: nBlocks * patterns };
}

/** The consecutive regions of one band, and its blocks in the plan. */
export interface RegionBand {
  readonly firstRegion: number;
  readonly regionCount: number;
  readonly blockFrom: number;
  readonly blockTo: number;
}

/**
 * The bands of `REGION_BAND` regions of a plan whose blocks stay within bands (`plannedInBands`),
 * else one band of all regions.
 */
export function regionBands(nRegions: number, plan: Pick<FourRussiansPlan, "blockSize">): RegionBand[] {
  const g = plan.blockSize;
  if (!plannedInBands(plan)) {
    return [{ firstRegion: 0, regionCount: nRegions, blockFrom: 0, blockTo: Math.ceil(nRegions / g) }];
  }
  const bands: RegionBand[] = [];
  for (let first = 0; first < nRegions; first += REGION_BAND) {
    const last = Math.min(nRegions, first + REGION_BAND);
    bands.push({
      firstRegion: first,
      regionCount: last - first,
      blockFrom: first / g,
      blockTo: Math.ceil(last / g),
    });
  }
  return bands;
}
