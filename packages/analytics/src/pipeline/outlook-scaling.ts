// Post-scaling of COI and COG by profile (analytics reference §3.1, rows COI and COG):
//   py-ecomplexity: COI -> z0 over regions; COG ÷ sd0(kc);
//   atlas-stata:    COI standardised over the long rows (each region repeated once per activity,
//                   SD with N-1 over N_R·N_P rows); COG ÷ sd_long(kc);
//   others:         raw (economiccomplexity, OEC, smartspec use the PCI they were given).
import { mean, standardDeviation } from "../common/descriptive.ts";
import { longStandardDeviation } from "../complexity/complexity-scaling.ts";
import type { ProfileId } from "../profiles/convention-profiles.ts";

/** Scales raw COI (per region) and COG (R x P) into new arrays, as the profile's tool does. */
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
  const coiSd = long ? longStandardDeviation(coi, nActivities) : standardDeviation(coi, 0);
  const kcSd = long ? longStandardDeviation(kcRaw, nActivities) : standardDeviation(kcRaw, 0);
  const scaledCoi = coi.map((v) => (v - coiMean) / coiSd);
  const scaledCog = cog.map((v) => v / kcSd);
  return { coi: scaledCoi, cog: scaledCog };
}
