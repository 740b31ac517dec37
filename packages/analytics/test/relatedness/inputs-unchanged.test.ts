// Reference pitfall 4: no kernel writes to its inputs (economiccomplexity's balassa_index() does).
// Every public kernel of src/relatedness runs on random inputs; each input must be byte-identical after.
import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  activityCooccurrence,
  activityProximity,
  asymmetricProximity,
  complexityOutlook,
  continuousProximity,
  cooccurrenceMatrix,
  cooccurrenceRelatedness,
  cooccurrenceRelatednessDensity,
  cooccurrenceZScore,
  crossProximity,
  crossRelatedness,
  densityDistance,
  densityFromProximity,
  leaveOutDensity,
  nearestNeighbourCountDensity,
  nearestNeighbourDensity,
  outlookVariants,
  proximityNetwork,
  proximityReader,
  proximityTotals,
  proximityWeightedSums,
  regionProximity,
  relatednessDensity,
  relativeRelatedness,
  sqrtProximity,
} from "../../src/relatedness/index.ts";
import { presenceArbitrary, snapshot } from "./arbitraries.ts";

const bytes = (a: ArrayBufferView) => [...new Uint8Array(a.buffer, a.byteOffset, a.byteLength)].join(",");

describe("inputs are never mutated (property)", () => {
  test.prop([presenceArbitrary(8, 8)], { seed: 42, numRuns: 100 })(
    "every relatedness kernel leaves its typed-array inputs byte-identical",
    ({ dense, sparse, nRegions: nR, nActivities: nP }) => {
      const levels = Float64Array.from(dense, (v, i) => v * 2 + (i % 3) / 4);
      const weights = Float64Array.from({ length: nP }, (_, p) => Math.sin(p + 1));
      const counts = activityCooccurrence(sparse);
      const phi = activityProximity(sparse, { diagonal: 0 }).toDense();
      const c = cooccurrenceMatrix(counts);
      const inputs: ArrayBufferView[] = [dense, levels, weights, phi, c, counts.counts, counts.occurrences];
      const before = inputs.map(bytes);
      const sparseBefore = snapshot(sparse);

      regionProximity(sparse, { diagonal: 1 });
      asymmetricProximity(counts, { diagonal: 1 });
      sqrtProximity(counts, { diagonal: 0 });
      continuousProximity(levels, nR, nP, { diagonal: 1 });
      crossRelatedness(sparse, crossProximity(sparse, sparse), nP);
      proximityTotals(sparse, weights, 0);
      proximityWeightedSums(sparse, [weights, null], { diagonal: 1, cooccurrence: counts });
      const omega = relatednessDensity(sparse, { diagonal: 0 });
      const omegaBefore = bytes(omega);
      densityDistance(omega);
      relativeRelatedness(omega, dense, nR, nP);
      expect(bytes(omega)).toBe(omegaBefore);
      densityFromProximity(levels, nR, nP, phi, { orientation: "rows" });
      nearestNeighbourDensity(levels, nR, nP, phi, nP);
      if (nP > 1) nearestNeighbourCountDensity(dense, nR, nP, phi, 1);
      if (nR >= 3) leaveOutDensity(levels, nR, nP);
      const relatedness = cooccurrenceRelatedness(c, nP, "prob");
      cooccurrenceRelatednessDensity(dense, nR, nP, relatedness);
      cooccurrenceZScore(dense, nR, nP);
      for (const variant of outlookVariants)
        complexityOutlook(sparse, weights, variant, { cooccurrence: counts });
      proximityNetwork(proximityReader(phi, nP), { averageLinks: 2 });

      expect(inputs.map(bytes)).toEqual(before);
      expect(snapshot(sparse)).toBe(sparseBefore);
    },
  );

  test.prop([presenceArbitrary()], { seed: 42, numRuns: 100 })(
    "distance = 1 − density, cell by cell",
    ({ sparse }) => {
      for (const diagonal of [0, 1] as const) {
        const omega = relatednessDensity(sparse, { diagonal });
        const distance = densityDistance(omega);
        omega.forEach((v, i) => {
          if (Number.isNaN(v)) expect(distance[i]).toBeNaN();
          else expect(distance[i]).toBe(1 - v);
        });
      }
    },
  );
});
