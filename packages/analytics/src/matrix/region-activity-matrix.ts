/**
 * A dense region x activity matrix of non-negative values (employment, exports, counts), row-major:
 * `values[r * activities.length + p]` is region r's value in activity p. Codes are text and keep
 * their leading zeros (`0011`). Kernels never write to `values`.
 */
export interface RegionActivityMatrix {
  readonly regions: readonly string[];
  readonly activities: readonly string[];
  readonly values: Float64Array;
}

/** Row totals X_r. */
export function regionTotals(matrix: RegionActivityMatrix): Float64Array {
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const totals = new Float64Array(nR);
  const v = matrix.values;
  for (let r = 0; r < nR; r++) {
    let s = 0;
    const base = r * nP;
    for (let p = 0; p < nP; p++) s += v[base + p]!;
    totals[r] = s;
  }
  return totals;
}

/** Column totals X_p. */
export function activityTotals(matrix: RegionActivityMatrix): Float64Array {
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const totals = new Float64Array(nP);
  const v = matrix.values;
  for (let r = 0; r < nR; r++) {
    const base = r * nP;
    for (let p = 0; p < nP; p++) totals[p]! += v[base + p]!;
  }
  return totals;
}

/** Builds a matrix from nested rows (tests, small inputs). Copies the numbers. */
export function matrixFromRows(
  regions: readonly string[],
  activities: readonly string[],
  rows: readonly (readonly number[])[],
): RegionActivityMatrix {
  const nP = activities.length;
  const values = new Float64Array(regions.length * nP);
  rows.forEach((row, r) => {
    for (let p = 0; p < nP; p++) values[r * nP + p] = row[p] ?? 0;
  });
  return { regions: [...regions], activities: [...activities], values };
}
