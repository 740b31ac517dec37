// Binary specialisation M_rp = 1[RCA_rp op threshold] (analytics reference §4.1, pitfall 6).
// Ties matter: integer regional counts often give RCA exactly 1, and floating point can land on
// either side depending on the order of operations. With `exactTies`, a cell whose floating RCA is
// within 1e-9 of the threshold is decided in exact integer arithmetic: x_rp * X op θ * X_r * X_p.
import { AnalyticsError } from "../common/analytics-error.ts";
import { activityTotals, type RegionActivityMatrix, regionTotals } from "../matrix/region-activity-matrix.ts";
import { perCapitaAdvantage, revealedComparativeAdvantage } from "./revealed-comparative-advantage.ts";

export const presenceComparisons = [">=", ">"] as const;
export type PresenceComparison = (typeof presenceComparisons)[number];
export const presenceBases = ["rca", "rpop", "both"] as const;
export type PresenceBasis = (typeof presenceBases)[number];

export interface PresenceOptions {
  /** θ, default 1. */
  readonly threshold?: number;
  /** Default ">=". */
  readonly comparison?: PresenceComparison;
  /** "rca" (default), "rpop" (per capita, needs `population`) or "both". */
  readonly basis?: PresenceBasis;
  readonly population?: ArrayLike<number>;
  /** How "both" combines the two binaries: "or" (Stata, default) or "sum" (py-ecomplexity: M may be 2). */
  readonly combine?: "or" | "sum";
  /** Decide RCA cells at the threshold exactly when the data are integers (default true). */
  readonly exactTies?: boolean;
}

export interface PresenceResult {
  /** Row-major R x P, values 0 or 1 (2 only with basis "both" and combine "sum"). */
  readonly presence: Uint8Array;
  /** RCA, row-major; NaN for cells of all-zero regions or activities. */
  readonly rca: Float64Array;
  /** Cells whose RCA equals the threshold exactly (integer data) or within 1e-9 (other data). */
  readonly tiesAtThreshold: number;
}

const TIE_WINDOW = 1e-9;

function isIntegerMatrix(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (!Number.isSafeInteger(values[i]!)) return false;
  return true;
}

/** Exact sign of x*X - θ*Xr*Xp for non-negative integers (BigInt when products pass 2^53). */
function exactCompare(x: number, total: number, theta: number, xr: number, xp: number): number {
  const lhs = BigInt(x) * BigInt(total);
  const rhs = BigInt(theta) * BigInt(xr) * BigInt(xp);
  return lhs > rhs ? 1 : lhs < rhs ? -1 : 0;
}

function binarise(
  matrix: RegionActivityMatrix,
  ratio: Float64Array,
  threshold: number,
  comparison: PresenceComparison,
  exact: boolean,
): { presence: Uint8Array; ties: number } {
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const presence = new Uint8Array(ratio.length);
  const strict = comparison === ">";
  let ties = 0;
  const xr = exact ? regionTotals(matrix) : undefined;
  const xp = exact ? activityTotals(matrix) : undefined;
  let total = 0;
  if (xr) for (let r = 0; r < nR; r++) total += xr[r]!;
  for (let i = 0; i < ratio.length; i++) {
    const q = ratio[i]!;
    if (Number.isNaN(q)) continue;
    if (Math.abs(q - threshold) <= TIE_WINDOW * threshold) {
      if (xr && xp) {
        const r = Math.floor(i / nP);
        const c = exactCompare(matrix.values[i]!, total, threshold, xr[r]!, xp[i - r * nP]!);
        if (c === 0) ties++;
        presence[i] = c > 0 || (c === 0 && !strict) ? 1 : 0;
        continue;
      }
      ties++;
    }
    presence[i] = (strict ? q > threshold : q >= threshold) ? 1 : 0;
  }
  return { presence, ties };
}

/**
 * Presence matrix M from a region x activity matrix. Cells of all-zero rows or columns are 0.
 * Example: with θ = 1 and ">=", x = [[1, 1], [1, 3]] gives M = [[1, 0], [0, 1]].
 */
export function presence(matrix: RegionActivityMatrix, options: PresenceOptions = {}): PresenceResult {
  const threshold = options.threshold ?? 1;
  const comparison = options.comparison ?? ">=";
  const basis = options.basis ?? "rca";
  if (!(threshold > 0) || !Number.isFinite(threshold)) {
    throw new AnalyticsError(
      "invalid-option",
      `The presence threshold must be a positive number, not ${threshold}.`,
    );
  }
  const rca = revealedComparativeAdvantage(matrix);
  const exact =
    (options.exactTies ?? true) && Number.isSafeInteger(threshold) && isIntegerMatrix(matrix.values);
  const byRca = basis === "rpop" ? undefined : binarise(matrix, rca, threshold, comparison, exact);
  if (basis === "rca") return { presence: byRca!.presence, rca, tiesAtThreshold: byRca!.ties };
  const population = options.population;
  if (!population || population.length !== matrix.regions.length) {
    throw new AnalyticsError(
      "missing-population",
      `Per-capita presence needs one population value per region (${matrix.regions.length}).`,
    );
  }
  const byPop = binarise(matrix, perCapitaAdvantage(matrix, population), threshold, comparison, false);
  if (!byRca) return { presence: byPop.presence, rca, tiesAtThreshold: byPop.ties };
  const combined = new Uint8Array(rca.length);
  const sum = options.combine === "sum";
  for (let i = 0; i < combined.length; i++) {
    const a = byRca.presence[i]!;
    const b = byPop.presence[i]!;
    combined[i] = sum ? a + b : a | b;
  }
  return { presence: combined, rca, tiesAtThreshold: byRca.ties + byPop.ties };
}
