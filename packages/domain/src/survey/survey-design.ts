// A one-stage stratified design with weights and finite-population corrections, as R `survey`
// builds it with svydesign(ids = ~1, strata = ~h, weights = ~w, fpc = ~N_h): every row is its own
// PSU; without `fpc` the sampling is treated as with replacement. Calibration steps
// (post-stratification, raking) are recorded so the variance can be adjusted as svyrecvar does.
import { SurveyError } from "./survey-error.ts";

/** One weight adjustment, in the order applied (R: design$postStrata). */
export type CalibrationStep =
  | {
      readonly kind: "post-stratify";
      /** Post-stratum of each row. */
      readonly cellOf: Int32Array;
      readonly weightsBefore: Float64Array;
      readonly weightsAfter: Float64Array;
    }
  | {
      readonly kind: "rake";
      /** Per margin: the cell of each row and the weights right after that margin's step (last sweep). */
      readonly margins: readonly { readonly cellOf: Int32Array; readonly weights: Float64Array }[];
    };

export interface SurveyDesign {
  readonly rows: number;
  readonly weights: Float64Array;
  /** Stratum labels, in order of first appearance ("" for the single stratum of an unstratified design). */
  readonly strata: readonly string[];
  readonly stratumOf: Int32Array;
  /** n_h: rows in each stratum of the whole sample. */
  readonly stratumSize: Int32Array;
  /** f_h = n_h / N_h; 0 without fpc (with replacement). */
  readonly samplingFraction: Float64Array;
  readonly calibration: readonly CalibrationStep[];
}

export interface SurveyDesignInput {
  readonly rows: number;
  /** Sampling weights (default: N_h / n_h with an fpc, else 1). */
  readonly weights?: ArrayLike<number>;
  readonly strata?: readonly string[];
  /** Per row: the stratum's population size N_h (> 1) or its sampling fraction (<= 1), as svydesign's fpc. */
  readonly fpc?: ArrayLike<number>;
}

function checkLength(name: string, values: ArrayLike<unknown> | undefined, rows: number): void {
  if (values !== undefined && values.length !== rows) {
    throw new SurveyError("length-mismatch", `${name} has ${values.length} values for ${rows} rows.`, {
      field: name,
    });
  }
}

function strataOf(input: SurveyDesignInput) {
  const labels: string[] = [];
  const index = new Map<string, number>();
  const stratumOf = new Int32Array(input.rows);
  for (let i = 0; i < input.rows; i++) {
    const label = input.strata?.[i] ?? "";
    let h = index.get(label);
    if (h === undefined) {
      h = labels.length;
      index.set(label, h);
      labels.push(label);
    }
    stratumOf[i] = h;
  }
  const stratumSize = new Int32Array(labels.length);
  for (let i = 0; i < input.rows; i++) stratumSize[stratumOf[i]!]!++;
  return { labels, stratumOf, stratumSize };
}

/** f_h per stratum from the fpc column: checked constant within strata, all sizes or all fractions. */
function samplingFractions(
  fpc: ArrayLike<number>,
  stratumOf: Int32Array,
  stratumSize: Int32Array,
  labels: readonly string[],
): Float64Array {
  const given = new Float64Array(labels.length).fill(Number.NaN);
  let fractions = 0;
  for (let i = 0; i < fpc.length; i++) {
    const value = fpc[i]!;
    const h = stratumOf[i]!;
    if (!(value > 0) || !Number.isFinite(value)) {
      throw new SurveyError("invalid-fpc", `fpc on row ${i + 1} is ${value}; it must be a positive number.`, {
        row: i,
        field: "fpc",
        value,
      });
    }
    if (Number.isNaN(given[h]!)) given[h] = value;
    else if (given[h] !== value) {
      throw new SurveyError(
        "invalid-fpc",
        `fpc is not constant within stratum "${labels[h]}": it was ${given[h]} on an earlier row and is ${value} on row ${i + 1}.`,
        { row: i, field: "fpc", level: labels[h]!, value },
      );
    }
    if (value <= 1) fractions++;
  }
  if (fractions > 0 && fractions < fpc.length) {
    throw new SurveyError(
      "invalid-fpc",
      "fpc mixes population sizes (> 1) and sampling fractions (<= 1); give all of one kind.",
      { field: "fpc" },
    );
  }
  return given.map((value, h) => {
    const f = value <= 1 ? value : stratumSize[h]! / value;
    if (f > 1) {
      throw new SurveyError(
        "invalid-fpc",
        `stratum "${labels[h]}" has ${stratumSize[h]} sampled rows but a population size of ${value}.`,
        { field: "fpc", level: labels[h]!, value },
      );
    }
    return f;
  });
}

/** Builds and checks a design. Throws SurveyError naming the row or stratum at fault. */
export function surveyDesign(input: SurveyDesignInput): SurveyDesign {
  const rows = input.rows;
  checkLength("weights", input.weights, rows);
  checkLength("strata", input.strata, rows);
  checkLength("fpc", input.fpc, rows);
  if (rows === 0) throw new SurveyError("invalid-argument", "the design has no rows.");
  const { labels, stratumOf, stratumSize } = strataOf(input);
  const samplingFraction =
    input.fpc === undefined
      ? new Float64Array(labels.length)
      : samplingFractions(input.fpc, stratumOf, stratumSize, labels);
  labels.forEach((label, h) => {
    if (stratumSize[h] === 1 && samplingFraction[h]! < 1) {
      throw new SurveyError(
        "lonely-stratum",
        `stratum "${label}" has only one row, so its variance cannot be estimated; merge it with another stratum.`,
        { field: "strata", level: label },
      );
    }
  });
  const weights = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    const w = input.weights ? input.weights[i]! : 1 / (samplingFraction[stratumOf[i]!]! || 1);
    if (!(w >= 0) || !Number.isFinite(w)) {
      throw new SurveyError(
        "invalid-weight",
        `the weight on row ${i + 1} is ${w}; it must be a finite number >= 0.`,
        {
          row: i,
          field: "weights",
          value: w,
        },
      );
    }
    weights[i] = w;
  }
  return { rows, weights, strata: labels, stratumOf, stratumSize, samplingFraction, calibration: [] };
}

/** The same design with new final weights and one more calibration step. */
export function withCalibration(
  design: SurveyDesign,
  weights: Float64Array,
  step: CalibrationStep,
): SurveyDesign {
  return { ...design, weights, calibration: [...design.calibration, step] };
}
