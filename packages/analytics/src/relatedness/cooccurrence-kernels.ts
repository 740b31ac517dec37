// Two exact kernels for the strict upper triangle of A·Aᵀ, A a binary item x event incidence
// (co-occurrence counting, Hidalgo et al. 2007). "scatter" walks each event's item list (cost
// Σ_e k_e² / 2, best for sparse M); "bitset" ANDs packed event sets and counts bits (cost n²/2 ·
// ⌈events/32⌉ words, best for dense M with few events), by WebAssembly's i64.popcnt where the
// platform runs it (popcount-rows-wasm.ts), else by a SWAR popcount.
import type { KernelHelper } from "../common/kernel-helper.ts";
import { wasmInstance } from "../common/wasm-instance.ts";
import { popcountRowsWasm } from "./popcount-rows-wasm.ts";

/** Both compressed forms of a binary incidence, as in `SparsePresence` but role-neutral. */
export interface IncidenceLists {
  readonly nItems: number;
  /** Item i's events: itemEvents[itemStart[i] .. itemStart[i + 1]), ascending. */
  readonly itemStart: Int32Array;
  readonly itemEvents: Int32Array;
  readonly nEvents: number;
  /** Event e's items: eventItems[eventStart[e] .. eventStart[e + 1]), ascending. */
  readonly eventStart: Int32Array;
  readonly eventItems: Int32Array;
}

/**
 * For each item a (ascending), add 1 to acc[b] for every later item b sharing an event with a,
 * then copy acc into row a of the triangle. `cursor[e]` is the position of the current item in
 * event e's ascending list, so the items after a are reached without a search.
 */
export function countByScatter(lists: IncidenceLists, out: Uint16Array | Uint32Array): void {
  const { nItems: n, itemStart, itemEvents, eventStart, eventItems } = lists;
  const acc = new Int32Array(n);
  const cursor = eventStart.slice(0, lists.nEvents);
  let base = 0;
  for (let a = 0; a < n; a++) {
    for (let i = itemStart[a]!; i < itemStart[a + 1]!; i++) {
      const e = itemEvents[i]!;
      const end = eventStart[e + 1]!;
      for (let j = cursor[e]! + 1; j < end; j++) acc[eventItems[j]!]!++;
      cursor[e]!++;
    }
    const shift = base - a - 1;
    for (let b = a + 1; b < n; b++) {
      out[shift + b] = acc[b]!;
      acc[b] = 0;
    }
    base += n - a - 1;
  }
}

/**
 * Bits of each item's events: item a's set is words [a·words, (a + 1)·words), an even number of
 * 32-bit words (whole 64-bit words for the WebAssembly popcount).
 */
function incidenceBitsets(lists: IncidenceLists): { words: number; bits: Int32Array } {
  const { nItems: n, itemStart, itemEvents } = lists;
  const words = 2 * Math.max(1, Math.ceil(lists.nEvents / 64));
  const bits = new Int32Array(n * words);
  for (let a = 0; a < n; a++) {
    for (let i = itemStart[a]!; i < itemStart[a + 1]!; i++) {
      const e = itemEvents[i]!;
      bits[a * words + (e >>> 5)]! |= 1 << (e & 31);
    }
  }
  return { words, bits };
}

/**
 * Rows [rowFrom, rowTo) of the triangle from the items' bitsets, written into `out`: in order, or,
 * with `claim`, the groups of `rowsPerClaim` rows each thread takes from that shared counter.
 */
export interface BitsetRowsJob {
  readonly nItems: number;
  readonly words: number;
  readonly bits: Int32Array;
  readonly rowFrom: number;
  readonly rowTo: number;
  readonly out: Uint16Array | Uint32Array;
  readonly claim?: Int32Array;
  readonly rowsPerClaim?: number;
  /** `popcountRowsWasm`: rows counted by its `countRow` (the same counts), where the platform runs it. */
  readonly wasm?: Uint8Array;
}

/** What `countBitsetRows` calls (passed in, so that it names no import). */
export interface BitsetRowsKernels {
  readonly wasmInstance: typeof wasmInstance;
}

export const bitsetRowsKernels: BitsetRowsKernels = { wasmInstance };

/** `countRow` of popcount-rows-wasm.ts: every argument a byte offset into its memory, a count or a flag. */
type WasmCountRow = (a: number, n: number, words64: number, bits: number, out: number, wide: number) => void;

/**
 * |events(a) ∩ events(b)| for every b > a of the rows a in [rowFrom, rowTo), by AND and a popcount:
 * `job.wasm`'s `countRow` (64 bits at a time) where the platform runs it, else a SWAR popcount (the
 * same counts); returns which ran. In the SWAR loop, per-byte partial counts are summed before the
 * final horizontal add; a byte holds at most 8 per word, so the lanes are flushed every 31 words.
 * Rows are independent, so groups of rows may run on different threads. Self-contained
 * (common/kernel-helper.ts).
 */
export function countBitsetRows(job: BitsetRowsJob, k: BitsetRowsKernels): "wasm" | "loop" {
  const { nItems: n, words, bits, rowFrom, rowTo, out, claim } = job;
  // With the WebAssembly function: the bitsets at 0 of its memory, one row of counts after them.
  const wide = out.BYTES_PER_ELEMENT === 4 ? 1 : 0;
  const outAt = 4 * bits.length;
  const instance =
    job.wasm !== undefined && words % 2 === 0
      ? k.wasmInstance(job.wasm, "smartspec.popcountRowsWasm", outAt + 4 * n)
      : undefined;
  const countRow = instance?.exports.countRow;
  let wasm: { readonly count: WasmCountRow; readonly row: Uint16Array | Uint32Array } | undefined;
  if (instance !== undefined && typeof countRow === "function") {
    new Int32Array(instance.memory, 0, bits.length).set(bits);
    const row = wide
      ? new Uint32Array(instance.memory, outAt, n)
      : new Uint16Array(instance.memory, outAt, n);
    wasm = { count: countRow as WasmCountRow, row };
  }
  const own = new Int32Array(words);
  const group = claim === undefined ? rowTo - rowFrom : (job.rowsPerClaim ?? 1);
  for (let taken = 0; ; taken++) {
    const first = rowFrom + (claim === undefined ? taken : Atomics.add(claim, 0, 1)) * group;
    if (first >= rowTo) break;
    const last = Math.min(rowTo, first + group);
    // Row a of the strict upper triangle starts at Σ_{i < a} (n − i − 1).
    let at = first * n - (first * (first + 1)) / 2;
    for (let a = first; a < last; a++) {
      if (wasm !== undefined) {
        wasm.count(a, n, words / 2, 0, outAt, wide);
        out.set(wasm.row.subarray(0, n - a - 1), at);
        at += n - a - 1;
        continue;
      }
      for (let w = 0; w < words; w++) own[w] = bits[a * words + w]!;
      for (let b = a + 1; b < n; b++) {
        const ob = b * words;
        let total = 0;
        for (let w0 = 0; w0 < words; w0 += 31) {
          const wEnd = Math.min(w0 + 31, words);
          let lanes = 0;
          for (let w = w0; w < wEnd; w++) {
            let x = own[w]! & bits[ob + w]!;
            x -= (x >>> 1) & 0x55555555;
            x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
            lanes = (lanes + ((x + (x >>> 4)) & 0x0f0f0f0f)) | 0;
          }
          total += (lanes & 0xff) + ((lanes >>> 8) & 0xff) + ((lanes >>> 16) & 0xff) + (lanes >>> 24);
        }
        out[at++] = total;
      }
    }
  }
  return wasm === undefined ? "loop" : "wasm";
}

/**
 * Packs each item's events into 32-bit words and counts |events(a) ∩ events(b)| for every pair
 * (`countBitsetRows`), in two steps: with a `helper` (and `out` on shared memory) the helper starts
 * taking groups of rows at once, and the returned function takes the rest on this thread and
 * waits for the helper (both threads take groups until none is left). Work done on this thread in
 * between (the eigen-solver) runs beside the helper's counting. Call it exactly once.
 */
export function startCountByBitsets(
  lists: IncidenceLists,
  out: Uint16Array | Uint32Array,
  helper?: KernelHelper,
): () => void {
  const n = lists.nItems;
  const { words, bits } = incidenceBitsets(lists);
  const job = { nItems: n, words, bits, out, wasm: popcountRowsWasm };
  const shared = typeof SharedArrayBuffer === "function" && out.buffer instanceof SharedArrayBuffer;
  if (helper === undefined || !shared || n < 4)
    return () => countBitsetRows({ ...job, rowFrom: 0, rowTo: n }, bitsetRowsKernels);
  // Groups of about 1/64 of the rows: early rows hold more pairs, so the last groups are short work.
  const split = { ...job, rowFrom: 0, rowTo: n, claim: new Int32Array(new SharedArrayBuffer(4)) };
  const rowsPerClaim = Math.max(1, Math.ceil(n / 64));
  const count = { ...split, rowsPerClaim } satisfies BitsetRowsJob;
  const wait = helper.start("countBitsetRows", count);
  return () => {
    try {
      countBitsetRows(count, bitsetRowsKernels);
    } finally {
      wait();
    }
  };
}
