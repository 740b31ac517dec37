// Product-space proximity φ_pq = C_pq / max(k_p, k_q) = min{P(q | p), P(p | q)} (Hidalgo, Klinger,
// Barabási & Hausmann 2007, Science 317:482), kept compact: the co-occurrence counts and the
// ubiquities, with each value computed when read. The diagonal is a convention (reference §4.6):
// 1 in py-ecomplexity and economiccomplexity, 0 in Stata `ecomplexity` and the OEC library.
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import {
  activityCooccurrence,
  type CooccurrenceCounts,
  type CooccurrenceStrategy,
  regionCooccurrence,
} from "./cooccurrence-counts.ts";

/** A square proximity read cell by cell (it may be stored compactly). */
export interface ProximityReader {
  readonly size: number;
  value(i: number, j: number): number;
  /** Row i into `out` (length `size`), when the representation can do it faster than `value`. */
  row?(i: number, out?: Float64Array): Float64Array;
}

/** Min-conditional-probability proximity over co-occurrence counts. */
export interface CompactProximity extends ProximityReader {
  /** φ_pp, stated explicitly. */
  readonly diagonal: 0 | 1;
  readonly cooccurrence: CooccurrenceCounts;
  /** Row i of φ into `out` (length size; a new array when omitted). */
  row(i: number, out?: Float64Array): Float64Array;
  /** The whole matrix, dense row-major (size² doubles: only for moderate sizes). */
  toDense(): Float64Array;
}

/**
 * Proximity from co-occurrence counts. An off-diagonal pair that never co-occurs is 0 (also when
 * both ubiquities are 0, where the formula would give 0/0). Reading a value costs one lookup and one
 * division. Example: C_01 = 3, k = [4, 3] gives φ_01 = 3 / 4 = 0.75.
 */
export function minimumConditionalProximity(
  cooccurrence: CooccurrenceCounts,
  options: { readonly diagonal: 0 | 1 },
): CompactProximity {
  const { size, counts, rowOffsets, occurrences: k } = cooccurrence;
  const diagonal = options.diagonal;
  const value = (i: number, j: number): number => {
    if (i === j) return diagonal;
    const c = i < j ? counts[rowOffsets[i]! + j - i - 1]! : counts[rowOffsets[j]! + i - j - 1]!;
    return c === 0 ? 0 : c / Math.max(k[i]!, k[j]!);
  };
  const row = (i: number, out: Float64Array = new Float64Array(size)): Float64Array => {
    const ki = k[i]!;
    for (let j = 0; j < i; j++) {
      const c = counts[rowOffsets[j]! + i - j - 1]!;
      out[j] = c === 0 ? 0 : c / Math.max(ki, k[j]!);
    }
    out[i] = diagonal;
    const base = rowOffsets[i]! - i - 1;
    for (let j = i + 1; j < size; j++) {
      const c = counts[base + j]!;
      out[j] = c === 0 ? 0 : c / Math.max(ki, k[j]!);
    }
    return out;
  };
  const toDense = (): Float64Array => {
    const out = new Float64Array(size * size);
    for (let i = 0; i < size; i++) {
      out[i * size + i] = diagonal;
      const base = rowOffsets[i]! - i - 1;
      const ki = k[i]!;
      for (let j = i + 1; j < size; j++) {
        const c = counts[base + j]!;
        const v = c === 0 ? 0 : c / Math.max(ki, k[j]!);
        out[i * size + j] = v;
        out[j * size + i] = v;
      }
    }
    return out;
  };
  return { size, diagonal, cooccurrence, value, row, toDense };
}

/**
 * Activity proximity φ (P x P) of a presence matrix: `activityCooccurrence` then
 * `minimumConditionalProximity`. Example (reference §6.8): the toy gives φ(I1, I3) = 0.75.
 */
export function activityProximity(
  presence: SparsePresence,
  options: { readonly diagonal: 0 | 1; readonly strategy?: CooccurrenceStrategy },
): CompactProximity {
  return minimumConditionalProximity(activityCooccurrence(presence, options.strategy), options);
}

/**
 * Region proximity φ^R_rr' = (MMᵀ)_rr' / max(k_r0, k_r'0) (economiccomplexity
 * `proximity()$proximity_country`, diagonal 1; Stata `country_proximity`, diagonal 0).
 * Example (reference §6.8): the toy gives φ^R(R5, R6) = 4 / 5 = 0.8.
 */
export function regionProximity(
  presence: SparsePresence,
  options: { readonly diagonal: 0 | 1; readonly strategy?: CooccurrenceStrategy },
): CompactProximity {
  return minimumConditionalProximity(regionCooccurrence(presence, options.strategy), options);
}

/**
 * Wraps a dense row-major size x size matrix as a `ProximityReader` (no copy; never written).
 * Example: `proximityReader(Float64Array.of(0, 0.5, 0.5, 0), 2).value(0, 1)` is 0.5.
 */
export function proximityReader(values: Float64Array, size: number): ProximityReader {
  return { size, value: (i, j) => values[i * size + j]! };
}
