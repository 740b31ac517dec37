// The evidence snapshot: everything the explorer shows for one view (data set, year, activity
// level, region level, profile), computed once by the engine and cached. Arrays over regions and
// activities follow `regions` / `activities`; cell arrays are row-major regions x activities.
import type { ComplexityDiagnostics, ComplexityProvenance } from "@smartspec/analytics";

/** A resolved view. `regionLevel` is null for the data set's own regions. */
export interface EvidenceView {
  readonly dataset: string;
  readonly year: number;
  readonly level: string;
  readonly regionLevel: string | null;
  readonly profile: string;
}

export interface EvidenceSnapshot {
  readonly view: EvidenceView;
  readonly engineVersion: string;
  readonly measure: string;
  /** The values are counts (jobs, businesses): LQ intervals are given for small counts. */
  readonly counts: boolean;
  readonly regions: readonly string[];
  readonly regionNames: readonly string[];
  readonly activities: readonly string[];
  readonly activityTitles: readonly string[];
  /** SIC section letter of each activity, or null. */
  readonly sections: readonly (string | null)[];
  readonly total: Float64Array;
  readonly diversity: Float64Array;
  readonly eci: Float64Array;
  /** 1 = highest ECI; NaN where ECI is NaN. */
  readonly eciRank: Float64Array;
  readonly coi: Float64Array;
  /** Null when the level has no parent level to group by. */
  readonly relatedVariety: Float64Array | null;
  readonly unrelatedVariety: Float64Array | null;
  readonly ubiquity: Float64Array;
  readonly pci: Float64Array;
  readonly value: Float64Array;
  readonly lq: Float64Array;
  readonly presence: Float64Array;
  readonly density: Float64Array;
  readonly cog: Float64Array;
  /** φ of every pair i < j, in row order: (0,1), (0,2) ... (1,2) ... */
  readonly proximity: Float64Array;
  readonly network: {
    readonly x: Float64Array;
    readonly y: Float64Array;
    readonly source: readonly number[];
    readonly target: readonly number[];
    readonly weight: Float64Array;
    readonly tree: readonly number[];
  };
  /** Every year of the data set, with each region's total and every cell's LQ. */
  readonly years: readonly number[];
  readonly totalsByYear: readonly Float64Array[];
  readonly lqByYear: readonly Float64Array[];
  readonly diagnostics: ComplexityDiagnostics;
  readonly provenance: ComplexityProvenance;
  readonly attribution: string;
  readonly licence: string;
}

/** φ of activities i and j (index into the packed upper triangle; 1 on the diagonal). */
export function snapshotProximity(s: EvidenceSnapshot, i: number, j: number): number {
  if (i === j) return 1;
  const [a, b] = i < j ? [i, j] : [j, i];
  const n = s.activities.length;
  return s.proximity[a * n - (a * (a + 1)) / 2 + (b - a - 1)]!;
}
