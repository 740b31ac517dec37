// The kernels a host may run on a helper thread (common/kernel-helper.ts), and the inner loops they
// call through their `kernels` argument. Each is self-contained, so a host can rebuild every one
// from its source text (`String(fn)`) and call `kernels[name](job, kernels)` there.
import type { HelperKernelName, HelperStep } from "../common/kernel-helper.ts";
import { outlookRows } from "./complexity-outlook.ts";
import { countBitsetRows } from "./cooccurrence-kernels.ts";
import { planRegionBlocks, type RegionBlockKernels, regionBlockKernels } from "./four-russians-plan.ts";
import { fourRussiansColumns, fourRussiansKernels } from "./four-russians-proximity-kernel.ts";
import {
  proximityTotalsInOrder,
  type UnitTotalsKernels,
  ubiquityOrder,
  unitProximityTotals,
} from "./proximity-totals.ts";
import type { PrepareProximitySumsJob } from "./proximity-weighted-sums.ts";

/** Runs `steps` in order on one thread (one job for a helper that runs one job at a time). Self-contained. */
export function runSteps(
  job: { readonly steps: readonly HelperStep[] },
  k: Record<string, (job: object, k: object) => void>,
): void {
  for (const step of job.steps) k[step.kernel]!(step.job, k);
}

/** The helper's part of `prepareProximitySums` (proximity-weighted-sums.ts): unit totals, then the plan. */
export function proximitySumsPreparation(
  job: PrepareProximitySumsJob,
  k: UnitTotalsKernels &
    RegionBlockKernels & {
      readonly unitProximityTotals: typeof unitProximityTotals;
      readonly planRegionBlocks: typeof planRegionBlocks;
    },
): void {
  k.unitProximityTotals(job.totals, k);
  if (job.plan !== undefined) k.planRegionBlocks(job.plan, k);
}

/** The steps of `proximitySumsPreparation`. */
const preparationSteps = { planRegionBlocks, unitProximityTotals, ubiquityOrder, proximityTotalsInOrder };

export const helperKernels = {
  countBitsetRows,
  fourRussiansColumns,
  outlookRows,
  proximitySumsPreparation,
  runSteps,
  ...fourRussiansKernels,
  ...regionBlockKernels,
  ...preparationSteps,
} as const satisfies Record<HelperKernelName, unknown>;
