// The one switch shared by the regional kernels: compute exactly ("exact", the default) or
// reproduce R EconGeo 2.0 digit for digit ("econgeo"), including its hidden rounding (analytics
// reference §3.1 "Hidden rounding" row, pitfall 5) and, for `shannonEntropy`, its +1e-9 inside the log.
// Validation helpers for the vectors these kernels take live here too, so every kernel reports
// the same error for the same mistake.
import { AnalyticsError } from "../common/analytics-error.ts";
import type { RegionActivityMatrix } from "../matrix/region-activity-matrix.ts";

export const regionalConventions = ["exact", "econgeo"] as const;
/** "exact": no rounding, 0·log 0 = 0. "econgeo": EconGeo 2.0's formula and rounding (R's `round`). */
export type RegionalConvention = (typeof regionalConventions)[number];

export interface RegionalConventionOptions {
  /** Default "exact". */
  readonly convention?: RegionalConvention;
}

/** The requested convention, validated (a typo must not silently give unrounded numbers). */
export function resolveConvention(options: RegionalConventionOptions | undefined): RegionalConvention {
  const convention = options?.convention ?? "exact";
  if (!(regionalConventions as readonly string[]).includes(convention)) {
    throw new AnalyticsError(
      "invalid-option",
      `Unknown convention "${String(convention)}"; use one of ${regionalConventions.join(", ")}.`,
      { field: "convention", value: convention },
    );
  }
  return convention;
}

/** Throws unless `values` has one entry per region of `matrix`. */
export function checkRegionVector(
  matrix: RegionActivityMatrix,
  values: ArrayLike<unknown>,
  field: string,
): void {
  if (values.length !== matrix.regions.length) {
    throw new AnalyticsError(
      "length-mismatch",
      `${field} has ${values.length} values but the matrix has ${matrix.regions.length} regions.`,
      { field },
    );
  }
}

/** Throws unless `values` has one entry per activity of `matrix`. */
export function checkActivityVector(
  matrix: RegionActivityMatrix,
  values: ArrayLike<unknown>,
  field: string,
): void {
  if (values.length !== matrix.activities.length) {
    throw new AnalyticsError(
      "length-mismatch",
      `${field} has ${values.length} values but the matrix has ${matrix.activities.length} activities.`,
      { field },
    );
  }
}

/** Throws unless `cells` is a row-major array with the matrix's R x P shape (e.g. presence M). */
export function checkCellArray(matrix: RegionActivityMatrix, cells: ArrayLike<number>, field: string): void {
  const expected = matrix.regions.length * matrix.activities.length;
  if (cells.length !== expected) {
    throw new AnalyticsError(
      "dimension-mismatch",
      `${field} has ${cells.length} cells but the matrix has ${matrix.regions.length} x ${matrix.activities.length} = ${expected}.`,
      { field },
    );
  }
}

/** Throws unless `index` is a valid activity index of `matrix`. */
export function checkActivityIndex(matrix: RegionActivityMatrix, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= matrix.activities.length) {
    throw new AnalyticsError(
      "invalid-option",
      `Activity index ${index} is outside 0..${matrix.activities.length - 1}.`,
      { field: "activity", value: index },
    );
  }
}

/**
 * Indexes of the regions with a finite population, after checking there is one value per region and
 * none is negative. EconGeo drops incomplete cases (NA population) the same way.
 */
export function regionsWithPopulation(matrix: RegionActivityMatrix, population: ArrayLike<number>): number[] {
  checkRegionVector(matrix, population, "population");
  const kept: number[] = [];
  for (let r = 0; r < matrix.regions.length; r++) {
    const pop = population[r]!;
    if (pop < 0) {
      throw new AnalyticsError(
        "invalid-value",
        `Population ${pop} of region "${matrix.regions[r]}" is negative.`,
        {
          region: matrix.regions[r]!,
          field: "population",
          value: pop,
        },
      );
    }
    if (Number.isFinite(pop)) kept.push(r);
  }
  return kept;
}
