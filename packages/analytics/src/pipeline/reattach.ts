// Re-attaching results computed on a matrix without its all-zero rows and columns to the full code
// lists: dropped positions get NaN, so "undefined" never reads as 0 or 1.

/** A length-`size` vector with `values[i]` at `kept[i]` and NaN elsewhere. */
export function expandVector(values: ArrayLike<number>, kept: Int32Array, size: number): Float64Array {
  if (kept.length === size) return Float64Array.from(values);
  const out = new Float64Array(size).fill(Number.NaN);
  for (let i = 0; i < kept.length; i++) out[kept[i]!] = values[i]!;
  return out;
}

/** A full R x P row-major matrix from a kept-rows x kept-columns one; NaN elsewhere (`values` itself when all kept). */
export function expandCells(
  values: Float64Array,
  keptRows: Int32Array,
  keptColumns: Int32Array,
  nRows: number,
  nColumns: number,
): Float64Array {
  // Nothing dropped: the pipeline owns `values`, so it is the result (a copy of 3 x 24 MB at
  // 3,000 x 1,000 cost ~0.2 s of fresh-memory page faults).
  if (keptRows.length === nRows && keptColumns.length === nColumns) return values;
  const out = new Float64Array(nRows * nColumns).fill(Number.NaN);
  const k = keptColumns.length;
  for (let i = 0; i < keptRows.length; i++) {
    const dst = keptRows[i]! * nColumns;
    for (let j = 0; j < k; j++) out[dst + keptColumns[j]!] = values[i * k + j]!;
  }
  return out;
}

/** Like `expandCells` for presence: dropped cells are 0 (an all-zero region is present nowhere). */
export function expandPresence(
  values: Uint8Array,
  keptRows: Int32Array,
  keptColumns: Int32Array,
  nRows: number,
  nColumns: number,
): Uint8Array {
  if (keptRows.length === nRows && keptColumns.length === nColumns) return values;
  const out = new Uint8Array(nRows * nColumns);
  const k = keptColumns.length;
  for (let i = 0; i < keptRows.length; i++) {
    const dst = keptRows[i]! * nColumns;
    for (let j = 0; j < k; j++) out[dst + keptColumns[j]!] = values[i * k + j]!;
  }
  return out;
}
