// Formats blocks of table rows on a helper thread while the main thread formats the blocks in
// between: number-to-text is most of the time of writing a big table, and the machines have two
// cores. The helper runs the very same kernels (row-kernels.ts), rebuilt from their source text,
// so both threads write identical bytes. Results come back through shared memory and Atomics
// (the main thread's event loop is busy in a synchronous loop and cannot receive messages).
// Measurements: docs/decisions/0004-writing-tables.md.
import { Worker } from "node:worker_threads";
import {
  type CellBlock,
  formatCellBlock,
  formatPairBlock,
  kernelScratch,
  type PairBlock,
  type RowCodes,
} from "./row-kernels.ts";

/** Bytes of one formatted block (the caller sizes blocks to fit). */
export const blockBytes = 4 << 20;
const slots = 2;
const free = 0;
const posted = 1;
const failed = -1;

// Slot states: 0 free, 1 posted, -1 failed, n >= 2 ready with n - 2 bytes.
const workerSource = (): string => `
var __name = function (f) { return f; };
const { parentPort, workerData } = require("node:worker_threads");
const kernels = {
  scratch: (${kernelScratch.toString()}),
  cells: (${formatCellBlock.toString()}),
  pairs: (${formatPairBlock.toString()}),
};
const state = new Int32Array(workerData.state);
const memory = new Uint8Array(workerData.memory);
const scratch = kernels.scratch();
let codes = null;
parentPort.on("message", (message) => {
  if (message.codes) {
    codes = message.codes;
    return;
  }
  let result = ${failed};
  try {
    const out = memory.subarray(message.slot * ${blockBytes}, (message.slot + 1) * ${blockBytes});
    const length = message.cells
      ? kernels.cells(message.cells, codes, out, scratch)
      : kernels.pairs(message.pairs, codes, out, scratch);
    result = length + 2;
  } catch (error) {
    result = ${failed};
  }
  Atomics.store(state, message.slot, result);
  Atomics.notify(state, message.slot);
});
`;

export class ParallelFormatter {
  private readonly state = new Int32Array(new SharedArrayBuffer(4 * slots));
  private readonly memory = new Uint8Array(new SharedArrayBuffer(blockBytes * slots));
  private readonly worker: Worker;

  constructor() {
    this.worker = new Worker(workerSource(), {
      eval: true,
      workerData: { state: this.state.buffer, memory: this.memory.buffer },
    });
    this.worker.unref();
  }

  /** Sends the codes the next blocks are written with. */
  setCodes(codes: RowCodes): void {
    this.worker.postMessage({ codes });
  }

  /** Queues a block on a free slot and returns the slot, or -1 when every slot is busy. */
  post(
    block: { readonly cells: CellBlock } | { readonly pairs: PairBlock },
    transfer: ArrayBuffer[],
  ): number {
    for (let slot = 0; slot < slots; slot++) {
      if (Atomics.load(this.state, slot) !== free) continue;
      Atomics.store(this.state, slot, posted);
      this.worker.postMessage({ slot, ...block }, transfer);
      return slot;
    }
    return -1;
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

  close(): Promise<number> {
    return this.worker.terminate();
  }
}
