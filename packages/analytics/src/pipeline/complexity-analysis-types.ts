import type { KernelHelper } from "../common/kernel-helper.ts";
import type { ComplexityWarning } from "../complexity/complexity-warnings.ts";
import type { ComplexityMethod, ProfileId } from "../profiles/convention-profiles.ts";
import type { ProximityReader } from "../relatedness/minimum-conditional-proximity.ts";

/** The stages of the complexity pipeline, in order; `onStage` reports each one's start and end. */
export const complexityStages = [
  "matrix",
  "rca",
  "presence",
  "complexity",
  "proximity",
  "density",
  "outlook",
] as const;
export type ComplexityStage = (typeof complexityStages)[number];

export interface ComplexityAnalysisOptions {
  /** Convention profile; default "smartspec". */
  readonly profile?: ProfileId;
  /** Default: the profile's default method. */
  readonly method?: ComplexityMethod;
  /** Presence threshold θ; default 1. */
  readonly threshold?: number;
  /**
   * What presence is decided on: RCA (default), per-capita advantage RPOP, or either ("both", the
   * Stata rule: present when RCA or RPOP passes the threshold). "rpop" and "both" need `population`.
   */
  readonly presenceBasis?: "rca" | "rpop" | "both";
  /** Population of each region, in the matrix's region order (for RPOP). */
  readonly population?: ArrayLike<number>;
  /** Called at the start and end of each stage (benchmarks, progress bars). No clock is read here. */
  readonly onStage?: (stage: ComplexityStage, phase: "start" | "end") => void;
  /**
   * Called with the final proximity (`ComplexityAnalysis.proximity`) as soon as it is known, before
   * density: a caller can start writing it out while the rest is computed. It must not be changed.
   */
  readonly onProximity?: (proximity: ProximityMatrix) => void;
  /**
   * A second thread lent by the host for co-occurrence counting and the density / outlook sums
   * (common/kernel-helper.ts). The results are the same bits with or without it.
   */
  readonly helper?: KernelHelper;
}

/** A symmetric activity x activity proximity, read cell by cell (it may be stored compactly). */
export type ProximityMatrix = ProximityReader;

export interface ComplexityDiagnostics {
  readonly droppedRegions: readonly string[];
  readonly droppedActivities: readonly string[];
  /** Eigenvalues λ1 >= λ2 >= λ3 ... of M̃ (as many as were computed), NaN-free. */
  readonly eigenvalues: readonly number[];
  /** (λ2 - λ3) / λ2. */
  readonly spectralGap: number;
  /** Connected components of the bipartite region-activity graph of M (1 = connected). */
  readonly components: number;
  /** Cells whose RCA sits exactly at the threshold (see presence). */
  readonly tiesAtThreshold: number;
  /** The correlations behind the sign choice, by rule name. */
  readonly signEvidence: Readonly<Record<string, number>>;
  readonly warnings: readonly ComplexityWarning[];
}

/** Every choice that produced the numbers (analytics reference §3.3). */
export interface ComplexityProvenance {
  readonly profile: ProfileId;
  readonly tool: string;
  readonly method: ComplexityMethod;
  readonly choices: Readonly<Record<string, string | number | boolean | null>>;
}

/**
 * The result of `analyseComplexity`. Arrays are over all input regions / activities (dropped ones
 * re-attached as NaN), in the matrix's order. Cell arrays are row-major R x P.
 */
export interface ComplexityAnalysis {
  readonly regions: readonly string[];
  readonly activities: readonly string[];
  readonly values: Float64Array;
  readonly rca: Float64Array;
  readonly presence: Uint8Array;
  readonly density: Float64Array;
  readonly cog: Float64Array;
  readonly diversity: Float64Array;
  readonly eci: Float64Array;
  readonly coi: Float64Array;
  /** Fitness F of each region (Tacchella et al. 2012); only with method "fitness". */
  readonly fitness?: Float64Array;
  /** Fitness-method complexity Q of each activity; only with method "fitness". */
  readonly fitnessComplexity?: Float64Array;
  readonly ubiquity: Float64Array;
  readonly pci: Float64Array;
  readonly proximity: ProximityMatrix;
  readonly diagnostics: ComplexityDiagnostics;
  readonly provenance: ComplexityProvenance;
}

/** The result of `analyseComplexityInBands`: everything but the cell arrays given band by band. */
export type ComplexityAnalysisWithoutCells = Omit<ComplexityAnalysis, "rca" | "density" | "cog">;

/**
 * One band of consecutive regions of a period's cells: row i is region `firstRegion + i`, over all
 * activities (row-major regionCount x P, like the whole arrays of `ComplexityAnalysis`).
 */
export interface CellBand {
  readonly firstRegion: number;
  readonly regionCount: number;
  readonly values: Float64Array;
  readonly rca: Float64Array;
  readonly presence: Uint8Array;
  readonly density: Float64Array;
  readonly cog: Float64Array;
}
