// Normalisations of the raw complexity vectors by convention (analytics reference §3.1 "ECI scale"
// and "PCI scale" rows, §3.4 identities): z0 / z1 on a vector itself, py-ecomplexity's and Stata's
// PCI on ECI's mean and SD, Stata's SD over the long region x activity rows, EconGeo's v / Σv.
import { mean, standardDeviation } from "../common/descriptive.ts";

/**
 * Stata's `sum eci` SD: N − 1 denominator over the N_R·N_P rows of the long dataset, in which each
 * region's kc appears N_P times: sqrt(N_P Σ(kc − mean)² / (N_R N_P − 1)).
 */
export function longStandardDeviation(kc: ArrayLike<number>, activities: number): number {
  const m = mean(kc);
  let ss = 0;
  for (let i = 0; i < kc.length; i++) ss += (kc[i]! - m) ** 2;
  return Math.sqrt((activities * ss) / (kc.length * activities - 1));
}

/** (values − centre) / spread, as a new array. */
export function affineScale(values: ArrayLike<number>, centre: number, spread: number): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = (values[i]! - centre) / spread;
  return out;
}

/**
 * ECI and PCI on ECI's mean and spread (py-ecomplexity: population SD; Stata: `longStandardDeviation`):
 * ECI = (kc − mean kc)/s, PCI = (kp − mean kc)/s, so ECI_r is the mean PCI over r's activities.
 */
export function scaleOnRegions(
  kc: ArrayLike<number>,
  kp: ArrayLike<number>,
  spread: "population" | "long",
): { eci: Float64Array; pci: Float64Array } {
  const centre = mean(kc);
  const s = spread === "population" ? standardDeviation(kc, 0) : longStandardDeviation(kc, kp.length);
  return { eci: affineScale(kc, centre, s), pci: affineScale(kp, centre, s) };
}

/** EconGeo's `v / sum(v)`. */
export function divideBySum(values: ArrayLike<number>): Float64Array {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return Float64Array.from(values, (v) => v / sum);
}

/** Multiplies by ±1 into a new array. */
export function withSign(values: ArrayLike<number>, sign: number): Float64Array {
  return Float64Array.from(values, (v) => v * sign);
}
