// Public API of the regional kernels: region-level and activity-level indices (analytics reference
// §4.10-§4.16). Each file holds one concept; `convention: "econgeo"` reproduces EconGeo 2.0's
// formulas and hidden rounding, the default "exact" does not round. Helpers used only between these
// files (alignment, Lorenz ordering, validation) are deliberately not exported.
export type { AlignmentOptions, CodedValues, MissingCellPolicy } from "./align-codes.ts";
export { missingCellPolicies } from "./align-codes.ts";
export type { ConcentrationCurve } from "./concentration-curves.ts";
export { hooverCurve, locationalGiniCurve, lorenzCurve } from "./concentration-curves.ts";
export { entryMatrix, exitMatrix } from "./entry-exit.ts";
export type { ExportSimilarityOptions } from "./export-similarity.ts";
export { exportSimilarity } from "./export-similarity.ts";
export { giniCoefficient, hooverGini, locationalGini } from "./gini-coefficient.ts";
export type { GrowthOptions } from "./growth-rates.ts";
export { activityGrowth, cellGrowth, regionGrowth } from "./growth-rates.ts";
export { herfindahlIndex } from "./herfindahl-index.ts";
export type { HooverIndexOptions } from "./hoover-index.ts";
export { hooverIndex } from "./hoover-index.ts";
export { averageModularComplexity, easeOfRecombination, modularComplexity } from "./modular-complexity.ts";
export { inverseNormalisedUbiquity, normalisedUbiquity } from "./normalised-ubiquity.ts";
export type {
  PanelDynamics,
  PanelDynamicsOptions,
  PeriodMatrix,
  PeriodTransition,
} from "./panel-dynamics.ts";
export { panelDynamics } from "./panel-dynamics.ts";
export type { PatentTechnologies } from "./patent-technologies.ts";
export { checkPatentTechnologies, patentTechnologiesFromLists } from "./patent-technologies.ts";
export type { ProductMeasureOptions } from "./product-measure-index.ts";
export {
  missingMeasurePolicies,
  productEmissionIntensityIndex,
  productGiniIndex,
  productMeasureIndex,
} from "./product-measure-index.ts";
export type { ProductivityLevels } from "./productivity-levels.ts";
export {
  activityProductivityLevel,
  productivityLevels,
  regionProductivityLevel,
  regionProductivityLevelFromActivities,
} from "./productivity-levels.ts";
export type { RegionalConvention, RegionalConventionOptions } from "./regional-convention.ts";
export { regionalConventions } from "./regional-convention.ts";
export type { VarietyDecomposition } from "./related-variety.ts";
export { groupCodesByPrefix, relatedVariety } from "./related-variety.ts";
export { shannonEntropy } from "./shannon-entropy.ts";
export {
  averageLocationQuotient,
  hachmanIndex,
  hooverSpecialisationCoefficient,
  krugmanIndex,
} from "./specialisation-coefficients.ts";
export { activityWeightedAverage, regionWeightedAverage } from "./weighted-average.ts";
