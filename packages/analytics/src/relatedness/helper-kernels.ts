// The kernels a host may run on a helper thread (common/kernel-helper.ts), and the inner loops they
// call through their `kernels` argument. Each is self-contained, so a host can rebuild every one
// from its source text (`String(fn)`) and call `kernels[name](job, kernels)` there.
import type { HelperKernelName } from "../common/kernel-helper.ts";
import { outlookRows } from "./complexity-outlook.ts";
import { countBitsetRows } from "./cooccurrence-kernels.ts";
import { fourRussiansColumns, fourRussiansKernels } from "./four-russians-proximity-kernel.ts";

export const helperKernels = {
  countBitsetRows,
  fourRussiansColumns,
  outlookRows,
  ...fourRussiansKernels,
} as const satisfies Record<HelperKernelName, unknown>;
