// Post-scaling of COI and COG by profile (analytics reference §3.1, rows COI and COG):
//   py-ecomplexity: COI -> z0 over regions; COG ÷ sd0(kc);
//   atlas-stata:    COI standardised over the long rows (each region repeated once per activity,
//                   SD with N-1 over N_R·N_P rows); COG ÷ sd_long(kc);
//   others:         raw (economiccomplexity, OEC, smartspec use the PCI they were given).
import { mean } from "../common/descriptive.ts";
import type { ProfileId } from "../profiles/convention-profiles.ts";

/** SD of a region vector over the long dataset: every value counted `repeat` times, N-1 denominator. */
export function longStandardDeviation(values: ArrayLike<number>, repeat: number): number {
  const m = mean(values);
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += (values[i]! - m) ** 2;
  return Math.sqrt((ss * repeat) / (values.length * repeat - 1));
}

function populationSd(values: ArrayLike<number>): number {
  const m = mean(values);
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += (values[i]! - m) ** 2;
  return Math.sqrt(ss / values.length);
}

/** Scales raw COI (per region) and COG (R x P) in place of new arrays, as the profile's tool does. */
export function scaleOutlook(
  profile: ProfileId,
  coi: Float64Array,
  cog: Float64Array,
  kcRaw: Float64Array,
  nActivities: number,
): { coi: Float64Array; cog: Float64Array } {
  if (profile !== "py-ecomplexity" && profile !== "atlas-stata") return { coi, cog };
  const long = profile === "atlas-stata";
  const coiMean = mean(coi);
  const coiSd = long ? longStandardDeviation(coi, nActivities) : populationSd(coi);
  const kcSd = long ? longStandardDeviation(kcRaw, nActivities) : populationSd(kcRaw);
  const scaledCoi = coi.map((v) => (v - coiMean) / coiSd);
  const scaledCog = cog.map((v) => v / kcSd);
  return { coi: scaledCoi, cog: scaledCog };
}
