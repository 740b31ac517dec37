// Post-stratification (R survey: postStratify(design, ~cell, population, partial)): within each
// cell h, w_i <- w_i N_h / Σ_{j in h} w_j. The step is recorded on the design so that variances
// subtract the post-stratum means, as svyrecvar does.
import { type SurveyDesign, withCalibration } from "./survey-design.ts";
import { SurveyError } from "./survey-error.ts";

export interface PostStratifyInput {
  readonly design: SurveyDesign;
  /** The cell of each row (for several variables, one combined label). */
  readonly cells: readonly string[];
  /** Population total of each cell. */
  readonly population: Readonly<Record<string, number>>;
  /** The variable's name, for messages (e.g. "sector" or "sector x size"). */
  readonly variable: string;
  /** Ignore population cells with no sample rows instead of failing (R: partial = TRUE). */
  readonly partial?: boolean;
}

export interface PostStratified {
  readonly design: SurveyDesign;
  /** Cell labels in the order of `cellOf`. */
  readonly cellLabels: readonly string[];
  readonly cellOf: Int32Array;
}

/** Post-stratifies `design`; throws SurveyError naming the variable and level of an impossible cell. */
export function postStratify(input: PostStratifyInput): PostStratified {
  const { design, cells, population, variable } = input;
  if (cells.length !== design.rows) {
    throw new SurveyError(
      "length-mismatch",
      `${variable} has ${cells.length} values for ${design.rows} rows.`,
      {
        field: variable,
      },
    );
  }
  const labels: string[] = [];
  const index = new Map<string, number>();
  const cellOf = new Int32Array(design.rows);
  for (let i = 0; i < design.rows; i++) {
    const label = cells[i]!;
    let g = index.get(label);
    if (g === undefined) {
      const total = population[label];
      if (total === undefined || !(total > 0)) {
        throw new SurveyError(
          total === undefined ? "unknown-level" : "empty-margin",
          `${variable} = "${label}" (row ${i + 1}) is in the sample but ${
            total === undefined ? "has no population total" : `has population total ${total}`
          }; give it a positive total or merge it with another level.`,
          { row: i, field: variable, level: label, value: total },
        );
      }
      g = labels.length;
      index.set(label, g);
      labels.push(label);
    }
    cellOf[i] = g;
  }
  if (!input.partial) {
    for (const [label, total] of Object.entries(population)) {
      if (total > 0 && !index.has(label)) {
        throw new SurveyError(
          "empty-margin",
          `${variable} = "${label}" has population total ${total} but no sample rows; merge it with another level or ignore such levels (partial).`,
          { field: variable, level: label, value: total },
        );
      }
    }
  }
  const sampleTotals = new Float64Array(labels.length);
  for (let i = 0; i < design.rows; i++) sampleTotals[cellOf[i]!]! += design.weights[i]!;
  sampleTotals.forEach((total, g) => {
    if (!(total > 0)) {
      throw new SurveyError("empty-margin", `${variable} = "${labels[g]}" has sample rows but no weight.`, {
        field: variable,
        level: labels[g]!,
      });
    }
  });
  const weights = new Float64Array(design.rows);
  for (let i = 0; i < design.rows; i++) {
    const g = cellOf[i]!;
    weights[i] = (design.weights[i]! * population[labels[g]!]!) / sampleTotals[g]!;
  }
  const step = {
    kind: "post-stratify",
    cellOf,
    weightsBefore: design.weights,
    weightsAfter: weights,
  } as const;
  return { design: withCalibration(design, weights, step), cellLabels: labels, cellOf };
}
