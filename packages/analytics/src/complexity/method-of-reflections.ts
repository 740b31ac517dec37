// Method of reflections (Hidalgo & Hausmann 2009, PNAS 106:10570), analytics reference §4.3:
// k_r,n = (1/k_r0) Σ_p M_rp k_p,n−1 and k_p,n = (1/k_p0) Σ_r M_rp k_r,n−1, both from the previous
// step (simultaneous update), starting from diversity k_r,0 and ubiquity k_p,0.
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import { sparseDiversity, sparseUbiquity } from "./compact-presence.ts";

export interface ReflectionsPair {
  /** k_r at the requested region order. */
  readonly regions: Float64Array;
  /** k_p at the requested activity order. */
  readonly activities: Float64Array;
}

/**
 * Raw reflections: k_r,`regionOrder` and k_p,`activityOrder` (orders >= 0). Regions or activities
 * without presence give NaN (0/0), as in every tool that does not drop them. Cost O(nnz · order).
 *
 * @example reflections(m, 18, 19) // the pair economiccomplexity and the OEC standardise
 */
export function reflections(m: SparsePresence, regionOrder: number, activityOrder: number): ReflectionsPair {
  let kr = sparseDiversity(m);
  let kp = sparseUbiquity(m);
  let regions = regionOrder === 0 ? kr : null;
  let activities = activityOrder === 0 ? kp : null;
  const last = Math.max(regionOrder, activityOrder);
  for (let n = 1; n <= last; n++) {
    const nextR = neighbourMeans(m, kp, "regions", false);
    const nextP = neighbourMeans(m, kr, "activities", false);
    kr = nextR;
    kp = nextP;
    if (n === regionOrder) regions = kr;
    if (n === activityOrder) activities = kp;
  }
  return { regions: regions!, activities: activities! };
}

/**
 * For each region, the mean of `values` (one per activity) over its present activities; or, with
 * `side` "activities", for each activity the mean of `values` (one per region) over its regions.
 * With `skipNaN`, NaN terms are left out of the sum but not of the count (R's
 * `rowSums(…, na.rm = TRUE)` multiplied by 1/k, as EconGeo's `morc` does).
 */
export function neighbourMeans(
  m: SparsePresence,
  values: ArrayLike<number>,
  side: "regions" | "activities",
  skipNaN: boolean,
): Float64Array {
  const regions = side === "regions";
  const start = regions ? m.rowStart : m.colStart;
  const index = regions ? m.rowActivities : m.colRegions;
  const n = regions ? m.nRegions : m.nActivities;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    const end = start[i + 1]!;
    for (let k = start[i]!; k < end; k++) {
      const v = values[index[k]!]!;
      if (!(skipNaN && Number.isNaN(v))) sum += v;
    }
    out[i] = sum / (end - start[i]!);
  }
  return out;
}
