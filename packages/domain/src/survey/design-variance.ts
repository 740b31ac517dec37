// Linearisation variance of a one-stage stratified design (R survey: svyrecvar -> onestrat):
//   V = Σ_h (1 - f_h) n_h / (n_h - 1) Σ_{i in h} (x_i - x̄_h)(x_i - x̄_h)ᵀ
// for influence values x (one column per statistic), after removing what the calibration
// explains: post-strata subtract the weighted post-stratum mean, raking margins are swept ten
// times (svyrecvar's "raking" branch). Domains need no special case: rows outside have x = 0 and
// still count in n_h, which is what R's subset of a design does.
import type { CalibrationStep, SurveyDesign } from "./survey-design.ts";

function adjustPostStratified(x: Float64Array, step: Extract<CalibrationStep, { kind: "post-stratify" }>) {
  const cells = Math.max(0, ...step.cellOf) + 1;
  const sums = new Float64Array(cells);
  const oldTotals = new Float64Array(cells);
  for (let i = 0; i < x.length; i++) {
    const g = step.cellOf[i]!;
    const after = step.weightsAfter[i]!;
    const before = step.weightsBefore[i]!;
    sums[g]! += (x[i]! * before) / (after === 0 && before === 0 ? 1 : after);
    oldTotals[g]! += before;
  }
  for (let i = 0; i < x.length; i++) {
    const g = step.cellOf[i]!;
    x[i]! -= (sums[g]! / oldTotals[g]!) * step.weightsAfter[i]!;
  }
}

function adjustRaked(x: Float64Array, step: Extract<CalibrationStep, { kind: "rake" }>) {
  for (let iteration = 0; iteration < 10; iteration++) {
    for (const margin of step.margins) {
      const cells = Math.max(0, ...margin.cellOf) + 1;
      const sums = new Float64Array(cells);
      const counts = new Float64Array(cells);
      for (let i = 0; i < x.length; i++) {
        sums[margin.cellOf[i]!]! += x[i]! / margin.weights[i]!;
        counts[margin.cellOf[i]!]!++;
      }
      for (let i = 0; i < x.length; i++) {
        const g = margin.cellOf[i]!;
        x[i]! -= margin.weights[i]! * (sums[g]! / counts[g]!);
      }
    }
  }
}

/** The calibration-adjusted copy of one influence column. */
export function calibratedInfluence(design: SurveyDesign, influence: Float64Array): Float64Array {
  const x = influence.slice();
  for (const step of design.calibration) {
    if (step.kind === "post-stratify") adjustPostStratified(x, step);
    else adjustRaked(x, step);
  }
  return x;
}

/** Covariance matrix (k x k, row-major) of k statistics with influence columns `influences`. */
export function designCovariance(design: SurveyDesign, influences: readonly Float64Array[]): Float64Array {
  const k = influences.length;
  const x = influences.map((column) => calibratedInfluence(design, column));
  const strata = design.strata.length;
  const means = new Float64Array(strata * k);
  for (let j = 0; j < k; j++) {
    const column = x[j]!;
    for (let i = 0; i < design.rows; i++) means[design.stratumOf[i]! * k + j]! += column[i]!;
  }
  for (let h = 0; h < strata; h++) for (let j = 0; j < k; j++) means[h * k + j]! /= design.stratumSize[h]!;
  const covariance = new Float64Array(k * k);
  const centred = new Float64Array(k);
  for (let i = 0; i < design.rows; i++) {
    const h = design.stratumOf[i]!;
    const n = design.stratumSize[h]!;
    if (n < 2) continue;
    const scale = ((1 - design.samplingFraction[h]!) * n) / (n - 1);
    for (let j = 0; j < k; j++) centred[j] = x[j]![i]! - means[h * k + j]!;
    for (let a = 0; a < k; a++) {
      for (let b = a; b < k; b++) covariance[a * k + b]! += scale * centred[a]! * centred[b]!;
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) covariance[a * k + b] = covariance[b * k + a]!;
  return covariance;
}

/** Variance of one statistic with influence values `influence`. */
export function designVariance(design: SurveyDesign, influence: Float64Array): number {
  return designCovariance(design, [influence])[0]!;
}
