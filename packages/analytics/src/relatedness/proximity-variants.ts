// Dense proximity variants of reference §4.6: asymmetric conditional probability (py-ecomplexity
// `asymmetric=True`, Stata `asym`), the cosine-like sqrt normalisation (OEC `procedure="sqrt"`) and
// continuous proximity from RCA correlations (py `continuous=True`, Stata `proxcontinous.ado`).
// Each returns a dense row-major P x P Float64Array with the diagonal stated by the caller.
import type { CooccurrenceCounts } from "./cooccurrence-counts.ts";

function fillFromCounts(
  c: CooccurrenceCounts,
  diagonal: 0 | 1,
  cell: (count: number, ki: number, kj: number) => number,
): Float64Array {
  const n = c.size;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    out[i * n + i] = diagonal;
    const base = c.rowOffsets[i]! - i - 1;
    const ki = c.occurrences[i]!;
    for (let j = i + 1; j < n; j++) {
      const count = c.counts[base + j]!;
      const kj = c.occurrences[j]!;
      out[i * n + j] = count === 0 ? 0 : cell(count, ki, kj);
      out[j * n + i] = count === 0 ? 0 : cell(count, kj, ki);
    }
  }
  return out;
}

/**
 * Asymmetric proximity φ_pq = C_pq / k_p = P(q | p), stored in row p. py-ecomplexity and Stata both
 * weight the density of p by P(q | p): pass `orientation: "rows"` to `densityFromProximity`.
 * Example: C_01 = 3, k = [4, 3] gives φ_01 = 0.75 and φ_10 = 1.
 */
export function asymmetricProximity(
  cooccurrence: CooccurrenceCounts,
  options: { readonly diagonal: 0 | 1 },
): Float64Array {
  return fillFromCounts(cooccurrence, options.diagonal, (count, ki) => count / ki);
}

/** Cosine-like proximity φ_pq = C_pq / √(k_p k_q) (OEC `proximity(procedure="sqrt")`, diagonal 0). */
export function sqrtProximity(
  cooccurrence: CooccurrenceCounts,
  options: { readonly diagonal: 0 | 1 },
): Float64Array {
  return fillFromCounts(cooccurrence, options.diagonal, (count, ki, kj) => count / Math.sqrt(ki * kj));
}

/**
 * Continuous proximity φ_pq = (1 + corr(RCA_·p, RCA_·q)) / 2, Pearson across regions (py
 * `continuous=True`: diagonal 1 in 0.5.2; Stata `proxcontinous.ado`: 0.5(1 + corr) − I, diagonal 0).
 * An activity with zero variance gets NaN (numpy's `corrcoef` does the same). `levels` is R x P
 * row-major (RCA or RPOP). Cost R·P²/2: meant for moderate P.
 */
export function continuousProximity(
  levels: ArrayLike<number>,
  nRegions: number,
  nActivities: number,
  options: { readonly diagonal: 0 | 1 },
): Float64Array {
  const nP = nActivities;
  const centred = new Float64Array(nRegions * nP);
  for (let p = 0; p < nP; p++) {
    let sum = 0;
    for (let r = 0; r < nRegions; r++) sum += levels[r * nP + p]!;
    const m = sum / nRegions;
    let ss = 0;
    for (let r = 0; r < nRegions; r++) {
      const d = levels[r * nP + p]! - m;
      centred[r * nP + p] = d;
      ss += d * d;
    }
    const norm = Math.sqrt(ss);
    for (let r = 0; r < nRegions; r++) centred[r * nP + p]! /= norm;
  }
  const out = new Float64Array(nP * nP);
  for (let r = 0; r < nRegions; r++) {
    const base = r * nP;
    for (let p = 0; p < nP; p++) {
      const zp = centred[base + p]!;
      const row = p * nP;
      for (let q = p + 1; q < nP; q++) out[row + q]! += zp * centred[base + q]!;
    }
  }
  for (let p = 0; p < nP; p++) {
    out[p * nP + p] = options.diagonal;
    for (let q = p + 1; q < nP; q++) {
      const v = (1 + Math.min(1, Math.max(-1, out[p * nP + q]!))) / 2;
      out[p * nP + q] = v;
      out[q * nP + p] = v;
    }
  }
  return out;
}
