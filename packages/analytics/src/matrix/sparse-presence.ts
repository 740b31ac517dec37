/**
 * A binary presence matrix in both compressed forms: CSR (the activities present in each region,
 * ascending) and CSC (the regions present in each activity, ascending). Kernels over M iterate
 * these instead of the dense R x P array, so their cost follows the number of ones.
 */
export interface SparsePresence {
  readonly nRegions: number;
  readonly nActivities: number;
  /** Region r's activities are `rowActivities[rowStart[r] .. rowStart[r + 1])`. */
  readonly rowStart: Int32Array;
  readonly rowActivities: Int32Array;
  /** Activity p's regions are `colRegions[colStart[p] .. colStart[p + 1])`. */
  readonly colStart: Int32Array;
  readonly colRegions: Int32Array;
}

/** Compresses a dense row-major presence matrix; any non-zero cell counts as present. */
export function sparsePresence(
  presence: ArrayLike<number>,
  nRegions: number,
  nActivities: number,
): SparsePresence {
  const rowStart = new Int32Array(nRegions + 1);
  const colCount = new Int32Array(nActivities);
  let nnz = 0;
  for (let r = 0; r < nRegions; r++) {
    const base = r * nActivities;
    for (let p = 0; p < nActivities; p++) {
      if (presence[base + p]! !== 0) {
        nnz++;
        colCount[p]!++;
      }
    }
    rowStart[r + 1] = nnz;
  }
  const rowActivities = new Int32Array(nnz);
  const colStart = new Int32Array(nActivities + 1);
  for (let p = 0; p < nActivities; p++) colStart[p + 1] = colStart[p]! + colCount[p]!;
  const colRegions = new Int32Array(nnz);
  const cursor = colStart.slice(0, nActivities);
  let k = 0;
  for (let r = 0; r < nRegions; r++) {
    const base = r * nActivities;
    for (let p = 0; p < nActivities; p++) {
      if (presence[base + p]! !== 0) {
        rowActivities[k++] = p;
        colRegions[cursor[p]!++] = r;
      }
    }
  }
  return { nRegions, nActivities, rowStart, rowActivities, colStart, colRegions };
}
