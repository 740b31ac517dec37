// The `econgeo` profile's relatedness path: EconGeo has no product-space proximity; its density is
// `relatedness_density(M, relatedness(co_occurrence(t(M))))` with method "prob", 0-100, 2 dp
// (reference §4.7, §4.8). Dense P x P, as in EconGeo itself.
import { type CooccurrenceCounts, cooccurrenceMatrix } from "../relatedness/cooccurrence-counts.ts";
import { cooccurrenceRelatedness } from "../relatedness/cooccurrence-relatedness.ts";
import { cooccurrenceRelatednessDensity } from "../relatedness/cooccurrence-relatedness-density.ts";
import { type ProximityReader, proximityReader } from "../relatedness/minimum-conditional-proximity.ts";

export function econgeoRelatedness(
  presence: Uint8Array,
  nRegions: number,
  cooccurrence: CooccurrenceCounts,
): { relatedness: ProximityReader; density: Float64Array } {
  const size = cooccurrence.size;
  const relatedness = cooccurrenceRelatedness(cooccurrenceMatrix(cooccurrence, false), size, "prob");
  const density = cooccurrenceRelatednessDensity(presence, nRegions, size, relatedness).density;
  return { relatedness: proximityReader(relatedness, size), density };
}
