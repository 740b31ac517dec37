import type { RegionActivityMatrix } from "./region-activity-matrix.ts";

export interface DropEmptyResult {
  readonly matrix: RegionActivityMatrix;
  /** Codes removed because every value in them is zero. */
  readonly droppedRegions: readonly string[];
  readonly droppedActivities: readonly string[];
  /** Indexes into the input of the kept rows / columns, so outputs can be re-attached. */
  readonly keptRegionIndex: Int32Array;
  readonly keptActivityIndex: Int32Array;
}

/**
 * Drops all-zero regions and activities. One pass suffices for non-negative data: dropping an
 * all-zero region cannot empty a column that had a non-zero value. A zero
 * row would otherwise give 0/0 RCA, which one established tool turns into "present everywhere".
 */
export function dropEmpty(matrix: RegionActivityMatrix): DropEmptyResult {
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const v = matrix.values;
  const rowNonZero = new Uint8Array(nR);
  const colNonZero = new Uint8Array(nP);
  // Once every column has a non-zero cell, a row needs only its first one: on most data the first
  // rows cover the columns, and the scan of the rest stops after a cell or two.
  let columnsLeft = nP;
  for (let r = 0; r < nR; r++) {
    const base = r * nP;
    if (columnsLeft > 0) {
      for (let p = 0; p < nP; p++) {
        if (v[base + p]! !== 0) {
          rowNonZero[r] = 1;
          if (colNonZero[p] === 0) {
            colNonZero[p] = 1;
            columnsLeft--;
          }
        }
      }
    } else {
      for (let p = 0; p < nP; p++) {
        if (v[base + p]! !== 0) {
          rowNonZero[r] = 1;
          break;
        }
      }
    }
  }
  const keptR: number[] = [];
  const droppedRegions: string[] = [];
  for (let r = 0; r < nR; r++) {
    if (rowNonZero[r]) keptR.push(r);
    else droppedRegions.push(matrix.regions[r]!);
  }
  const keptP: number[] = [];
  const droppedActivities: string[] = [];
  for (let p = 0; p < nP; p++) {
    if (colNonZero[p]) keptP.push(p);
    else droppedActivities.push(matrix.activities[p]!);
  }
  const keptRegionIndex = Int32Array.from(keptR);
  const keptActivityIndex = Int32Array.from(keptP);
  if (keptR.length === nR && keptP.length === nP) {
    return { matrix, droppedRegions, droppedActivities, keptRegionIndex, keptActivityIndex };
  }
  const nP2 = keptP.length;
  const values = new Float64Array(keptR.length * nP2);
  for (let i = 0; i < keptR.length; i++) {
    const src = keptR[i]! * nP;
    const dst = i * nP2;
    for (let j = 0; j < nP2; j++) values[dst + j] = v[src + keptP[j]!]!;
  }
  return {
    matrix: {
      regions: keptR.map((r) => matrix.regions[r]!),
      activities: keptP.map((p) => matrix.activities[p]!),
      values,
    },
    droppedRegions,
    droppedActivities,
    keptRegionIndex,
    keptActivityIndex,
  };
}
