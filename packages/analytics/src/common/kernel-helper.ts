// A second thread that a host (the CLI, on Node) lends to the heaviest kernels: co-occurrence
// counting, the density / outlook sums over region blocks, and the rows of ω, COG and COI. The analytics package stays pure: it never starts a
// thread. The host runs the kernels of `helperKernels` (relatedness/helper-kernels.ts) on its thread,
// rebuilt from their source text, so each is self-contained: it names no import and no module
// constant, and calls the others only through the `kernels` object it is given. A kernel's output is
// split by rows or columns (never a sum across threads), so every number is computed by the same
// arithmetic in the same order as on one thread: the results are the same bits.

/** The kernels a helper can run (keys of `helperKernels`). */
export type HelperKernelName = "countBitsetRows" | "fourRussiansColumns" | "outlookRows";

export interface KernelHelper {
  /** A zero-filled Float64Array both threads can write (on a SharedArrayBuffer). */
  sharedFloat64(length: number): Float64Array;
  /**
   * Starts kernel `name` on the helper thread with `job` (sent by structured clone: arrays on shared
   * memory are shared, the others copied) and returns a function that blocks until the kernel has
   * finished, throwing if it failed. Call the returned function exactly once.
   */
  start(name: HelperKernelName, job: object): () => void;
}
