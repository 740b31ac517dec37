// Fitness-Complexity (Tacchella, Cristelli, Caldarelli, Gabrielli & Pietronero 2012, Sci. Rep. 2:723)
// with the extremality γ of Mariani, Vidmer, Medo & Zhang (2015), analytics reference §4.5. Starting
// from F = Q = 1, each update uses the previous iterates (simultaneous):
//   F̃_r = Σ_p M_rp Q_p,  F = F̃ / mean(F̃);   Q̃_p = 1 / (Σ_r M_rp F_r^−γ)^{1/γ},  Q = Q̃ / mean(Q̃).
import { AnalyticsError } from "../common/analytics-error.ts";
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import { gatherSums } from "./gather-sums.ts";

export interface FitnessComplexity {
  /** Region fitness F after the last update (mean 1, no log). */
  readonly fitness: Float64Array;
  /** Activity complexity Q after the last update (mean 1). */
  readonly complexity: Float64Array;
}

/**
 * Runs `updates` simultaneous fitness-complexity updates with extremality `gamma` (> 0; 1 is the
 * original). economiccomplexity's `iterations = 20` is 19 updates; Stata's `pietronero` with
 * `pietnum(50)` is 50 updates with γ = 1. No convergence test and no log transform, as in both
 * tools. M must have no empty row or column.
 *
 * @example fitnessComplexity(toy, 19, 1).fitness // 0.06896635, 0.06896635, 0.16694498, …
 */
export function fitnessComplexity(m: SparsePresence, updates: number, gamma = 1): FitnessComplexity {
  if (!Number.isInteger(updates) || updates < 0) {
    throw new AnalyticsError("invalid-option", `updates must be an integer >= 0; got ${updates}.`);
  }
  if (!(gamma > 0) || !Number.isFinite(gamma)) {
    throw new AnalyticsError(
      "invalid-option",
      `gamma (extremality) must be a positive number; got ${gamma}.`,
    );
  }
  const { nRegions, nActivities, rowStart, rowActivities, colStart, colRegions } = m;
  let fitness: Float64Array = new Float64Array(nRegions).fill(1);
  let complexity: Float64Array = new Float64Array(nActivities).fill(1);
  const weights = new Float64Array(nRegions);
  for (let n = 0; n < updates; n++) {
    const nextF = new Float64Array(nRegions);
    gatherSums(rowStart, rowActivities, complexity, nextF);
    // (1/F_r)^γ once per region, as the tools do: crossprod(M, (1 / F)^γ).
    for (let r = 0; r < nRegions; r++) weights[r] = (1 / fitness[r]!) ** gamma;
    const nextQ = new Float64Array(nActivities);
    gatherSums(colStart, colRegions, weights, nextQ);
    for (let p = 0; p < nActivities; p++) nextQ[p] = 1 / nextQ[p]! ** (1 / gamma);
    fitness = divideByMean(nextF);
    complexity = divideByMean(nextQ);
  }
  return { fitness, complexity };
}

function divideByMean(x: Float64Array): Float64Array {
  let s = 0;
  for (const v of x) s += v;
  const mean = s / x.length;
  return x.map((v) => v / mean);
}
