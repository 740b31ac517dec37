// The rectangular survey dataset: one row per response, one column per variable, with the
// metadata statistical packages keep beside the data (label, type and width, measurement level,
// value labels, user-missing codes) and where each variable came from in the instrument. Every
// export of the data pack (CSV, XLSX, SPSS .sav, the R script) is written from this one model.

export const measurementLevels = ["nominal", "ordinal", "scale"] as const;
export type MeasurementLevel = (typeof measurementLevels)[number];

/** What a variable holds: a design column or something derived from an answer. */
export const variableRoles = [
  "case-id",
  "variant",
  "completed",
  "stratum",
  "fpc",
  "weight",
  "answer",
  "option",
  "other-text",
] as const;
export type VariableRole = (typeof variableRoles)[number];

/** One value label of a numeric variable; `value` is the stable choice or scale value behind the code. */
export interface ValueLabel {
  readonly code: number;
  readonly label: string;
  readonly value: string;
}

interface VariableBase {
  /** SPSS-safe (a letter, then letters, digits, `_` or `.`), at most 64 characters, unique ignoring case. */
  readonly name: string;
  /** The question title (with the option or row label where the variable is one of several). */
  readonly label: string;
  readonly measure: MeasurementLevel;
  readonly role: VariableRole;
  /** Where the variable comes from: `page/question`, `page/question/option` ...; "" for design columns. */
  readonly questionPath: string;
  /** The instrument element it comes from ("" for design columns). */
  readonly question: string;
}

export interface NumericVariable extends VariableBase {
  readonly type: "numeric";
  /** "date": the cells are days since 1970-01-01 (UTC), written as dates. */
  readonly format: "number" | "date";
  /** Decimal places to display (0 for codes and integers). */
  readonly decimals: number;
  readonly valueLabels: readonly ValueLabel[];
  /** User-missing codes ("don't know", "not applicable"): kept in the data, left out of analyses. */
  readonly missingCodes: readonly number[];
}

export interface StringVariable extends VariableBase {
  readonly type: "string";
  /** Width in UTF-8 bytes (at least 1): the longest value. */
  readonly width: number;
}

export type DatasetVariable = NumericVariable | StringVariable;

/** Numeric cells are NaN where system-missing; string cells are "" where empty. */
export type DatasetColumn = Float64Array | readonly string[];

export interface SurveyDataset {
  /** The survey title (the instrument's). */
  readonly title: string;
  readonly rows: number;
  readonly variables: readonly DatasetVariable[];
  /** One column per variable, in the same order. */
  readonly columns: readonly DatasetColumn[];
}

/** The column of a variable by name (exact), or undefined. */
export function datasetColumn(dataset: SurveyDataset, name: string): DatasetColumn | undefined {
  const index = dataset.variables.findIndex((v) => v.name === name);
  return index < 0 ? undefined : dataset.columns[index];
}
