// The value of one dataset cell as the data pack's tables show it: codes (numbers, ISO dates,
// text) or labels (a value label in place of its code). Shared by the CSV and XLSX writers so
// both files say the same thing.
import type { DatasetVariable, SurveyDataset } from "@smartspec/domain";

const dayMs = 86_400_000;

/** Days since 1970-01-01 as `YYYY-MM-DD`. */
export function isoDay(days: number): string {
  return new Date(days * dayMs).toISOString().slice(0, 10);
}

/** A cell for a table: null where missing, a label in place of a labelled code when `labels`. */
export function cellValue(
  variable: DatasetVariable,
  column: Float64Array | readonly string[],
  row: number,
  labels: boolean,
): string | number | null {
  if (variable.type === "string") {
    const text = (column as readonly string[])[row]!;
    return text === "" ? null : text;
  }
  const value = (column as Float64Array)[row]!;
  if (Number.isNaN(value)) return null;
  if (variable.format === "date") return isoDay(value);
  if (labels) {
    const label = variable.valueLabels.find((l) => l.code === value);
    if (label !== undefined) return label.label;
  }
  return value;
}

/** Every row of the dataset as cells, in variable order. */
export function datasetRows(dataset: SurveyDataset, labels: boolean): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (let row = 0; row < dataset.rows; row++) {
    rows.push(dataset.variables.map((v, i) => cellValue(v, dataset.columns[i]!, row, labels)));
  }
  return rows;
}
