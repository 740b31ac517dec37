// K_rp = Σ_q M_rq u_q φ_qp by the method of the Four Russians (Arlazarov, Dinic, Kronrod & Faradzev
// 1970, "On economical construction of the transitive closure of a directed graph"): M is binary, so
// the activities are cut into blocks of g and, for each block, the 2^g subset sums of its weighted φ
// rows are tabulated (each subset = a smaller subset + one row, additions only). A region then adds one
// table row per non-empty block instead of one φ row per present activity. Blocks follow ascending
// ubiquity, so rare activities share blocks that are often empty and common ones share full blocks.
// The table covers a chunk of target columns at a time (tables of all blocks stay a few MiB).
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import { ubiquityOrder } from "./proximity-totals.ts";

/** Block sizes the plan considers (a table of 2^g rows per block). */
const BLOCK_SIZES = [4, 5, 6, 7, 8, 9, 10] as const;

/** Target columns per chunk: a table row holds `CHUNK` doubles per weight vector. */
const CHUNK = Number(process.env.FR_W ?? 32);
const GROUP = Number(process.env.FR_G ?? 8);

/** How the activities are blocked, with the exact work it implies. */
export interface FourRussiansPlan {
  /** g, activities per block. */
  readonly blockSize: number;
  /** Activities present somewhere, ascending ubiquity; block b is order[b·g .. b·g + g). */
  readonly order: Int32Array;
  /** Table rows a region reads: `rowOffsets[rowStart[r] .. rowStart[r + 1])` in table-row units. */
  readonly rowStart: Int32Array;
  readonly tableRows: Int32Array;
  /** Σ_r non-empty blocks of r (table rows read). */
  readonly rowsRead: number;
  /** Table rows built: Σ_b 2^(size of b). */
  readonly rowsBuilt: number;
}

/** Non-empty (region, block) pairs for blocks of g over `position` (activity → place in order). */
function countBlocks(presence: SparsePresence, position: Int32Array, g: number): number {
  const { nRegions: nR, rowStart, rowActivities } = presence;
  const stamp = new Int32Array(Math.ceil(presence.nActivities / g) + 1).fill(-1);
  let count = 0;
  for (let r = 0; r < nR; r++) {
    for (let x = rowStart[r]!; x < rowStart[r + 1]!; x++) {
      const b = Math.floor(position[rowActivities[x]!]! / g);
      if (stamp[b] !== r) {
        stamp[b] = r;
        count++;
      }
    }
  }
  return count;
}

function rowsBuiltFor(active: number, g: number): number {
  const full = Math.floor(active / g);
  const rest = active - full * g;
  return full * 2 ** g + (rest > 0 ? 2 ** rest : 0);
}

/**
 * The cheapest blocking for `presence` (rows read + rows built, counted exactly from the data).
 * Example: one region holding activities {0, 1} of 2 gives rowsRead 1 (one block, one table row).
 */
export function fourRussiansPlan(presence: SparsePresence): FourRussiansPlan {
  const { nRegions: nR, nActivities: nP, rowStart, rowActivities } = presence;
  const { order } = ubiquityOrder(presence);
  const position = new Int32Array(nP);
  for (let i = 0; i < order.length; i++) position[order[i]!] = i;
  let g: number = BLOCK_SIZES[0];
  let bestCost = Number.POSITIVE_INFINITY;
  let bestRead = 0;
  for (const size of process.env.FR_g ? [Number(process.env.FR_g)] : BLOCK_SIZES) {
    if (size > Math.max(1, order.length) && size !== BLOCK_SIZES[0]) break;
    const read = countBlocks(presence, position, size);
    const cost = read + rowsBuiltFor(order.length, size);
    if (cost < bestCost) {
      bestCost = cost;
      bestRead = read;
      g = size;
    }
  }
  // Per region, the table row of each non-empty block: (b << g) + subset code.
  const nBlocks = Math.ceil(order.length / g);
  const code = new Int32Array(nBlocks);
  const planStart = new Int32Array(nR + 1);
  const tableRows = new Int32Array(bestRead);
  let k = 0;
  for (let r = 0; r < nR; r++) {
    for (let x = rowStart[r]!; x < rowStart[r + 1]!; x++) {
      const i = position[rowActivities[x]!]!;
      const b = Math.floor(i / g);
      code[b]! |= 1 << (i - b * g);
    }
    for (let b = 0; b < nBlocks; b++) {
      if (code[b] === 0) continue;
      tableRows[k++] = b * 2 ** g + code[b]!;
      code[b] = 0;
    }
    planStart[r + 1] = k;
  }
  return {
    blockSize: g,
    order,
    rowStart: planStart,
    tableRows,
    rowsRead: bestRead,
    rowsBuilt: rowsBuiltFor(order.length, g),
  };
}

/** Fills the subset-sum tables of every block for columns [c0, c0 + width). */
function buildTables(
  table: Float64Array,
  plan: FourRussiansPlan,
  phi: Float64Array,
  nP: number,
  weights: readonly (ArrayLike<number> | null)[],
  c0: number,
  width: number,
  contribution: Float64Array,
  b0: number,
  b1: number,
) {
  const g = plan.blockSize;
  const order = plan.order;
  const span = weights.length * width;
  for (let b = b0; b < b1; b++) {
    const size = Math.min(g, order.length - b * g);
    const base = (b - b0) * 2 ** g * span;
    table.fill(0, base, base + span);
    for (let j = 0; j < size; j++) {
      const q = order[b * g + j]!;
      const from = q * nP + c0;
      for (let w = 0; w < weights.length; w++) {
        const u = weights[w]!;
        const uq = u === null ? 1 : u[q]!;
        const at = w * width;
        for (let p = 0; p < width; p++) contribution[at + p] = uq * phi[from + p]!;
      }
      const half = 2 ** j;
      for (let s = half; s < 2 * half; s++) {
        const dst = base + s * span;
        const src = base + (s - half) * span;
        for (let i = 0; i < span; i++) table[dst + i] = table[src + i]! + contribution[i]!;
      }
    }
  }
}

/** out[base..base + width) += Σ table rows[from..to) (row offset `skip`, minus `shift` rows), eight per pass. */
function addRows(
  out: Float64Array,
  base: number,
  table: Float64Array,
  rows: Int32Array,
  from: number,
  to: number,
  shift: number,
  span: number,
  skip: number,
  width: number,
) {
  let x = from;
  for (; x + 7 < to; x += 8) {
    const a = (rows[x]! - shift) * span + skip;
    const b = (rows[x + 1]! - shift) * span + skip;
    const c = (rows[x + 2]! - shift) * span + skip;
    const d = (rows[x + 3]! - shift) * span + skip;
    const e = (rows[x + 4]! - shift) * span + skip;
    const f = (rows[x + 5]! - shift) * span + skip;
    const g = (rows[x + 6]! - shift) * span + skip;
    const h = (rows[x + 7]! - shift) * span + skip;
    for (let p = 0; p < width; p++)
      out[base + p]! +=
        table[a + p]! +
        table[b + p]! +
        (table[c + p]! + table[d + p]!) +
        (table[e + p]! + table[f + p]! + (table[g + p]! + table[h + p]!));
  }
  for (; x + 1 < to; x += 2) {
    const a = (rows[x]! - shift) * span + skip;
    const b = (rows[x + 1]! - shift) * span + skip;
    for (let p = 0; p < width; p++) out[base + p]! += table[a + p]! + table[b + p]!;
  }
  if (x < to) {
    const a = (rows[x]! - shift) * span + skip;
    for (let p = 0; p < width; p++) out[base + p]! += table[a + p]!;
  }
}

/**
 * One R x P array K per weight vector (`null` = u = 1) from a dense φ (P x P, row-major, row q is
 * what activity q contributes), like `denseProximitySums` but reading 2^g-subset tables. Equal to the
 * direct sums up to rounding (the terms are added in another order). `addDiagonal` adds M_rp u_p.
 */
export function fourRussiansProximitySums(
  presence: SparsePresence,
  phi: Float64Array,
  weights: readonly (ArrayLike<number> | null)[],
  addDiagonal: boolean,
  plan: FourRussiansPlan = fourRussiansPlan(presence),
): Float64Array[] {
  const { nRegions: nR, nActivities: nP, rowStart, rowActivities } = presence;
  const nW = weights.length;
  const outs = weights.map(() => new Float64Array(nR * nP));
  const g = plan.blockSize;
  const nBlocks = Math.ceil(plan.order.length / g);
  const chunk = Math.min(CHUNK, nP);
  const group = Math.min(GROUP, nBlocks);
  const table = new Float64Array(group * 2 ** g * nW * chunk);
  const contribution = new Float64Array(nW * chunk);
  const cursor = new Int32Array(nR);
  const { rowStart: planStart, tableRows } = plan;
  for (let c0 = 0; c0 < nP; c0 += chunk) {
    const width = Math.min(chunk, nP - c0);
    const span = nW * width;
    cursor.set(plan.rowStart.subarray(0, nR));
    for (let b0 = 0; b0 < nBlocks; b0 += group) {
      const b1 = Math.min(nBlocks, b0 + group);
      buildTables(table, plan, phi, nP, weights, c0, width, contribution, b0, b1);
      const limit = b1 * 2 ** g;
      const shift = b0 * 2 ** g;
      for (let r = 0; r < nR; r++) {
        const from = cursor[r]!;
        let to = from;
        const end = planStart[r + 1]!;
        while (to < end && tableRows[to]! < limit) to++;
        cursor[r] = to;
        if (to === from) continue;
        const base = r * nP + c0;
        for (let w = 0; w < nW; w++) {
          addRows(outs[w]!, base, table, tableRows, from, to, shift, span, w * width, width);
        }
      }
    }
  }
  if (addDiagonal) {
    for (let w = 0; w < nW; w++) {
      const u = weights[w]!;
      const out = outs[w]!;
      for (let r = 0; r < nR; r++) {
        for (let x = rowStart[r]!; x < rowStart[r + 1]!; x++) {
          const p = rowActivities[x]!;
          out[r * nP + p]! += u === null ? 1 : u[p]!;
        }
      }
    }
  }
  return outs;
}
