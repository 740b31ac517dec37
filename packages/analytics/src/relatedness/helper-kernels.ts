// The kernels a host may run on a helper thread (common/kernel-helper.ts), and the inner loops they
// call through their `kernels` argument. Each is self-contained, so a host can rebuild every one
// from its source text (`String(fn)`) and call `kernels[name](job, kernels)` there.
import type { HelperKernelName } from "../common/kernel-helper.ts";
import { countBitsetRows } from "./cooccurrence-kernels.ts";
import { foldBuckets, fourRussiansColumns } from "./four-russians-proximity-kernel.ts";
import {
  addPairedRows,
  addRows,
  addWeightedRows,
  fillCooccurrenceColumns,
  fillDenseColumns,
} from "./proximity-row-sums.ts";

export const helperKernels = {
  countBitsetRows,
  fourRussiansColumns,
  addRows,
  addWeightedRows,
  addPairedRows,
  foldBuckets,
  fillDenseColumns,
  fillCooccurrenceColumns,
} as const;

export type HelperKernels = typeof helperKernels;

/** The kernels a job may name (the others are their inner loops). */
export const helperKernelNames: readonly HelperKernelName[] = ["countBitsetRows", "fourRussiansColumns"];
