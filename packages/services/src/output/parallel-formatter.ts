// Formats blocks of table rows on a helper thread while the main thread formats the blocks in
// between: number-to-text is most of the time of writing a big table, and the machines have two
// cores. The helper runs the very same kernels (row-kernels.ts), rebuilt from their source text,
// so both threads write identical bytes. A block's numbers go to the helper through shared memory
// too (copied into its slot: slices handed over as new buffers cost page faults and garbage
// collections), and results come back through shared memory and Atomics (the main thread's event
// loop is busy in a synchronous loop and cannot receive messages).
// Measurements: docs/decisions/0004-writing-tables.md.
//
// The same thread is the engine's `KernelHelper` (decision 0013): it shares the co-occurrence
// counts and the density / COG product with the main thread (both take parts from one shared
// counter), running the analytics kernels of `helperKernels`, rebuilt from their source text.
// Before that, it parses the second half of a big input file (`startParse`, parse-rows-kernel.ts;
// decision 0003, amended), so the CLI starts it before reading.
import { Worker } from "node:worker_threads";
import { type HelperKernelName, helperKernels, type KernelHelper } from "@smartspec/analytics";
import type { ParseHelper } from "../input/parallel-parse.ts";
import { type ParseRowsJob, parseRowsKernel } from "../input/parse-rows-kernel.ts";
import {
  type CellBlock,
  formatCellBlock,
  formatPairBlock,
  type PairBlock,
  pairScratch,
  type RowCodes,
} from "./row-kernels.ts";
import { shortestNumberTables, writeShortestNumber } from "./shortest-number.ts";
import { shortestNumberWasm } from "./shortest-number-wasm.ts";

/**
 * Bytes of one formatted block (the caller sizes blocks to fit). 1 MiB, not 4: the slots, the
 * input copies and the main thread's own block buffer took 15 MiB less at 3,000 x 1,000, and the
 * smaller blocks stay in cache (250 x 5,000 measured 0.2 s faster; docs/benchmarks.md).
 */
export const blockBytes = 1 << 20;
/** Bytes of one block's numbers: a cell takes 33 (four doubles and M), a pair 8 (callers size blocks to fit). */
export const inputBytes = 512 << 10;
const slots = 2;
const free = 0;
const posted = 1;
const failed = -1;
/** state[kernelState]: 0 idle, 1 a kernel running, 2 done, -1 failed. */
const kernelState = slots;
const kernelRunning = 1;
const kernelDone = 2;

// Slot states: 0 free, 1 posted, -1 failed, n >= 2 ready with n - 2 bytes.
const workerSource = (): string => `
var __name = function (f) { return f; };
const { parentPort, workerData } = require("node:worker_threads");
const analytics = {
${Object.entries(helperKernels)
  .map(([name, kernel]) => `  ${name}: (${kernel.toString()}),`)
  .join("\n")}
};
const kernels = {
  pairScratch: (${pairScratch.toString()}),
  shortestNumberTables: (${shortestNumberTables.toString()}),
  writeShortestNumber: (${writeShortestNumber.toString()}),
  cells: (${formatCellBlock.toString()}),
  pairs: (${formatPairBlock.toString()}),
  parseRows: (${parseRowsKernel.toString()}),
};
const state = new Int32Array(workerData.state);
const memory = new Uint8Array(workerData.memory);
const doubles = new Float64Array(workerData.input);
const bytes = new Uint8Array(workerData.input);
function cellsIn(slot, firstCell, cellCount) {
  const at = (slot * ${inputBytes}) / 8;
  const n = cellCount;
  return {
    firstCell,
    cellCount,
    values: doubles.subarray(at, at + n),
    rca: doubles.subarray(at + n, at + 2 * n),
    density: doubles.subarray(at + 2 * n, at + 3 * n),
    cog: doubles.subarray(at + 3 * n, at + 4 * n),
    presence: bytes.subarray(8 * (at + 4 * n), 8 * (at + 4 * n) + n),
  };
}
function pairsIn(slot, firstRow, rowCount, count) {
  const at = (slot * ${inputBytes}) / 8;
  return { firstRow, rowCount, values: doubles.subarray(at, at + count) };
}
let collectGarbage = () => {};
try {
  require("node:v8").setFlagsFromString("--expose-gc");
  collectGarbage = require("node:vm").runInNewContext("gc");
} catch {}
// A failure here must not leave the main thread waiting for an answer: every block then fails.
let scratch = null;
try {
  scratch = {
    ...kernels.pairScratch(),
    shortest: kernels.shortestNumberTables(workerData.shortestWasm),
    writeShortest: kernels.writeShortestNumber,
  };
} catch {}
let codes = null;
function unpack({ bytes, start }) {
  const fields = [];
  for (let i = 0; i + 1 < start.length; i++) fields.push(bytes.subarray(start[i], start[i + 1]));
  return fields;
}
parentPort.on("message", (message) => {
  if (message.kernel || message.parse) {
    let result = ${failed};
    try {
      if (message.parse) kernels.parseRows(message.parse);
      else analytics[message.kernel](message.job, analytics);
      result = ${kernelDone};
    } catch {}
    Atomics.store(state, ${kernelState}, result);
    Atomics.notify(state, ${kernelState});
    // The parse job shares the file's bytes and its outputs (tens of MB): this thread's copies of
    // them must be collected now, not whenever this idle heap next fills, or they stay in memory.
    if (message.parse) setImmediate(collectGarbage);
    return;
  }
  if (message.codes) {
    const { regions, activities, timePrefix } = message.codes;
    codes = { regionFields: unpack(regions), activityFields: unpack(activities), timePrefix };
    return;
  }
  let result = ${failed};
  try {
    const out = memory.subarray(message.slot * ${blockBytes}, (message.slot + 1) * ${blockBytes});
    const { slot, cells, pairs } = message;
    const length = cells
      ? kernels.cells(cellsIn(slot, cells.firstCell, cells.cellCount), codes, out, scratch)
      : kernels.pairs(pairsIn(slot, pairs.firstRow, pairs.rowCount, pairs.count), codes, out, scratch);
    result = length + 2;
  } catch (error) {
    result = ${failed};
  }
  Atomics.store(state, message.slot, result);
  Atomics.notify(state, message.slot);
});
`;

export class ParallelFormatter implements KernelHelper, ParseHelper {
  private readonly state = new Int32Array(new SharedArrayBuffer(4 * (slots + 1)));
  private readonly memory = new Uint8Array(new SharedArrayBuffer(blockBytes * slots));
  private readonly input = new SharedArrayBuffer(inputBytes * slots);
  private readonly doubles = new Float64Array(this.input);
  private readonly bytes = new Uint8Array(this.input);
  private readonly worker: Worker;

  constructor() {
    this.worker = new Worker(workerSource(), {
      eval: true,
      workerData: {
        state: this.state.buffer,
        memory: this.memory.buffer,
        input: this.input,
        shortestWasm: shortestNumberWasm(),
      },
    });
    this.worker.unref();
  }

  private codesSent: RowCodes | undefined;

  /**
   * Sends the codes the next blocks are written with (packed into one buffer per side: cloning
   * thousands of small arrays cost ~0.1 s per message), unless they are the ones sent last.
   */
  setCodes(codes: RowCodes): void {
    const last = this.codesSent;
    if (
      last !== undefined &&
      last.regionFields === codes.regionFields &&
      last.activityFields === codes.activityFields &&
      last.timePrefix.length === codes.timePrefix.length &&
      last.timePrefix.every((b, i) => codes.timePrefix[i] === b)
    )
      return;
    this.codesSent = codes;
    const pack = (fields: readonly Uint8Array[]) => {
      const start = new Int32Array(fields.length + 1);
      for (let i = 0; i < fields.length; i++) start[i + 1] = start[i]! + fields[i]!.length;
      const bytes = new Uint8Array(start[fields.length]!);
      for (let i = 0; i < fields.length; i++) bytes.set(fields[i]!, start[i]!);
      return { bytes, start };
    };
    const packed = {
      regions: pack(codes.regionFields),
      activities: pack(codes.activityFields),
      timePrefix: codes.timePrefix,
    };
    this.worker.postMessage({ codes: packed });
  }

  hasFreeSlot(): boolean {
    for (let slot = 0; slot < slots; slot++) if (Atomics.load(this.state, slot) === free) return true;
    return false;
  }

  /**
   * Copies a block's numbers to a free slot, queues it and returns the slot, or -1 when every slot
   * is busy. The block's arrays may be reused as soon as this returns.
   */
  post(block: { readonly cells: CellBlock } | { readonly pairs: PairBlock }): number {
    for (let slot = 0; slot < slots; slot++) {
      if (Atomics.load(this.state, slot) !== free) continue;
      const at = (slot * inputBytes) / 8;
      if ("cells" in block) {
        const { firstCell, cellCount: n, values, rca, density, cog, presence } = block.cells;
        if (33 * n > inputBytes) throw new Error(`a block of ${n} cells does not fit the helper's input`);
        this.doubles.set(values, at);
        this.doubles.set(rca, at + n);
        this.doubles.set(density, at + 2 * n);
        this.doubles.set(cog, at + 3 * n);
        this.bytes.set(presence, 8 * (at + 4 * n));
        Atomics.store(this.state, slot, posted);
        this.worker.postMessage({ slot, cells: { firstCell, cellCount: n } });
      } else {
        const { firstRow, rowCount, values } = block.pairs;
        if (8 * values.length > inputBytes)
          throw new Error(`a block of ${values.length} pairs does not fit the helper's input`);
        this.doubles.set(values, at);
        Atomics.store(this.state, slot, posted);
        this.worker.postMessage({ slot, pairs: { firstRow, rowCount, count: values.length } });
      }
      return slot;
    }
    return -1;
  }

  /** Whether a posted slot's block is formatted (or failed): `take` would not wait. */
  isReady(slot: number): boolean {
    return Atomics.load(this.state, slot) !== posted;
  }

  /** Waits for a posted slot and returns its bytes (valid until `release`). */
  take(slot: number): Uint8Array {
    while (Atomics.load(this.state, slot) === posted) Atomics.wait(this.state, slot, posted);
    const result = Atomics.load(this.state, slot);
    if (result === failed) throw new Error("the helper thread could not format a block of rows");
    return this.memory.subarray(slot * blockBytes, slot * blockBytes + result - 2);
  }

  release(slot: number): void {
    Atomics.store(this.state, slot, free);
  }

  sharedFloat64(length: number): Float64Array {
    return new Float64Array(new SharedArrayBuffer(8 * length));
  }

  /** Runs an analytics kernel on the helper thread (`KernelHelper`); one at a time. */
  start(name: HelperKernelName, job: object): () => void {
    return this.run(name, { kernel: name, job });
  }

  /** Parses the rows of `job` on the helper thread (`ParseHelper`, a big file's second half). */
  startParse(job: ParseRowsJob): () => void {
    return this.run("the rows of the file", { parse: job });
  }

  private run(name: string, message: object): () => void {
    if (Atomics.load(this.state, kernelState) === kernelRunning)
      throw new Error("the helper thread is already running a kernel");
    Atomics.store(this.state, kernelState, kernelRunning);
    this.worker.postMessage(message);
    return () => {
      while (Atomics.load(this.state, kernelState) === kernelRunning)
        Atomics.wait(this.state, kernelState, kernelRunning);
      const result = Atomics.exchange(this.state, kernelState, 0);
      if (result !== kernelDone) throw new Error(`the helper thread could not compute ${name}`);
    };
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}
