// Means, standard deviations and correlations over typed arrays. NaN entries are skipped only where
// a function says so; everything else propagates NaN so that missing data never hides.

/** Arithmetic mean; NaN for an empty array. */
export function mean(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  return sum / n;
}

/**
 * Standard deviation with `ddof` delta degrees of freedom: ddof 0 is the population SD (numpy's
 * default), ddof 1 the sample SD (R's `sd`, pandas' `std`). Two-pass for accuracy.
 */
export function standardDeviation(values: ArrayLike<number>, ddof: 0 | 1 = 1): number {
  const n = values.length;
  if (n - ddof <= 0) return Number.NaN;
  const m = mean(values);
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - m;
    ss += d * d;
  }
  return Math.sqrt(ss / (n - ddof));
}

/** (v - mean) / sd with the given ddof; returns a new array, never mutates. */
export function standardise(values: ArrayLike<number>, ddof: 0 | 1 = 1): Float64Array {
  const m = mean(values);
  const s = standardDeviation(values, ddof);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = (values[i]! - m) / s;
  return out;
}

/** Pearson correlation; NaN when either side has zero variance. */
export function pearsonCorrelation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  if (n !== b.length || n < 2) return Number.NaN;
  const ma = mean(a);
  const mb = mean(b);
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    const da = a[i]! - ma;
    const db = b[i]! - mb;
    sab += da * db;
    saa += da * da;
    sbb += db * db;
  }
  return sab / Math.sqrt(saa * sbb);
}

/** Ranks 1..n with ties given their average rank (R's `rank(ties.method = "average")`). */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => values[i]! - values[j]!);
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && values[order[end]!] === values[order[start]!]) end++;
    const rank = (start + end + 1) / 2;
    for (let k = start; k < end; k++) ranks[order[k]!] = rank;
    start = end;
  }
  return ranks;
}

/** Spearman rank correlation (Pearson on average ranks), as R's `cor(method = "spearman")`. */
export function spearmanCorrelation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return pearsonCorrelation(averageRanks(a), averageRanks(b));
}
