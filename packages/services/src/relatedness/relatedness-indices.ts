// What `smartspec relatedness` computes for one period: EconGeo-style co-occurrence relatedness
// between activities (analytics reference §4.7) and the relatedness density built on it (§4.8).
import {
  activityCooccurrence,
  cooccurrenceMatrix,
  cooccurrenceRelatedness,
  cooccurrenceRelatednessDensity,
  cooccurrenceZScore,
  diversity,
  presence,
  type RegionActivityMatrix,
  type RelatednessMethod,
  sparsePresence,
  ubiquity,
} from "@smartspec/analytics";

export interface RelatednessOptions {
  readonly threshold: number;
  readonly method: RelatednessMethod;
  readonly zScore: boolean;
}

export interface RelatednessIndices {
  /** Presence M (R x P, row-major). */
  readonly presence: Uint8Array;
  readonly diversity: Float64Array;
  readonly ubiquity: Float64Array;
  /** Co-occurrence C = MᵀM with diagonal 0 (P x P, row-major). */
  readonly cooccurrence: Float64Array;
  /** Σ_j C_ij per activity. */
  readonly cooccurrenceTotal: Float64Array;
  readonly relatedness: Float64Array;
  readonly zScore?: Float64Array;
  /** Relatedness density 0-100 (2 dp, as EconGeo), R x P. */
  readonly density: Float64Array;
  readonly internalAverage: Float64Array;
  readonly externalAverage: Float64Array;
}

/** Computes relatedness and relatedness density of one matrix. Dense P x P, as EconGeo. */
export function relatednessIndices(
  matrix: RegionActivityMatrix,
  options: RelatednessOptions,
): RelatednessIndices {
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const m = presence(matrix, { threshold: options.threshold }).presence;
  const cooccurrence = cooccurrenceMatrix(activityCooccurrence(sparsePresence(m, nR, nP)), false);
  const cooccurrenceTotal = new Float64Array(nP);
  for (let i = 0; i < nP; i++) {
    let sum = 0;
    for (let j = 0; j < nP; j++) sum += cooccurrence[i * nP + j]!;
    cooccurrenceTotal[i] = sum;
  }
  const relatedness = cooccurrenceRelatedness(cooccurrence, nP, options.method);
  const density = cooccurrenceRelatednessDensity(m, nR, nP, relatedness);
  return {
    presence: m,
    diversity: diversity(m, nR, nP),
    ubiquity: ubiquity(m, nR, nP),
    cooccurrence,
    cooccurrenceTotal,
    relatedness,
    ...(options.zScore ? { zScore: cooccurrenceZScore(m, nR, nP) } : {}),
    density: density.density,
    internalAverage: density.internalAverage,
    externalAverage: density.externalAverage,
  };
}
