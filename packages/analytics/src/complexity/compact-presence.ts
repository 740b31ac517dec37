// Drops regions and activities without any presence from a sparse M, keeping the maps back to the
// input, so that kernels solve on the non-empty part and re-attach NaN (analytics reference §5,
// pitfall 3: every tool drops such rows/columns before its complexity step, or divides 0 by 0).
import type { SparsePresence } from "../matrix/sparse-presence.ts";

export interface CompactPresence {
  readonly presence: SparsePresence;
  /** Input index of each kept region / activity. */
  readonly keptRegions: Int32Array;
  readonly keptActivities: Int32Array;
  /** Diversity k_r0 and ubiquity k_p0 of the kept regions / activities (all >= 1). */
  readonly diversity: Float64Array;
  readonly ubiquity: Float64Array;
}

/** Diversity k_r0 of every region of a sparse M. */
export function sparseDiversity(m: SparsePresence): Float64Array {
  const out = new Float64Array(m.nRegions);
  for (let r = 0; r < m.nRegions; r++) out[r] = m.rowStart[r + 1]! - m.rowStart[r]!;
  return out;
}

/** Ubiquity k_p0 of every activity of a sparse M. */
export function sparseUbiquity(m: SparsePresence): Float64Array {
  const out = new Float64Array(m.nActivities);
  for (let p = 0; p < m.nActivities; p++) out[p] = m.colStart[p + 1]! - m.colStart[p]!;
  return out;
}

/**
 * Returns M restricted to regions and activities with at least one presence (one pass suffices:
 * removing an empty row cannot empty a column). The input is returned as is when nothing is empty.
 */
export function compactPresence(m: SparsePresence): CompactPresence {
  const kr: number[] = [];
  const kp: number[] = [];
  for (let r = 0; r < m.nRegions; r++) if (m.rowStart[r + 1]! > m.rowStart[r]!) kr.push(r);
  for (let p = 0; p < m.nActivities; p++) if (m.colStart[p + 1]! > m.colStart[p]!) kp.push(p);
  const keptRegions = Int32Array.from(kr);
  const keptActivities = Int32Array.from(kp);
  let presence = m;
  if (kr.length !== m.nRegions || kp.length !== m.nActivities) {
    const regionIndex = new Int32Array(m.nRegions).fill(-1);
    const activityIndex = new Int32Array(m.nActivities).fill(-1);
    for (let i = 0; i < keptRegions.length; i++) regionIndex[keptRegions[i]!] = i;
    for (let j = 0; j < keptActivities.length; j++) activityIndex[keptActivities[j]!] = j;
    const rowStart = new Int32Array(kr.length + 1);
    const colStart = new Int32Array(kp.length + 1);
    for (let i = 0; i < kr.length; i++) {
      const r = keptRegions[i]!;
      rowStart[i + 1] = rowStart[i]! + m.rowStart[r + 1]! - m.rowStart[r]!;
    }
    for (let j = 0; j < kp.length; j++) {
      const p = keptActivities[j]!;
      colStart[j + 1] = colStart[j]! + m.colStart[p + 1]! - m.colStart[p]!;
    }
    const rowActivities = new Int32Array(m.rowActivities.length);
    const colRegions = new Int32Array(m.colRegions.length);
    for (let i = 0; i < kr.length; i++) {
      const r = keptRegions[i]!;
      let out = rowStart[i]!;
      for (let k = m.rowStart[r]!; k < m.rowStart[r + 1]!; k++)
        rowActivities[out++] = activityIndex[m.rowActivities[k]!]!;
    }
    for (let j = 0; j < kp.length; j++) {
      const p = keptActivities[j]!;
      let out = colStart[j]!;
      for (let k = m.colStart[p]!; k < m.colStart[p + 1]!; k++)
        colRegions[out++] = regionIndex[m.colRegions[k]!]!;
    }
    presence = { nRegions: kr.length, nActivities: kp.length, rowStart, rowActivities, colStart, colRegions };
  }
  return {
    presence,
    keptRegions,
    keptActivities,
    diversity: sparseDiversity(presence),
    ubiquity: sparseUbiquity(presence),
  };
}

/** Scatters `values` (one per kept index) into a new array of length `n`, NaN elsewhere. */
export function reattach(values: ArrayLike<number>, kept: Int32Array, n: number): Float64Array {
  const out = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < kept.length; i++) out[kept[i]!] = values[i]!;
  return out;
}
