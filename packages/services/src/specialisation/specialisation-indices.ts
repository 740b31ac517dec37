// The indices `smartspec specialisation` computes for one period: how specialised each region is
// and how concentrated each activity is (analytics reference §4.12-§4.14).
import {
  activityTotals,
  averageLocationQuotient,
  diversity,
  giniCoefficient,
  groupCodesByPrefix,
  hachmanIndex,
  herfindahlIndex,
  hooverGini,
  hooverIndex,
  hooverSpecialisationCoefficient,
  krugmanIndex,
  locationalGini,
  presence,
  type RegionActivityMatrix,
  type RegionalConvention,
  regionTotals,
  relatedVariety,
  shannonEntropy,
  ubiquity,
} from "@smartspec/analytics";

export interface SpecialisationOptions {
  readonly threshold: number;
  readonly convention: RegionalConvention;
  /** Group activities by their first N characters for related/unrelated variety. */
  readonly groupDigits?: number;
  /** Population per region, in the matrix's region order (NaN where unknown). */
  readonly population?: Float64Array;
}

/** Named columns, in output order. */
export type IndexColumns = [name: string, values: Float64Array][];

export interface SpecialisationIndices {
  readonly regionColumns: IndexColumns;
  readonly activityColumns: IndexColumns;
  /** Each activity's group (with `groupDigits`). */
  readonly activityGroups?: readonly string[];
}

/** Computes the region-level and activity-level indices of one matrix. */
export function specialisationIndices(
  matrix: RegionActivityMatrix,
  options: SpecialisationOptions,
): SpecialisationIndices {
  const nR = matrix.regions.length;
  const nP = matrix.activities.length;
  const convention = { convention: options.convention };
  const m = presence(matrix, { threshold: options.threshold }).presence;
  const regionColumns: IndexColumns = [
    ["total", regionTotals(matrix)],
    ["diversity", diversity(m, nR, nP)],
    ["herfindahl", herfindahlIndex(matrix)],
    ["entropy", shannonEntropy(matrix, convention)],
    ["krugman", krugmanIndex(matrix)],
    ["hoover", hooverSpecialisationCoefficient(matrix)],
    ["lq_average", averageLocationQuotient(matrix)],
    ["hachman", hachmanIndex(matrix)],
  ];
  let activityGroups: string[] | undefined;
  if (options.groupDigits !== undefined) {
    activityGroups = groupCodesByPrefix(matrix.activities, options.groupDigits);
    const variety = relatedVariety(matrix, activityGroups);
    regionColumns.push(
      ["related_variety", variety.relatedVariety],
      ["unrelated_variety", variety.unrelatedVariety],
    );
  }
  const activityColumns: IndexColumns = [
    ["total", activityTotals(matrix)],
    ["ubiquity", ubiquity(m, nR, nP)],
    ["gini", giniCoefficient(matrix, convention)],
    ["locational_gini", locationalGini(matrix)],
    [
      "hoover_index",
      hooverIndex(
        matrix,
        options.population ? { ...convention, population: options.population } : convention,
      ),
    ],
  ];
  if (options.population)
    activityColumns.push(["hoover_gini", hooverGini(matrix, options.population, convention)]);
  return { regionColumns, activityColumns, ...(activityGroups ? { activityGroups } : {}) };
}
