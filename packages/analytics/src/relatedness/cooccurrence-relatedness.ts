// Co-occurrence relatedness of EconGeo `relatedness()` (van Eck & Waltman 2009; Steijn 2017 for
// "prob") and the hypergeometric z-score of EconGeo `z_score()` (Teece et al. 1994; reference §4.7).
// Both follow the R code operation by operation, including its NaN -> 0 rule.
import { AnalyticsError } from "../common/analytics-error.ts";

export const relatednessMethods = ["prob", "association", "cosine", "jaccard"] as const;
export type RelatednessMethod = (typeof relatednessMethods)[number];

/**
 * EconGeo `relatedness(mat, method)` of an n x n co-occurrence matrix (row-major; the input's
 * diagonal is ignored). With the diagonal zeroed, s_j = column sums, T = Σ s:
 * prob c/((s_i/T)(s_j/(T−s_i)) + (s_j/T)(s_i/(T−s_j)))·(T/2)), association (c/T)/((s_i/T)(s_j/T)),
 * cosine c/√(s_i s_j), jaccard c/(s_i + s_j − c). NaN becomes 0 (±Infinity stays, as in R), the
 * diagonal is 0. Example (reference §6.10): the toy's prob(I1, I2) = 4·63/121 = 2.082645.
 */
export function cooccurrenceRelatedness(
  cooccurrence: ArrayLike<number>,
  size: number,
  method: RelatednessMethod = "prob",
): Float64Array {
  if (cooccurrence.length !== size * size) {
    throw new AnalyticsError(
      "dimension-mismatch",
      `A ${size} x ${size} co-occurrence matrix needs ${size * size} cells.`,
    );
  }
  const c = (i: number, j: number) => (i === j ? 0 : cooccurrence[i * size + j]!);
  const s = new Float64Array(size);
  let t = 0;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      s[j]! += c(i, j);
      t += c(i, j);
    }
  }
  const out = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    // R's si[i, j] = s_j (byrow = TRUE) and sj[i, j] = s_i.
    const sj = s[i]!;
    for (let j = 0; j < size; j++) {
      if (i === j) continue;
      const si = s[j]!;
      const cij = c(i, j);
      let v: number;
      if (method === "prob") v = cij / (((si / t) * (sj / (t - si)) + (sj / t) * (si / (t - sj))) * (t / 2));
      else if (method === "association") v = cij / t / ((si / t) * (sj / t));
      else if (method === "cosine") v = cij / Math.sqrt(si * sj);
      else v = cij / (si + sj - cij);
      out[i * size + j] = Number.isNaN(v) ? 0 : v;
    }
  }
  return out;
}

/**
 * EconGeo `z_score(mat)` for an event x activity incidence (row-major nEvents x nActivities, e.g.
 * patents x technology classes, or regions x activities): with P events, n_i = column sums and
 * c_ij the co-occurrences (diagonal 0), u_ij = n_i n_j / P,
 * σ_ij = √(u_ij (1 − n_i/P)(P − n_j)/(P − 1)), z_ij = (c_ij − u_ij)/σ_ij. The diagonal is computed
 * as in R but is meaningless. Example (reference §6.10): the toy M gives z(I1, I2) = 2.236068.
 */
export function cooccurrenceZScore(
  incidence: ArrayLike<number>,
  nEvents: number,
  nActivities: number,
): Float64Array {
  const n = nActivities;
  const counts = new Float64Array(n);
  const cooc = new Float64Array(n * n);
  const present: number[] = [];
  for (let e = 0; e < nEvents; e++) {
    present.length = 0;
    for (let a = 0; a < n; a++) {
      const v = incidence[e * n + a]!;
      counts[a]! += v;
      if (v !== 0) present.push(a);
    }
    for (const a of present) {
      const va = incidence[e * n + a]!;
      for (const b of present) if (a !== b) cooc[a * n + b]! += va * incidence[e * n + b]!;
    }
  }
  const p = nEvents;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const u = (counts[i]! * counts[j]!) / p;
      const sigma = Math.sqrt(u * ((1 - counts[i]! / p) * ((p - counts[j]!) / (p - 1))));
      out[i * n + j] = (cooc[i * n + j]! - u) / sigma;
    }
  }
  return out;
}
