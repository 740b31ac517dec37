// Rao-Scott corrected Pearson test for a weighted two-way table, as R survey's svychisq
// (R/surveychisq.R, statistic = "F" and "Chisq"; survey-methods.md §6):
//   p̂ = design-based means of the r x c cell indicators, V̂ their covariance;
//   X² = Pearson's statistic (no continuity correction) on the weighted table rescaled to n rows;
//   C = the interaction columns of the saturated model, residualised on the main effects;
//   Δ = (Cᵀ D⁻¹ C / n)⁻¹ (Cᵀ D⁻¹ V̂ D⁻¹ C), D = diag(p̂) (0 for empty cells);
//   "F": F = X² / tr Δ on ν₁ = (tr Δ)² / tr Δ², ν₂ = ν₁ · df_design (Thomas & Rao 1990);
//   "Chisq": P(χ²_{(r-1)(c-1)} > X² / δ̄), δ̄ = mean of diag Δ (R prints X² unadjusted).
import { sortedLevels } from "./category-order.ts";
import { designCovariance } from "./design-variance.ts";
import { chiSquareUpperTail, fUpperTail } from "./distributions/tail-probabilities.ts";
import {
  type Matrix,
  matrix,
  multiply,
  projectionResidual,
  solve,
  trace,
  transpose,
} from "./small-matrix.ts";
import type { SurveyDesign } from "./survey-design.ts";
import { SurveyError } from "./survey-error.ts";

export interface RaoScottResult {
  readonly rowLevels: readonly string[];
  readonly colLevels: readonly string[];
  /** Estimated cell proportions, row-major (rowLevels x colLevels). */
  readonly proportions: Float64Array;
  /** Pearson X² of the weighted table rescaled to n (what R prints for "Chisq"). */
  readonly chisq: number;
  /** First-order corrected p-value ("Chisq"). */
  readonly pChisq: number;
  /** Mean generalised design effect δ̄. */
  readonly meanDeff: number;
  /** Second-order Rao-Scott F ("F", R's default) with its degrees of freedom and p-value. */
  readonly f: number;
  readonly ndf: number;
  readonly ddf: number;
  readonly pF: number;
}

function interactionContrasts(r: number, c: number): Matrix {
  // Cells in R's order (rows vary fastest); X1 = intercept + row and column dummies.
  const cells = r * c;
  const mainCols = 1 + (r - 1) + (c - 1);
  const x1 = matrix(cells, mainCols);
  const x12 = matrix(cells, (r - 1) * (c - 1));
  for (let col = 0; col < c; col++) {
    for (let row = 0; row < r; row++) {
      const cell = col * r + row;
      x1.data[cell * mainCols] = 1;
      if (row > 0) x1.data[cell * mainCols + row] = 1;
      if (col > 0) x1.data[cell * mainCols + (r - 1) + col] = 1;
      if (row > 0 && col > 0) x12.data[cell * x12.cols + (col - 1) * (r - 1) + (row - 1)] = 1;
    }
  }
  return projectionResidual(x1, x12);
}

export interface RaoScottOptions {
  /**
   * false (default): svychisq(~row + col, design), R on the design as given: rows with a missing
   * value are left out of p̂ but still count in the design df and the table's total.
   * true: svychisq(~row + col, subset(design, !is.na(row) & !is.na(col))), the usual analysis of
   * those who answered both. R's subset of an uncalibrated design keeps the dropped rows as zeros
   * in the variance (so F, ν₁ and the first-order p stay those of the whole design) but rescales
   * the table to the m answered rows and counts only their strata in the design df: X² and δ̄
   * scale by m / n and ν₂ = ν₁ (m - H_m). A calibrated design keeps every row in R (at weight
   * zero), so nothing changes there.
   */
  readonly answeredOnly?: boolean;
}

/** Rao-Scott test of row x col on `design`; missing values (null) as `options.answeredOnly` says. */
export function raoScottTest(
  design: SurveyDesign,
  rowValues: readonly (string | null)[],
  colValues: readonly (string | null)[],
  options: RaoScottOptions = {},
): RaoScottResult {
  const rowLevels = sortedLevels(rowValues);
  const colLevels = sortedLevels(colValues);
  const r = rowLevels.length;
  const c = colLevels.length;
  if (r < 2 || c < 2) {
    throw new SurveyError(
      "invalid-argument",
      `the table needs at least two levels each way (has ${r} x ${c}).`,
    );
  }
  const n = design.rows;
  const cellOf = new Int32Array(n).fill(-1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const row = rowLevels.indexOf(rowValues[i] ?? "");
    const col = colLevels.indexOf(colValues[i] ?? "");
    if (row >= 0 && col >= 0) {
      cellOf[i] = col * r + row;
      total += design.weights[i]!;
    }
  }
  const cells = r * c;
  const p = new Float64Array(cells);
  for (let i = 0; i < n; i++) if (cellOf[i]! >= 0) p[cellOf[i]!]! += design.weights[i]! / total;
  const influences = Array.from({ length: cells }, (_, k) => {
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++)
      if (cellOf[i]! >= 0) x[i] = (design.weights[i]! * ((cellOf[i] === k ? 1 : 0) - p[k]!)) / total;
    return x;
  });
  const v = matrix(cells, cells, designCovariance(design, influences));
  const contrasts = interactionContrasts(r, c);
  const inverseD = matrix(cells, cells);
  for (let k = 0; k < cells; k++) inverseD.data[k * cells + k] = p[k] === 0 ? 0 : 1 / p[k]!;
  const ct = transpose(contrasts);
  const denominator = multiply(multiply(ct, inverseD), contrasts);
  for (let k = 0; k < denominator.data.length; k++) denominator.data[k]! /= n;
  const numerator = multiply(multiply(multiply(multiply(ct, inverseD), v), inverseD), contrasts);
  const delta = solve(denominator, numerator);
  const traceDelta = trace(delta);
  const traceDelta2 = trace(multiply(delta, delta));
  // Pearson on the table rescaled to n rows.
  let chisq = 0;
  for (let row = 0; row < r; row++) {
    for (let col = 0; col < c; col++) {
      let rowShare = 0;
      let colShare = 0;
      for (let k = 0; k < c; k++) rowShare += p[k * r + row]!;
      for (let k = 0; k < r; k++) colShare += p[col * r + k]!;
      const expected = n * rowShare * colShare;
      const observed = n * p[col * r + row]!;
      chisq += ((observed - expected) * (observed - expected)) / expected;
    }
  }
  const { answered, strataAnswered } =
    options.answeredOnly === true
      ? answeredRows(design, cellOf)
      : { answered: n, strataAnswered: design.strata.length };
  const scale = answered / n;
  const df = (r - 1) * (c - 1);
  const meanDeff = (traceDelta / df) * scale;
  const ndf = (traceDelta * traceDelta) / traceDelta2;
  const ddf = ndf * (answered - strataAnswered);
  const f = chisq / traceDelta;
  const proportions = new Float64Array(cells);
  for (let row = 0; row < r; row++)
    for (let col = 0; col < c; col++) proportions[row * c + col] = p[col * r + row]!;
  return {
    rowLevels,
    colLevels,
    proportions,
    chisq: chisq * scale,
    pChisq: chiSquareUpperTail((chisq * scale) / meanDeff, df),
    meanDeff,
    f,
    ndf,
    ddf,
    pF: fUpperTail(f, ndf, ddf),
  };
}

/** The rows R's subset keeps and their strata (every row and stratum for a calibrated design). */
function answeredRows(design: SurveyDesign, cellOf: Int32Array) {
  if (design.calibration.length > 0) return { answered: design.rows, strataAnswered: design.strata.length };
  const strata = new Set<number>();
  let answered = 0;
  for (let i = 0; i < design.rows; i++) {
    if (cellOf[i]! < 0) continue;
    answered++;
    strata.add(design.stratumOf[i]!);
  }
  return { answered, strataAnswered: strata.size };
}
