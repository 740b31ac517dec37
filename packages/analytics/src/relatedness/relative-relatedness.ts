// Relative relatedness of the OEC library `relative_relatedness()` (Pinheiro et al. 2022;
// reference §4.8, pitfall 11): each region's density standardised against the densities of a
// reference set of its activities, (ω_rp − mean_r) / sd_r with pandas' `std` (ddof 1).

export const relativeRelatednessReferences = ["absent", "present", "all"] as const;
export type RelativeRelatednessReference = (typeof relativeRelatednessReferences)[number];

/**
 * z-scores of every cell of `density` (R x P row-major, normally ω⁰) against, per region, the mean
 * and sample SD of the densities of its absent activities (default; `cutoff` −1 in later OEC
 * versions, the OEC 0.2.4 behaviour), its present ones (`cutoff` > 0 in later versions) or all.
 * Fewer than two reference activities give NaN (pandas). Unstable when the set is small: the toy's
 * R6 has three absent activities and reaches 170.3 (reference §6.9).
 */
export function relativeRelatedness(
  density: ArrayLike<number>,
  presence: ArrayLike<number>,
  nRegions: number,
  nActivities: number,
  reference: RelativeRelatednessReference = "absent",
): Float64Array {
  const nP = nActivities;
  const out = new Float64Array(nRegions * nP);
  const inSet = (m: number) => (reference === "all" ? true : reference === "present" ? m !== 0 : m === 0);
  for (let r = 0; r < nRegions; r++) {
    const row = r * nP;
    let count = 0;
    let sum = 0;
    for (let p = 0; p < nP; p++) {
      const v = density[row + p]!;
      if (inSet(presence[row + p]!) && !Number.isNaN(v)) {
        count++;
        sum += v;
      }
    }
    const m = sum / count;
    let ss = 0;
    for (let p = 0; p < nP; p++) {
      const v = density[row + p]!;
      if (inSet(presence[row + p]!) && !Number.isNaN(v)) ss += (v - m) ** 2;
    }
    const sd = count < 2 ? Number.NaN : Math.sqrt(ss / (count - 1));
    for (let p = 0; p < nP; p++) out[row + p] = (density[row + p]! - m) / sd;
  }
  return out;
}
