// Method of reflections (Hidalgo & Hausmann 2009, PNAS 106:10570), analytics reference §4.3:
// k_r,n = (1/k_r0) Σ_p M_rp k_p,n−1 and k_p,n = (1/k_p0) Σ_r M_rp k_r,n−1, both from the previous
// step (simultaneous update), starting from diversity k_r,0 and ubiquity k_p,0.
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import { sparseDiversity, sparseUbiquity } from "./compact-presence.ts";
import { gatherSums } from "./gather-sums.ts";

export interface ReflectionsPair {
  /** k_r at the requested region order. */
  readonly regions: Float64Array;
  /** k_p at the requested activity order. */
  readonly activities: Float64Array;
}

/**
 * Raw reflections: k_r,`regionOrder` and k_p,`activityOrder` (orders >= 0). Regions or activities
 * without presence give NaN (0/0), as in every tool that does not drop them. The recursion splits
 * into two independent chains, diversity → k_p,1 → k_r,2 → … and ubiquity → k_r,1 → k_p,2 → …, so
 * only the chains holding the requested orders are run: (18, 19) costs 19 passes over the non-zeros.
 *
 * @example reflections(m, 18, 19) // the pair economiccomplexity and the OEC standardise
 */
export function reflections(m: SparsePresence, regionOrder: number, activityOrder: number): ReflectionsPair {
  // Chain "fromDiversity" holds k_r at even orders and k_p at odd ones; "fromUbiquity" the others.
  const regionsFromDiversity = regionOrder % 2 === 0;
  const activitiesFromDiversity = activityOrder % 2 === 1;
  let regions: Float64Array | null = null;
  let activities: Float64Array | null = null;
  for (const fromDiversity of [true, false]) {
    const wantRegions = regionsFromDiversity === fromDiversity ? regionOrder : -1;
    const wantActivities = activitiesFromDiversity === fromDiversity ? activityOrder : -1;
    const last = Math.max(wantRegions, wantActivities);
    if (last < 0) continue;
    let onRegions = fromDiversity;
    let current = fromDiversity ? sparseDiversity(m) : sparseUbiquity(m);
    for (let order = 0; ; order++) {
      if (onRegions && order === wantRegions) regions = current;
      if (!onRegions && order === wantActivities) activities = current;
      if (order === last) break;
      current = neighbourMeans(m, current, onRegions ? "activities" : "regions", false);
      onRegions = !onRegions;
    }
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
  values: Float64Array,
  side: "regions" | "activities",
  skipNaN: boolean,
): Float64Array {
  const regions = side === "regions";
  const start = regions ? m.rowStart : m.colStart;
  const index = regions ? m.rowActivities : m.colRegions;
  const n = regions ? m.nRegions : m.nActivities;
  const out = new Float64Array(n);
  if (!skipNaN) {
    gatherSums(start, index, values, out);
    for (let i = 0; i < n; i++) out[i]! /= start[i + 1]! - start[i]!;
    return out;
  }
  for (let i = 0; i < n; i++) {
    let sum = 0;
    const end = start[i + 1]!;
    for (let k = start[i]!; k < end; k++) {
      const v = values[index[k]!]!;
      if (!Number.isNaN(v)) sum += v;
    }
    out[i] = sum / (end - start[i]!);
  }
  return out;
}
