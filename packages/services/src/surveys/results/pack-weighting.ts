// The weights the results used, as the data pack writes them (data-pack/pack-weights.ts): the
// final weight of each response from the calibrated design itself (so the pack's `weight` is the
// results' weight, bit for bit), the design weights before a calibration, each response's size
// band and SIC section, and the population totals the calibration met. Null when the results are
// unweighted (no sample, anonymous answers): the pack then has no weight column.
import type { PackMargin, PackWeights } from "../data-pack/pack-weights.ts";
import type { BusinessPopulationMargins } from "../population/business-population-margins.ts";
import { populationSizeBands } from "../population/size-bands.ts";
import type { CalibratedDesign } from "./calibrate-results-design.ts";
import type { ResultsDesign } from "./results-design.ts";
import { type WeightingVariable, weightingVariableTitle } from "./weighting-choice.ts";
import { levelLabel } from "./weighting-scope.ts";

const designWeightLabel = "Design weight: frame units over responses in the stratum (N_h / r_h)";
const equalWeightLabel = "Weight before the calibration: 1 (no design weights could be used)";

function margin(
  variable: WeightingVariable,
  calibrated: CalibratedDesign,
  margins: BusinessPopulationMargins,
): PackMargin {
  const values = variable === "size" ? [...populationSizeBands] : Object.keys(margins.bySic);
  const used = calibrated.weights.population!.margins.find((m) => m.variable === variable)!;
  return {
    name: variable === "size" ? "size_band" : `sic_${margins.sicLevel}`,
    label:
      variable === "size"
        ? "Size band of the frame unit (employment), as the business counts group it"
        : `SIC 2007 ${margins.sicLevel} of the frame unit`,
    measure: variable === "size" ? "ordinal" : "nominal",
    levels: values.map((value) => ({ value, label: levelLabel(variable, value) })),
    cells: calibrated.respondentLevels![variable]!,
    population: Object.fromEntries(used.levels.map((l) => [l.level, l.population])),
  };
}

/**
 * The pack's weights for `calibrated` (on `base`, the design before calibration). A calibration
 * may sit on equal weights (a stratum with one response makes the results drop the strata); its
 * `design_weight` is then 1.
 */
export function packWeighting(
  base: ResultsDesign,
  calibrated: CalibratedDesign,
  margins: BusinessPopulationMargins | null,
): PackWeights | null {
  if (calibrated.design === null || base.design === null) return null;
  const designed = base.weighting.kind === "design";
  const population = calibrated.weights.population;
  if (population === null || margins === null || calibrated.respondentLevels === undefined)
    return designed ? { weights: calibrated.design.weights, weightLabel: designWeightLabel } : null;
  const variables = population.margins.map((m) => m.variable);
  const how = calibrated.weights.applied.startsWith("rake") ? "raked" : "post-stratified";
  return {
    weights: calibrated.design.weights,
    weightLabel: `Final weight: the ${designed ? "design weight" : "equal weight 1"} ${how} to enterprises in ${population.geography} by ${variables.map((v) => weightingVariableTitle[v]).join(" and ")} (ONS UK Business Counts, ${population.year})`,
    calibration: {
      designWeights: base.design.weights,
      designWeightLabel: designed ? designWeightLabel : equalWeightLabel,
      margins: variables.map((v) => margin(v, calibrated, margins)),
    },
  };
}
