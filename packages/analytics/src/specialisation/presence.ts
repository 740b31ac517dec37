// Binary specialisation M_rp = 1[RCA_rp op threshold] (analytics reference §4.1, pitfall 6).
// Ties matter: integer regional counts often give RCA exactly 1, and floating point can land on
// either side depending on the order of operations. With `exactTies`, a cell whose floating RCA is
// within 1e-9 of the threshold is decided in exact integer arithmetic: x_rp * X op θ * X_r * X_p.
// Two passes over the values: the margins (with the integer check), then RCA and M row by row.
import { AnalyticsError } from "../common/analytics-error.ts";
import type { RegionActivityMatrix } from "../matrix/region-activity-matrix.ts";
import { type MatrixMargins, matrixMargins } from "./matrix-margins.ts";
import { activityShares, perCapitaAdvantage, rcaCell } from "./revealed-comparative-advantage.ts";

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

/** Exact sign of x*X - θ*Xr*Xp for non-negative integers (BigInt when products pass 2^53). */
function exactCompare(x: number, total: number, theta: number, xr: number, xp: number): number {
  const lhs = BigInt(x) * BigInt(total);
  const rhs = BigInt(theta) * BigInt(xr) * BigInt(xp);
  return lhs > rhs ? 1 : lhs < rhs ? -1 : 0;
}

/** presence[i] = 1[ratio[i] op θ] for i in [from, to); ties counted within the 1e-9 window. */
function binariseRange(
  ratio: Float64Array,
  presence: Uint8Array,
  from: number,
  to: number,
  threshold: number,
  strict: boolean,
): number {
  let ties = 0;
  for (let i = from; i < to; i++) {
    const q = ratio[i]!;
    if (Math.abs(q - threshold) <= TIE_WINDOW * threshold) ties++;
    presence[i] = (strict ? q > threshold : q >= threshold) ? 1 : 0;
  }
  return ties;
}

/**
 * RCA and M by RCA, one row at a time (the row of RCA is still in cache when it is binarised).
 * With `exact`, cells within the tie window are decided by `exactCompare` on the integer margins.
 * With `keepRca` false the RCA rows are not kept (`rca` is undefined): callers that need RCA only
 * a band at a time make it again with `fillRcaRow` (the same bits) and never hold R x P of it.
 */
function rcaPresence(
  matrix: RegionActivityMatrix,
  margins: MatrixMargins,
  threshold: number,
  strict: boolean,
  exact: boolean,
  keepRca: boolean,
): { rca: Float64Array | undefined; presence: Uint8Array; ties: number } {
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const values = matrix.values;
  const { regionTotals: xr, activityTotals: xp, total } = margins;
  const share = activityShares(margins);
  const rca = keepRca ? new Float64Array(nR * nP) : undefined;
  const presence = new Uint8Array(nR * nP);
  const window = TIE_WINDOW * threshold;
  let ties = 0;
  for (let r = 0; r < nR; r++) {
    const base = r * nP;
    const rowTotal = xr[r]!;
    for (let p = 0; p < nP; p++) {
      // RCA as `fillRcaRow` makes it (the same bits), in one pass with the test.
      const q = rcaCell(values[base + p]!, rowTotal, share[p]!);
      if (rca !== undefined) rca[base + p] = q;
      // NaN fails this test too, so all-zero rows and columns stay 0. Stored as a number, not
      // through a branch: at 40% ones a branch per cell is mispredicted half the time.
      presence[base + p] = strict ? +(q > threshold) : +(q >= threshold);
      if (Math.abs(q - threshold) <= window) {
        if (exact) {
          const c = exactCompare(values[base + p]!, total, threshold, rowTotal, xp[p]!);
          if (c === 0) ties++;
          presence[base + p] = +(c > 0 || (c === 0 && !strict));
        } else ties++;
      }
    }
  }
  return { rca, presence, ties };
}

/**
 * Presence matrix M from a region x activity matrix. Cells of all-zero rows or columns are 0.
 * Example: with θ = 1 and ">=", x = [[1, 1], [1, 3]] gives M = [[1, 0], [0, 1]].
 */
export function presence(matrix: RegionActivityMatrix, options: PresenceOptions = {}): PresenceResult {
  const basis = options.basis ?? "rca";
  const { threshold, strict, byRca } = presenceByRca(matrix, options, true);
  const rca = byRca.rca!;
  if (basis === "rca") return { presence: byRca.presence, rca, tiesAtThreshold: byRca.ties };
  const population = options.population;
  if (!population || population.length !== matrix.regions.length) {
    throw new AnalyticsError(
      "missing-population",
      `Per-capita presence needs one population value per region (${matrix.regions.length}).`,
    );
  }
  const perCapita = perCapitaAdvantage(matrix, population);
  const byPop = new Uint8Array(rca.length);
  const popTies = binariseRange(perCapita, byPop, 0, rca.length, threshold, strict);
  if (basis === "rpop") return { presence: byPop, rca, tiesAtThreshold: popTies };
  const combined = new Uint8Array(rca.length);
  const sum = options.combine === "sum";
  for (let i = 0; i < combined.length; i++) {
    const a = byRca.presence[i]!;
    const b = byPop[i]!;
    combined[i] = sum ? a + b : a | b;
  }
  return { presence: combined, rca, tiesAtThreshold: byRca.ties + popTies };
}

/** The threshold checked, the margins, and M by RCA (`rcaPresence`), for both entry points below. */
function presenceByRca(
  matrix: RegionActivityMatrix,
  options: Pick<PresenceOptions, "threshold" | "comparison" | "exactTies">,
  keepRca: boolean,
) {
  const threshold = options.threshold ?? 1;
  if (!(threshold > 0) || !Number.isFinite(threshold)) {
    throw new AnalyticsError(
      "invalid-option",
      `The presence threshold must be a positive number, not ${threshold}.`,
    );
  }
  const margins = matrixMargins(matrix);
  const strict = options.comparison === ">";
  // Exact only when every product of integers it forms stays exact: safe-integer data and total.
  const exact =
    (options.exactTies ?? true) &&
    Number.isSafeInteger(threshold) &&
    margins.safeIntegers &&
    margins.total <= Number.MAX_SAFE_INTEGER;
  const byRca = rcaPresence(matrix, margins, threshold, strict, exact, keepRca);
  return { threshold, strict, margins, byRca };
}

/**
 * `presence` with basis "rca" without keeping RCA (R x P doubles): M, the ties, and what makes
 * any row of RCA again with `fillRcaRow` (the same bits as `presence`'s RCA).
 */
export function presenceByRcaRows(
  matrix: RegionActivityMatrix,
  options: Pick<PresenceOptions, "threshold" | "comparison" | "exactTies"> = {},
): { presence: Uint8Array; tiesAtThreshold: number; regionTotals: Float64Array; shares: Float64Array } {
  const { margins, byRca } = presenceByRca(matrix, options, false);
  return {
    presence: byRca.presence,
    tiesAtThreshold: byRca.ties,
    regionTotals: margins.regionTotals,
    shares: activityShares(margins),
  };
}
