/** Diversity k_r0 = Σ_p M_rp for each region (M row-major, R x P). */
export function diversity(presence: ArrayLike<number>, nRegions: number, nActivities: number): Float64Array {
  const out = new Float64Array(nRegions);
  for (let r = 0; r < nRegions; r++) {
    let s = 0;
    const base = r * nActivities;
    for (let p = 0; p < nActivities; p++) s += presence[base + p]!;
    out[r] = s;
  }
  return out;
}

/** Ubiquity k_p0 = Σ_r M_rp for each activity. */
export function ubiquity(presence: ArrayLike<number>, nRegions: number, nActivities: number): Float64Array {
  const out = new Float64Array(nActivities);
  for (let r = 0; r < nRegions; r++) {
    const base = r * nActivities;
    for (let p = 0; p < nActivities; p++) out[p]! += presence[base + p]!;
  }
  return out;
}
