// The weights of a data pack as columns of its dataset: `weight`, the final weight every estimate
// of the report uses; with a calibration also `design_weight` (the weight before it) and one coded
// column per calibration variable (size band, SIC section), whose levels the R script's
// postStratify / rake population tables are keyed by. The columns go after the design columns
// (case id ... fpc), named like them: a name a question already uses gets `_2`. `weight` is the
// first weight column, so SPSS weights cases by it.
import {
  type DatasetDesignSpec,
  type DatasetMargin,
  type DatasetVariable,
  type NumericVariable,
  type SurveyDataset,
  VariableNames,
} from "@smartspec/domain";

export interface PackMargin {
  /** The column's name before it is made unique ("size_band"). */
  readonly name: string;
  readonly label: string;
  readonly measure: "nominal" | "ordinal";
  /** Every level the variable can take, in code order (codes 1..k): stable value and label. */
  readonly levels: readonly { readonly value: string; readonly label: string }[];
  /** Each response's level (a value of `levels`). */
  readonly cells: readonly string[];
  /** Population totals by level value: the levels the calibration used. */
  readonly population: Readonly<Record<string, number>>;
}

export interface PackWeights {
  /** The final weight of each response, and what it is (the codebook's label). */
  readonly weights: ArrayLike<number>;
  readonly weightLabel: string;
  /** A post-stratification (one margin) or raking (several, in raking order) after the design weights. */
  readonly calibration?: {
    readonly designWeights: ArrayLike<number>;
    readonly designWeightLabel: string;
    readonly margins: readonly PackMargin[];
  };
}

export interface WeightedPack {
  readonly dataset: SurveyDataset;
  /** `design` with the calibration added, margins named by the new columns. */
  readonly design: DatasetDesignSpec;
  /** The name the `weight` column got. */
  readonly weightVariable: string;
}

const designRoles = new Set(["case-id", "variant", "completed", "stratum", "fpc", "weight"]);

function numeric(
  name: string,
  label: string,
  role: "weight" | "stratum",
  measure: NumericVariable["measure"],
  decimals: number,
  valueLabels: NumericVariable["valueLabels"] = [],
): NumericVariable {
  return {
    type: "numeric",
    format: "number",
    name,
    label,
    role,
    measure,
    decimals,
    valueLabels,
    missingCodes: [],
    questionPath: "",
    question: "",
  };
}

/** The most decimal places any weight needs to print exactly (at most 16), as the dataset measures them. */
function decimalsOf(values: ArrayLike<number>): number {
  let most = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    while (most < 16 && Number.isFinite(value) && Number(value.toFixed(most)) !== value) most++;
  }
  return most;
}

/** `dataset` with the weight (and calibration) columns of `weights`, and `design` naming them. */
export function withPackWeights(
  dataset: SurveyDataset,
  design: DatasetDesignSpec,
  weights: PackWeights,
): WeightedPack {
  const names = new VariableNames();
  for (const variable of dataset.variables) names.allocate(variable.name);
  const added: { variable: DatasetVariable; column: Float64Array }[] = [];
  const margins: DatasetMargin[] = [];
  for (const margin of weights.calibration?.margins ?? []) {
    const name = names.allocate(margin.name);
    const codes = new Map(margin.levels.map((level, i) => [level.value, i + 1]));
    const valueLabels = margin.levels.map((level, i) => ({
      code: i + 1,
      label: level.label,
      value: level.value,
    }));
    const column = Float64Array.from(margin.cells, (cell) => codes.get(cell) ?? Number.NaN);
    added.push({ variable: numeric(name, margin.label, "stratum", margin.measure, 0, valueLabels), column });
    margins.push({ variable: name, population: margin.population });
  }
  const weightVariable = names.allocate("weight");
  const columnOf = (values: ArrayLike<number>) => Float64Array.from(values);
  added.push({
    variable: numeric(weightVariable, weights.weightLabel, "weight", "scale", decimalsOf(weights.weights)),
    column: columnOf(weights.weights),
  });
  const calibration = weights.calibration;
  if (calibration) {
    const values = calibration.designWeights;
    added.push({
      variable: numeric(
        names.allocate("design_weight"),
        calibration.designWeightLabel,
        "weight",
        "scale",
        decimalsOf(values),
      ),
      column: columnOf(values),
    });
  }
  const at = dataset.variables.findIndex((v) => !designRoles.has(v.role));
  const split = at < 0 ? dataset.variables.length : at;
  const calibrated: DatasetDesignSpec =
    margins.length === 0
      ? design
      : margins.length === 1
        ? { ...design, postStratify: margins[0]! }
        : { ...design, rake: margins };
  return {
    dataset: {
      ...dataset,
      variables: [
        ...dataset.variables.slice(0, split),
        ...added.map((a) => a.variable),
        ...dataset.variables.slice(split),
      ],
      columns: [
        ...dataset.columns.slice(0, split),
        ...added.map((a) => a.column),
        ...dataset.columns.slice(split),
      ],
    },
    design: calibrated,
    weightVariable,
  };
}
