// Lorenz-area machinery shared by the three Gini variants and the concentration curves (analytics
// reference §4.13): order the units by the ratio of the activity to its reference, accumulate both
// shares, and take G = Σ_i (ν_i π_{i-1} - ν_{i-1} π_i), twice the area between the curve and the
// diagonal (EconGeo's `sum(cind[-1] * cpop[-n]) - sum(cind[-n] * cpop[-1])`). Units with the same
// ratio lie on one straight segment, so the order among ties never changes G.
// The sort is a hand-written stable merge sort over (key, index) pairs: a comparator callback to
// Array#sort costs several times more, and it runs once per activity (thousands of times).

const INSERTION_RUN = 16;

/** Scratch buffers for one column, allocated once per call and reused across activities. */
export interface LorenzScratch {
  /** Inputs by unit: the activity's amount and the reference (population, size, 1). */
  readonly amount: Float64Array;
  readonly reference: Float64Array;
  /** Outputs of `orderByRatio`: the same pairs in ascending order of amount / reference. */
  readonly orderedAmount: Float64Array;
  readonly orderedReference: Float64Array;
  readonly keys: Float64Array;
  readonly index: Int32Array;
  readonly spareKeys: Float64Array;
  readonly spareIndex: Int32Array;
}

export function lorenzScratch(n: number): LorenzScratch {
  return {
    amount: new Float64Array(n),
    reference: new Float64Array(n),
    orderedAmount: new Float64Array(n),
    orderedReference: new Float64Array(n),
    keys: new Float64Array(n),
    index: new Int32Array(n),
    spareKeys: new Float64Array(n),
    spareIndex: new Int32Array(n),
  };
}

/** Merges the sorted runs [left, middle) and [middle, right) of (keys, index) into (outKeys, outIndex). */
function mergeRuns(
  keys: Float64Array,
  index: Int32Array,
  outKeys: Float64Array,
  outIndex: Int32Array,
  left: number,
  middle: number,
  right: number,
): void {
  let i = left;
  let j = middle;
  let k = left;
  while (i < middle && j < right) {
    // Branch-free step: random keys make an if/else mispredict half the time.
    const a = keys[i]!;
    const b = keys[j]!;
    const fromRight = +(b < a); // 1 takes from the right run
    outKeys[k] = fromRight ? b : a;
    outIndex[k++] = fromRight ? index[j]! : index[i]!;
    j += fromRight;
    i += 1 - fromRight;
  }
  while (i < middle) {
    outKeys[k] = keys[i]!;
    outIndex[k++] = index[i++]!;
  }
  while (j < right) {
    outKeys[k] = keys[j]!;
    outIndex[k++] = index[j++]!;
  }
}

/** Stable ascending sort of keys[from..to) carrying index[] along (bottom-up merge sort). */
function sortPairs(s: LorenzScratch, from: number, to: number): void {
  const keys = s.keys;
  const index = s.index;
  for (let start = from; start < to; start += INSERTION_RUN) {
    const end = Math.min(start + INSERTION_RUN, to);
    for (let i = start + 1; i < end; i++) {
      const k = keys[i]!;
      const x = index[i]!;
      let j = i - 1;
      while (j >= start && keys[j]! > k) {
        keys[j + 1] = keys[j]!;
        index[j + 1] = index[j]!;
        j--;
      }
      keys[j + 1] = k;
      index[j + 1] = x;
    }
  }
  let inMain = true; // where the current runs live: (keys, index) or (spareKeys, spareIndex)
  for (let width = INSERTION_RUN; width < to - from; width *= 2) {
    const sourceKeys = inMain ? keys : s.spareKeys;
    const sourceIndex = inMain ? index : s.spareIndex;
    const targetKeys = inMain ? s.spareKeys : keys;
    const targetIndex = inMain ? s.spareIndex : index;
    for (let left = from; left < to; left += 2 * width) {
      const middle = Math.min(left + width, to);
      const right = Math.min(left + 2 * width, to);
      mergeRuns(sourceKeys, sourceIndex, targetKeys, targetIndex, left, middle, right);
    }
    inMain = !inMain;
  }
  if (!inMain) {
    keys.set(s.spareKeys.subarray(from, to), from);
    index.set(s.spareIndex.subarray(from, to), from);
  }
}

/**
 * Orders units 0..n-1 of `amount` / `reference` ascending by amount / reference into
 * `orderedAmount` / `orderedReference`. A 0/0 ratio counts as 0 (EconGeo: `o[is.na(o)] <- 0`);
 * x/0 is +Infinity and goes last. Units with amount 0 come first without sorting (ratio 0, or
 * NaN -> 0; their order is irrelevant), so the sort only sees the non-zero cells.
 */
export function orderByRatio(s: LorenzScratch, n: number): void {
  const { amount, reference, keys, index } = s;
  let zeros = 0;
  for (let i = 0; i < n; i++) if (amount[i] === 0) index[zeros++] = i;
  let k = zeros;
  for (let i = 0; i < n; i++) {
    const a = amount[i]!;
    if (a !== 0) {
      keys[k] = a / reference[i]!;
      index[k++] = i;
    }
  }
  sortPairs(s, zeros, n);
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
