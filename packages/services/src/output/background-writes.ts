// Moves the write system calls of big tables to a helper thread, so the main thread formats the
// next rows while the previous MiB goes to the disk (on this machine the writes of a 250 x 5,000
// run took ~0.9 s of the main thread: docs/decisions/0004-writing-tables.md).
//
// A ring of buffers in shared memory: the main thread fills a free slot and posts its index; the
// worker writes it with writeSync (file descriptors are shared by the whole process) and marks the
// slot free again with Atomics, so the main thread never waits on its own blocked event loop.
import { Worker } from "node:worker_threads";

const slotBytes = 1 << 20;
const slots = 8;
/** state[slot]: 0 free, 1 queued for writing, 2 being filled by a writer. state[slots]: the first
 * write error's errno (negative), or 0. Only the main thread takes slots (0 -> 2, 2 -> 1); only the
 * helper frees them (1 -> 0). */
const errorIndex = slots;

const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const { writeSync } = require("node:fs");
const state = new Int32Array(workerData.state);
const memory = new Uint8Array(workerData.memory);
parentPort.on("message", ({ fd, slot, length }) => {
  const buffer = memory.subarray(slot * ${slotBytes}, slot * ${slotBytes} + length);
  try {
    if (Atomics.load(state, ${errorIndex}) === 0) {
      let done = 0;
      while (done < length) done += writeSync(fd, buffer, done, length - done);
    }
  } catch (error) {
    Atomics.store(state, ${errorIndex}, typeof error.errno === "number" ? error.errno : -1);
  }
  Atomics.store(state, slot, 0);
  Atomics.notify(state, slot);
});
`;

/** Write failures reported by the helper thread, as a Node-style error with `code` when known. */
export class BackgroundWriteError extends Error {
  constructor(readonly errno: number) {
    super(errno === -28 ? "no space left on device" : `write failed (errno ${errno})`);
  }
}

export class BackgroundWrites {
  private readonly state = new Int32Array(new SharedArrayBuffer(4 * (slots + 1)));
  private readonly memory = new Uint8Array(new SharedArrayBuffer(slotBytes * slots));
  private readonly worker: Worker;
  private next = 0;

  constructor() {
    this.worker = new Worker(workerSource, {
      eval: true,
      workerData: { state: this.state.buffer, memory: this.memory.buffer },
    });
    this.worker.unref();
  }

  /** A free buffer of `slotBytes` to fill (waits for the helper when all are queued). */
  acquire(): { slot: number; buffer: Uint8Array } {
    this.throwIfFailed();
    for (;;) {
      for (let k = 0; k < slots; k++) {
        const slot = (this.next + k) % slots;
        if (Atomics.compareExchange(this.state, slot, 0, 2) === 0) {
          this.next = (slot + 1) % slots;
          return { slot, buffer: this.memory.subarray(slot * slotBytes, (slot + 1) * slotBytes) };
        }
      }
      let queued = -1;
      for (let k = 0; k < slots && queued < 0; k++)
        if (Atomics.load(this.state, (this.next + k) % slots) === 1) queued = (this.next + k) % slots;
      if (queued < 0) throw new Error("every write buffer is held by a writer");
      Atomics.wait(this.state, queued, 1);
      this.throwIfFailed();
    }
  }

  /** Queues `length` bytes of `slot` for writing to `fd` (in order with earlier writes). */
  submit(fd: number, slot: number, length: number): void {
    Atomics.store(this.state, slot, 1);
    this.worker.postMessage({ fd, slot, length });
  }

  /** Gives back a slot that was taken but not filled. */
  release(slot: number): void {
    Atomics.compareExchange(this.state, slot, 2, 0);
  }

  /** Waits until every queued write is done; throws if one failed. */
  drain(): void {
    for (let slot = 0; slot < slots; slot++) {
      while (Atomics.load(this.state, slot) === 1) Atomics.wait(this.state, slot, 1);
    }
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    const errno = Atomics.load(this.state, errorIndex);
    if (errno !== 0) throw new BackgroundWriteError(errno);
  }

  /** Stops the helper thread (after `drain`). */
  close(): Promise<number> {
    return this.worker.terminate();
  }
}

export const backgroundSlotBytes = slotBytes;
