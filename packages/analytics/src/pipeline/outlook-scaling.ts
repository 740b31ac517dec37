// Post-scaling of COI and COG by profile (analytics reference §3.1, rows COI and COG):
//   py-ecomplexity: COI -> z0 over regions; COG ÷ sd0(kc);
//   atlas-stata:    COI standardised over the long rows (each region repeated once per activity,
//                   SD with N-1 over N_R·N_P rows); COG ÷ sd_long(kc);
//   others:         raw (economiccomplexity, OEC, smartspec use the PCI they were given).
import { mean, standardDeviation } from "../common/descriptive.ts";
import { longStandardDeviation } from "../complexity/complexity-scaling.ts";
import type { ProfileId } from "../profiles/convention-profiles.ts";

/**
 * The divisor of raw COG (the sd of kc, as the profile's tool computes it) for the profiles that
 * scale COG, else undefined. COG is divided cell by cell as it is made (band by band).
 */
export function outlookGainDivisor(
  profile: ProfileId,
  kcRaw: Float64Array,
  nActivities: number,
): number | undefined {
  if (profile !== "py-ecomplexity" && profile !== "atlas-stata") return undefined;
  return profile === "atlas-stata" ? longStandardDeviation(kcRaw, nActivities) : standardDeviation(kcRaw, 0);
}

/** COI as the profile's tool scales it (a new array; the raw one when the profile does not scale). */
export function scaleOutlookIndex(profile: ProfileId, coi: Float64Array, nActivities: number): Float64Array {
  if (profile !== "py-ecomplexity" && profile !== "atlas-stata") return coi;
  const coiMean = mean(coi);
  const coiSd =
    profile === "atlas-stata" ? longStandardDeviation(coi, nActivities) : standardDeviation(coi, 0);
  return coi.map((v) => (v - coiMean) / coiSd);
}
