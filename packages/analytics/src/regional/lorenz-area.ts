// Lorenz-area machinery shared by the three Gini variants and the concentration curves (analytics
// reference §4.13): order the units by the ratio of the activity to its reference, accumulate both
// shares, and take G = Σ_i (ν_i π_{i-1} - ν_{i-1} π_i), twice the area between the curve and the
// diagonal (EconGeo's `sum(cind[-1] * cpop[-n]) - sum(cind[-n] * cpop[-1])`). Units with the same
// ratio lie on one straight segment, so the order among ties never changes G.
// The sort (`sort-by-key.ts`) is a radix sort: it runs once per activity, thousands of times.
import { type KeySortScratch, keySortScratch, sortByKey } from "./sort-by-key.ts";

/** Scratch buffers for one column, allocated once per call and reused across activities. */
export interface LorenzScratch {
  /** Inputs by unit: the activity's amount and the reference (population, size, 1). */
  readonly amount: Float64Array;
  readonly reference: Float64Array;
  /** Outputs of `orderByRatio`: the same pairs in ascending order of amount / reference. */
  readonly orderedAmount: Float64Array;
  readonly orderedReference: Float64Array;
  readonly sort: KeySortScratch;
}

export function lorenzScratch(n: number): LorenzScratch {
  return {
    amount: new Float64Array(n),
    reference: new Float64Array(n),
    orderedAmount: new Float64Array(n),
    orderedReference: new Float64Array(n),
    sort: keySortScratch(n),
  };
}

/**
 * Orders units 0..n-1 of `amount` / `reference` ascending by amount / reference into
 * `orderedAmount` / `orderedReference`. A 0/0 ratio counts as 0 (EconGeo: `o[is.na(o)] <- 0`);
 * x/0 is +Infinity and goes last. Units with amount 0 come first without sorting (ratio 0, or
 * NaN -> 0; their order is irrelevant), so the sort only sees the non-zero cells.
 */
export function orderByRatio(s: LorenzScratch, n: number): void {
  const { amount, reference } = s;
  const { keyOfUnit, index } = s.sort;
  let zeros = 0;
  for (let i = 0; i < n; i++) if (amount[i] === 0) index[zeros++] = i;
  let k = zeros;
  for (let i = 0; i < n; i++) {
    const a = amount[i]!;
    if (a !== 0) {
      keyOfUnit[i] = a / reference[i]!;
      index[k++] = i;
    }
  }
  sortByKey(s.sort, zeros, n);
  for (let i = 0; i < n; i++) {
    const unit = index[i]!;
    s.orderedAmount[i] = amount[unit]!;
    s.orderedReference[i] = reference[unit]!;
  }
}

/**
 * G = Σ_{i=2..n} ν_i π_{i-1} - Σ_{i=2..n} ν_{i-1} π_i for ordered amounts and references, with
 * ν, π their cumulative shares. NaN when either total is 0.
 */
export function lorenzArea(amount: Float64Array, reference: Float64Array, n: number): number {
  let totalA = 0;
  let totalB = 0;
  for (let i = 0; i < n; i++) {
    totalA += amount[i]!;
    totalB += reference[i]!;
  }
  let cumA = 0;
  let cumB = 0;
  let previousNu = 0;
  let previousPi = 0;
  let forward = 0;
  let backward = 0;
  for (let i = 0; i < n; i++) {
    cumA += amount[i]!;
    cumB += reference[i]!;
    const nu = cumA / totalA;
    const pi = cumB / totalB;
    forward += nu * previousPi;
    backward += previousNu * pi;
    previousNu = nu;
    previousPi = pi;
  }
  return forward - backward;
}

/**
 * Cumulative-share coordinates of ordered amounts and references, starting at (0, 0): x = π
 * (reference), y = ν (activity). Length n + 1.
 */
export function lorenzCoordinates(
  amount: Float64Array,
  reference: Float64Array,
  n: number,
): { x: Float64Array; y: Float64Array } {
  let totalA = 0;
  let totalB = 0;
  for (let i = 0; i < n; i++) {
    totalA += amount[i]!;
    totalB += reference[i]!;
  }
  const x = new Float64Array(n + 1);
  const y = new Float64Array(n + 1);
  let cumA = 0;
  let cumB = 0;
  for (let i = 0; i < n; i++) {
    cumA += amount[i]!;
    cumB += reference[i]!;
    x[i + 1] = cumB / totalB;
    y[i + 1] = cumA / totalA;
  }
  return { x, y };
}
