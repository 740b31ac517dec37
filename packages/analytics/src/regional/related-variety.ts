// Related and unrelated variety (Frenken, Van Oort & Verburg 2007, Regional Studies 41(5):685-697;
// analytics reference §4.14). With p_i the share of fine activity i in the region and P_g the share
// of its group g (e.g. SIC 2-digit over 5-digit codes):
//   UV = Σ_g P_g log2(1 / P_g)                      entropy between groups,
//   RV = Σ_g P_g H_g, H_g = Σ_{i∈g} (p_i / P_g) log2(P_g / p_i)   weighted entropy within groups,
// and H = -Σ_i p_i log2 p_i = UV + RV exactly (0·log 0 = 0). No anchor tool implements these; EconGeo
// users approximate them with `entropy()` (+1e-9 in the log, 3 dp), so expect ~1e-3 differences there.
import { AnalyticsError } from "../common/analytics-error.ts";
import { type RegionActivityMatrix, regionTotals } from "../matrix/region-activity-matrix.ts";
import { checkActivityVector } from "./regional-convention.ts";

export interface VarietyDecomposition {
  /** H_total per region in bits (Shannon entropy of the fine activities). */
  readonly entropy: Float64Array;
  /** UV per region in bits: entropy of the group shares. */
  readonly unrelatedVariety: Float64Array;
  /** RV per region in bits: share-weighted entropy inside the groups. */
  readonly relatedVariety: Float64Array;
  /** The distinct group labels, in order of first appearance, and each activity's group index. */
  readonly groups: readonly string[];
  readonly activityGroup: Int32Array;
}

/**
 * Entropy, unrelated variety and related variety of every region. `groups` gives each activity's
 * group label (one per activity, e.g. the 2-digit code of a 5-digit activity; see
 * `groupCodesByPrefix`). All three are NaN for an all-zero region.
 * Example: shares [0.25, 0.25, 0.5] with groups [A, A, B]: UV = 1, RV = 0.5·1 = 0.5, H = 1.5.
 */
export function relatedVariety(
  matrix: RegionActivityMatrix,
  groups: ArrayLike<string | number>,
): VarietyDecomposition {
  checkActivityVector(matrix, groups, "groups");
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const activityGroup = new Int32Array(nP);
  for (let p = 0; p < nP; p++) {
    const label = groups[p];
    if (label === undefined || label === null || label === "") {
      throw new AnalyticsError("invalid-value", `Activity "${matrix.activities[p]}" has no group.`, {
        activity: matrix.activities[p]!,
        field: "groups",
      });
    }
    const key = String(label);
    let g = labelIndex.get(key);
    if (g === undefined) {
      g = labels.length;
      labels.push(key);
      labelIndex.set(key, g);
    }
    activityGroup[p] = g;
  }
  const nG = labels.length;
  const totals = regionTotals(matrix);
  const v = matrix.values;
  const entropy = new Float64Array(nR);
  const unrelated = new Float64Array(nR);
  const related = new Float64Array(nR);
  const groupShare = new Float64Array(nG);
  for (let r = 0; r < nR; r++) {
    const total = totals[r]!;
    if (!(total > 0)) {
      entropy[r] = unrelated[r] = related[r] = Number.NaN;
      continue;
    }
    const base = r * nP;
    groupShare.fill(0);
    let h = 0;
    for (let p = 0; p < nP; p++) {
      const x = v[base + p]!;
      if (x === 0) continue;
      const s = x / total;
      groupShare[activityGroup[p]!]! += s;
      h -= s * Math.log2(s);
    }
    let uv = 0;
    for (let g = 0; g < nG; g++) {
      const share = groupShare[g]!;
      if (share > 0) uv -= share * Math.log2(share);
    }
    // RV = Σ_i p_i log2(P_g / p_i), the within-group entropies weighted by P_g.
    let rv = 0;
    for (let p = 0; p < nP; p++) {
      const x = v[base + p]!;
      if (x === 0) continue;
      const s = x / total;
      rv += s * Math.log2(groupShare[activityGroup[p]!]! / s);
    }
    entropy[r] = h;
    unrelated[r] = uv;
    related[r] = rv;
  }
  return { entropy, unrelatedVariety: unrelated, relatedVariety: related, groups: labels, activityGroup };
}

/**
 * Group label of each activity code: its first `length` characters, e.g. SIC 5-digit `62011` ->
 * `62` with length 2. Codes shorter than `length` are their own group.
 * Example: groupCodesByPrefix(["62011", "62012", "47110"], 2) gives ["62", "62", "47"].
 */
export function groupCodesByPrefix(codes: readonly string[], length: number): string[] {
  if (!Number.isInteger(length) || length < 1) {
    throw new AnalyticsError(
      "invalid-option",
      `The prefix length must be a positive integer, not ${length}.`,
      {
        field: "length",
        value: length,
      },
    );
  }
  return codes.map((code) => code.slice(0, length));
}
