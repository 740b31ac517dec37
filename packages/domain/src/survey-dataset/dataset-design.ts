// The survey design of a dataset, named by its variables, as the report and the data pack's R
// script both state it: svydesign(ids = ~1, strata = ~s, fpc = ~f, weights = ~w), then optional
// post-stratification or raking to population totals keyed by the stable choice values (the same
// margins file as `smartspec survey rake`).
import { postStratify } from "../survey/post-stratify.ts";
import { rake } from "../survey/rake.ts";
import { type SurveyDesign, surveyDesign } from "../survey/survey-design.ts";
import { DatasetError } from "./dataset-error.ts";
import type { NumericVariable, SurveyDataset } from "./dataset-model.ts";

export interface DatasetMargin {
  /** A single-choice (coded) variable. */
  readonly variable: string;
  /** Population total per stable choice value (`{ micro: 900, small: 150 }`). */
  readonly population: Readonly<Record<string, number>>;
}

export interface DatasetDesignSpec {
  readonly strata?: string;
  readonly fpc?: string;
  readonly weights?: string;
  readonly postStratify?: DatasetMargin;
  /** Raking margins, applied in this order (R: rake(design, list(~a, ~b), ...)). */
  readonly rake?: readonly DatasetMargin[];
  /** R's rake control: maxit (default 10) and epsilon (default 1). */
  readonly rakeControl?: { readonly maxIterations?: number; readonly epsilon?: number };
}

/** A variable and its column; throws DatasetError naming a variable the dataset lacks. */
export function datasetVariableColumn(dataset: SurveyDataset, name: string, role: string) {
  const index = dataset.variables.findIndex((v) => v.name === name);
  if (index < 0)
    throw new DatasetError("unknown-variable", `the ${role} variable "${name}" is not in the dataset.`, {
      field: name,
    });
  return { variable: dataset.variables[index]!, column: dataset.columns[index]! };
}

/** Codes of a coded variable as text ("" where missing, system or user); the codes of its values. */
export function datasetCodedValues(dataset: SurveyDataset, name: string, role: string) {
  const { variable, column } = datasetVariableColumn(dataset, name, role);
  if (variable.type !== "numeric") {
    throw new DatasetError(
      "wrong-variable-type",
      `the ${role} variable "${name}" is text; it must be coded.`,
      {
        field: name,
      },
    );
  }
  const missing = new Set(variable.missingCodes);
  const values = Array.from(column as Float64Array, (v) =>
    Number.isNaN(v) || missing.has(v) ? "" : String(v),
  );
  return { variable: variable as NumericVariable, values };
}

/** Population totals keyed by stable value -> keyed by code (as text). */
export function marginTotalsByCode(variable: NumericVariable, population: Readonly<Record<string, number>>) {
  const byCode: Record<string, number> = {};
  for (const [value, total] of Object.entries(population)) {
    const label = variable.valueLabels.find((l) => l.value === value);
    if (!label) {
      throw new DatasetError("unknown-level", `"${value}" is not a value of ${variable.name}.`, {
        field: variable.name,
      });
    }
    byCode[String(label.code)] = total;
  }
  return byCode;
}

function numbers(dataset: SurveyDataset, name: string | undefined, role: string): Float64Array | undefined {
  if (name === undefined) return undefined;
  const { variable, column } = datasetVariableColumn(dataset, name, role);
  if (variable.type !== "numeric") {
    throw new DatasetError("wrong-variable-type", `the ${role} variable "${name}" must be numeric.`, {
      field: name,
    });
  }
  return column as Float64Array;
}

/** The design of `spec` over every row of the dataset (SurveyError for impossible margins). */
export function datasetDesign(dataset: SurveyDataset, spec: DatasetDesignSpec): SurveyDesign {
  const strata =
    spec.strata === undefined
      ? undefined
      : Array.from(datasetVariableColumn(dataset, spec.strata, "strata").column, String);
  let design = surveyDesign({
    rows: dataset.rows,
    strata,
    fpc: numbers(dataset, spec.fpc, "fpc"),
    weights: numbers(dataset, spec.weights, "weights"),
  });
  if (spec.postStratify) {
    const { variable, values } = datasetCodedValues(
      dataset,
      spec.postStratify.variable,
      "post-stratification",
    );
    design = postStratify({
      design,
      cells: values,
      population: marginTotalsByCode(variable, spec.postStratify.population),
      variable: variable.name,
    }).design;
  }
  if (spec.rake && spec.rake.length > 0) {
    const margins = spec.rake.map((margin) => {
      const { variable, values } = datasetCodedValues(dataset, margin.variable, "raking");
      return {
        variable: variable.name,
        levels: values,
        population: marginTotalsByCode(variable, margin.population),
      };
    });
    design = rake(design, margins, spec.rakeControl ?? {}).design;
  }
  return design;
}
