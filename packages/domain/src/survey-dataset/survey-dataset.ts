// surveyDataset: instrument + responses -> one rectangular dataset (dataset-model.ts).
//   1. design columns from the options: case id (left out for anonymous surveys), split-ballot
//      variant, completion day, stratum, fpc, weight;
//   2. each question's variables in instrument order (question-variables.ts);
//   3. every response's answers normalised (normaliseAnswer) and written into typed columns;
//   4. string widths and decimals measured from the data.
// Question variables get their names first, so a design column yields when a question already
// uses its name (`weight` -> `weight_2`).
import type { Instrument, Question } from "../survey-instrument/instrument-model.ts";
import { type AnswerValue, normaliseAnswer } from "../survey-instrument/normalise-answer.ts";
import { DatasetError } from "./dataset-error.ts";
import type { DatasetColumn, DatasetVariable, SurveyDataset, VariableRole } from "./dataset-model.ts";
import { questionVariables, type VariableSpec } from "./question-variables.ts";
import { utf8Length } from "./utf8-length.ts";
import { VariableNames } from "./variable-names.ts";

/** Design columns, one entry per response each; leave out what the survey does not have. */
export interface SurveyDatasetOptions {
  /** Case identifiers; omit for anonymous surveys (no column is written). */
  readonly caseIds?: readonly string[];
  readonly variants?: readonly (string | null)[];
  /** Completion time (ISO text or Date); only the UTC day is kept. null while partial. */
  readonly completed?: readonly (string | Date | null)[];
  readonly strata?: readonly string[];
  /** Population size of the stratum (or sampling fraction), as svydesign's fpc. */
  readonly fpc?: ArrayLike<number>;
  readonly weights?: ArrayLike<number>;
}

/** One response's answers in the SurveyJS data shape (question name -> value, `<name>-Comment`). */
export type ResponseAnswers = Readonly<Record<string, unknown>>;

const dayMs = 86_400_000;
const isoDay = /^(\d{4})-(\d{2})-(\d{2})/;

function dayNumber(value: string | Date | null, row: number): number {
  if (value === null) return Number.NaN;
  const ms =
    value instanceof Date
      ? value.getTime()
      : isoDay.test(value)
        ? Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)
        : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new DatasetError("invalid-date", `completed on row ${row + 1} is not a date: ${String(value)}.`, {
      row,
      field: "completed",
    });
  }
  return Math.floor(ms / dayMs);
}

function checkLength(field: string, values: ArrayLike<unknown> | undefined, rows: number): void {
  if (values !== undefined && values.length !== rows) {
    throw new DatasetError(
      "length-mismatch",
      `${field} has ${values.length} entries for ${rows} responses.`,
      {
        field,
      },
    );
  }
}

interface Built {
  readonly variable: DatasetVariable;
  readonly column: DatasetColumn;
}

const designBase = { questionPath: "", question: "", measure: "nominal" } as const;

function stringColumn(name: string, label: string, role: VariableRole, column: string[]): Built {
  return { variable: { ...designBase, type: "string", name, label, role, width: widthOf(column) }, column };
}

function numberColumn(
  name: string,
  label: string,
  role: VariableRole,
  column: Float64Array,
  format: "number" | "date" = "number",
): Built {
  const variable = {
    ...designBase,
    type: "numeric",
    measure: "scale",
    format,
    name,
    label,
    role,
    decimals: format === "date" ? 0 : decimalsOf(column),
    valueLabels: [],
    missingCodes: [],
  } as const;
  return { variable, column };
}

/** The design columns of `options`, named after the question variables (see the file comment). */
function designColumns(options: SurveyDatasetOptions, rows: number, names: VariableNames): Built[] {
  const { caseIds, variants, completed, strata, fpc, weights } = options;
  const built: Built[] = [];
  const each = <T>(f: (i: number) => T): T[] => Array.from({ length: rows }, (_, i) => f(i));
  if (caseIds)
    built.push(
      stringColumn(
        names.allocate("case_id"),
        "Case identifier",
        "case-id",
        each((i) => caseIds[i]!),
      ),
    );
  if (variants)
    built.push(
      stringColumn(
        names.allocate("variant"),
        "Split-ballot variant",
        "variant",
        each((i) => variants[i] ?? ""),
      ),
    );
  if (completed) {
    const days = Float64Array.from(each((i) => dayNumber(completed[i] ?? null, i)));
    built.push(
      numberColumn(
        names.allocate("completed"),
        "Day the response was completed (UTC)",
        "completed",
        days,
        "date",
      ),
    );
  }
  if (strata)
    built.push(
      stringColumn(
        names.allocate("stratum"),
        "Sampling stratum",
        "stratum",
        each((i) => strata[i]!),
      ),
    );
  if (fpc)
    built.push(
      numberColumn(
        names.allocate("fpc"),
        "Stratum population size (finite-population correction)",
        "fpc",
        Float64Array.from(fpc),
      ),
    );
  if (weights)
    built.push(numberColumn(names.allocate("weight"), "Survey weight", "weight", Float64Array.from(weights)));
  return built;
}

/** Normalised answers of one response; throws DatasetError naming the row and question. */
function normaliseRow(
  byName: ReadonlyMap<string, Question>,
  raw: ResponseAnswers,
  row: number,
): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null || value === "") continue;
    const comment = key.endsWith("-Comment") ? byName.get(key.slice(0, -8)) : undefined;
    if (
      comment &&
      (comment.type === "single-choice" || comment.type === "multiple-choice") &&
      comment.other
    ) {
      if (typeof value === "string") answers[key] = value.trim();
      continue;
    }
    const question = byName.get(key);
    if (!question) {
      throw new DatasetError(
        "unknown-question",
        `row ${row + 1} answers "${key}", which the instrument does not have.`,
        {
          row,
          field: key,
        },
      );
    }
    if (Array.isArray(value) && value.length === 0) continue;
    if (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    const checked = normaliseAnswer(question, value);
    if ("problem" in checked) {
      throw new DatasetError("invalid-answer", `row ${row + 1}: ${checked.problem.message}`, {
        row,
        field: key,
      });
    }
    answers[key] = checked.value;
  }
  return answers;
}

/** The most decimal places any value needs to print exactly (at most 16). */
function decimalsOf(column: Float64Array): number {
  let most = 0;
  for (const value of column) {
    if (!Number.isFinite(value)) continue;
    let places = most;
    while (places < 16 && Number(value.toFixed(places)) !== value) places++;
    most = places;
  }
  return most;
}

function widthOf(column: readonly string[]): number {
  return column.reduce((most, value) => Math.max(most, utf8Length(value)), 1);
}

/**
 * The dataset of `responses` (answers in the SurveyJS data shape, as stored) under `instrument`,
 * with the design columns of `options`. Pure: the inputs are not changed. Throws DatasetError
 * for an answer the instrument does not allow, naming the row and question.
 * Example: `surveyDataset(instrument, [{ size_band: "micro" }], { weights: [12.5] })`.
 */
export function surveyDataset(
  instrument: Instrument,
  responses: readonly ResponseAnswers[],
  options: SurveyDatasetOptions = {},
): SurveyDataset {
  const rows = responses.length;
  for (const field of ["caseIds", "variants", "completed", "strata", "fpc", "weights"] as const)
    checkLength(field, options[field], rows);
  const names = new VariableNames();
  const questionSpecs: { spec: VariableSpec; question: string }[] = [];
  const byName = new Map<string, Question>();
  for (const page of instrument.pages) {
    for (const element of page.elements) {
      if (element.type === "note") continue;
      byName.set(element.name, element);
      for (const spec of questionVariables(element, page.name, names))
        questionSpecs.push({ spec, question: element.name });
    }
  }
  const answers = responses.map((raw, row) => normaliseRow(byName, raw, row));
  const variables: DatasetVariable[] = [];
  const columns: DatasetColumn[] = [];
  for (const { variable, column } of designColumns(options, rows, names)) {
    variables.push(variable);
    columns.push(column);
  }
  for (const { spec, question } of questionSpecs) {
    const { cell, ...meta } = spec;
    if (meta.type === "string") {
      const column = answers.map((a) => (cell as (a: Record<string, AnswerValue>) => string)(a));
      variables.push({ ...meta, question, width: widthOf(column) });
      columns.push(column);
    } else {
      const column = Float64Array.from(answers, (a) =>
        (cell as (a: Record<string, AnswerValue>) => number)(a),
      );
      const decimals = meta.decimals === "from-data" ? decimalsOf(column) : meta.decimals;
      variables.push({ ...meta, question, format: "number", decimals });
      columns.push(column);
    }
  }
  return { title: instrument.settings.title, rows, variables, columns };
}
