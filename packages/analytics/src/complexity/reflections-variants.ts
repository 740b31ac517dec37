// Tool variants of the method of reflections (analytics reference §4.3, §6.6): EconGeo `morc` /
// `mort` (raw steps 1-2, min-max rescaled to 0-100 from step 3), economiccomplexity
// `reflections_method_` (z1 of k_r at index iterations−2 and k_p at index iterations−1, odd
// iterations raised by one) and the OEC `complexity()` (the same pair, pandas/polars `std`, ddof 1).
import { AnalyticsError } from "../common/analytics-error.ts";
import { standardise } from "../common/descriptive.ts";
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import { sparseDiversity, sparseUbiquity } from "./compact-presence.ts";
import { neighbourMeans, reflections } from "./method-of-reflections.ts";

/**
 * EconGeo's region and activity reflections after `steps` steps: `regions` is `morc(mat, steps)`,
 * `activities` is `mort(mat, steps)`. Steps 1 and 2 are raw means; from step 3 both vectors are
 * rescaled to (x − min)/(max − min)·100 at every step (NaN where max = min). Steps 0 gives diversity
 * and ubiquity. M must have no empty row or column (EconGeo drops them first).
 *
 * @example econgeoReflections(toy, 20).regions // morc: 0, 0, 14.584417, 1.601297, 100, 83.307468
 */
export function econgeoReflections(m: SparsePresence, steps: number) {
  checkCount(steps, 0, "steps");
  let city = sparseDiversity(m);
  let tech = sparseUbiquity(m);
  for (let i = 1; i <= steps; i++) {
    const rescaled = i >= 3;
    const nextCity = neighbourMeans(m, tech, "regions", rescaled);
    const nextTech = neighbourMeans(m, city, "activities", rescaled);
    city = rescaled ? rescaleToHundred(nextCity) : nextCity;
    tech = rescaled ? rescaleToHundred(nextTech) : nextTech;
  }
  return { regions: city, activities: tech };
}

/** EconGeo `morc(mat, steps = 20)`: region complexity by reflections, 0-100 from step 3. */
export function morc(m: SparsePresence, steps = 20): Float64Array {
  return econgeoReflections(m, steps).regions;
}

/** EconGeo `mort(mat, steps = 19)`: activity complexity by reflections, 0-100 from step 3. */
export function mort(m: SparsePresence, steps = 19): Float64Array {
  return econgeoReflections(m, steps).activities;
}

export interface StandardisedReflections {
  /** z1(k_r at index iterations − 2). */
  readonly eci: Float64Array;
  /** z1(k_p at index iterations − 1). */
  readonly pci: Float64Array;
  /** The iterations actually used (economiccomplexity raises an odd value by one). */
  readonly iterations: number;
}

/**
 * economiccomplexity 2.0.0 `complexity_measures(method = "reflections")`: arrays indexed
 * 0..iterations−1 with index 0 = (diversity, ubiquity); returns z1 of k_r at iterations−2 and of k_p
 * at iterations−1 (Armadillo `stddev`, N − 1). An odd `iterations` is raised by one (the tool warns).
 * `iterations` must be an integer >= 2.
 */
export function economiccomplexityReflections(m: SparsePresence, iterations = 20): StandardisedReflections {
  checkCount(iterations, 2, "iterations");
  const used = iterations % 2 === 0 ? iterations : iterations + 1;
  const pair = reflections(m, used - 2, used - 1);
  return { eci: standardise(pair.regions, 1), pci: standardise(pair.activities, 1), iterations: used };
}

/**
 * OEC `complexity(df_rca, iterations = 20)` (Datawheel economic-complexity 0.3.0): the loop updates kp
 * at every i < iterations and kc only while i < iterations − 1, so it returns z1(k_r,iterations−2)
 * and z1(k_p,iterations−1) with pandas' `std` (ddof 1). Odd values are used as given.
 */
export function oecComplexity(m: SparsePresence, iterations = 20): StandardisedReflections {
  checkCount(iterations, 2, "iterations");
  const pair = reflections(m, iterations - 2, iterations - 1);
  return { eci: standardise(pair.regions, 1), pci: standardise(pair.activities, 1), iterations };
}

/** R's `(x − min(x, na.rm = TRUE)) / (max(x, na.rm = TRUE) − min(x, na.rm = TRUE)) * 100`. */
function rescaleToHundred(x: Float64Array): Float64Array {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of x) {
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return x.map((v) => ((v - min) / (max - min)) * 100);
}

function checkCount(value: number, minimum: number, name: string) {
  if (!Number.isInteger(value) || value < minimum) {
    throw new AnalyticsError("invalid-option", `${name} must be an integer >= ${minimum}; got ${value}.`, {
      field: name,
      value,
    });
  }
}
