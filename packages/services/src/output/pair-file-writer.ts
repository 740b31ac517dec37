// Writes proximity.csv on its own thread from the co-occurrence counts, so its 12.5 million rows
// (250 x 5,000) are formatted and written while the main thread computes density and COG and
// writes the other tables: the pairs need nothing but the counts. The thread reads the counts in
// place when they are in shared memory (the engine allocates them so), else gets one copy, and
// writes to the table's file descriptor itself; the main thread waits for it with Atomics only
// when it must (before the next period, or the end).
import { Worker } from "node:worker_threads";
import {
  type CountPairs,
  emitCountPairRows,
  formatCountPairRows,
  packCodes,
  pairTexts,
} from "./count-pair-rows.ts";

/** A write failure on the pair thread, as a Node-style message when the errno is known. */
export class PairWriteError extends Error {
  constructor(readonly errno: number) {
    super(errno === -28 ? "no space left on device" : `write failed (errno ${errno})`);
  }
}

/** Bytes formatted per write system call (more when a single row needs more); 1 MiB stays in cache. */
const chunkBytes = 1 << 20;
const running = 0;
const done = 1;
/** Any other state is a failure: the errno (negative), or this for an error without one. */
const failedWithoutErrno = -100000;

const workerSource = (): string => `
var __name = function (f) { return f; };
const { parentPort, workerData } = require("node:worker_threads");
const { writeSync } = require("node:fs");
const format = (${formatCountPairRows.toString()});
const textsFor = (${pairTexts.toString()});
const emitAll = (${emitCountPairRows.toString()});
const state = new Int32Array(workerData.state);
parentPort.on("message", ({ fd, pairs, codes, rowBytes }) => {
  let result = ${done};
  try {
    const nP = codes.packed.start.length - 1;
    const out = new Uint8Array(Math.max(${chunkBytes}, nP * rowBytes));
    emitAll(pairs, codes, rowBytes, out, textsFor(pairs.events), format, (bytes, length) => {
      let written = 0;
      while (written < length) written += writeSync(fd, bytes, written, length - written);
    });
  } catch (error) {
    result = error && typeof error.errno === "number" && error.errno < 0 ? error.errno : ${failedWithoutErrno};
  }
  Atomics.store(state, 0, result);
  Atomics.notify(state, 0);
});
`;

export class PairFileWriter {
  private readonly state = new Int32Array(new SharedArrayBuffer(4));
  private readonly worker: Worker;
  private busy = false;

  constructor() {
    this.worker = new Worker(workerSource(), { eval: true, workerData: { state: this.state.buffer } });
    this.worker.unref();
  }

  /**
   * Starts appending the pair rows of `pairs` to `fd` (at its current position; nothing else may
   * write to it until `wait`). `rowBytes`: the longest row, time prefix and newline included.
   */
  start(
    fd: number,
    pairs: CountPairs,
    codes: { readonly activityFields: readonly Uint8Array[]; readonly timePrefix: Uint8Array },
    rowBytes: number,
  ): void {
    this.wait();
    // Counts in shared memory (the engine's, in Node) are read in place; others are copied once.
    const shared = pairs.counts.buffer instanceof SharedArrayBuffer;
    const counts = shared ? pairs.counts : pairs.counts.slice();
    Atomics.store(this.state, 0, running);
    this.busy = true;
    const packed = { packed: packCodes(codes.activityFields), timePrefix: codes.timePrefix };
    const message = { fd, pairs: { ...pairs, counts }, codes: packed, rowBytes };
    this.worker.postMessage(message, shared ? [] : [counts.buffer as ArrayBuffer]);
  }

  /** Waits until the rows started last are written; throws if writing them failed. */
  wait(): void {
    if (!this.busy) return;
    while (Atomics.load(this.state, 0) === running) Atomics.wait(this.state, 0, running);
    this.busy = false;
    const result = Atomics.load(this.state, 0);
    if (result === failedWithoutErrno) throw new Error("the proximity table could not be written");
    if (result !== done) throw new PairWriteError(result);
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}
