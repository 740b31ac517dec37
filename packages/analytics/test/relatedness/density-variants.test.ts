import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { sparsePresence } from "../../src/matrix/sparse-presence.ts";
import {
  activityCooccurrence,
  activityProximity,
  asymmetricProximity,
  continuousProximity,
  crossProximity,
  crossRelatedness,
  densityFromProximity,
  leaveOutDensity,
  nearestNeighbourCountDensity,
  nearestNeighbourDensity,
  relatednessDensity,
  relativeRelatedness,
} from "../../src/relatedness/index.ts";
import { revealedComparativeAdvantage } from "../../src/specialisation/revealed-comparative-advantage.ts";
import { closeToPrinted, toy, toyPresence } from "../fixtures/toy.ts";
import { maxRelativeError } from "./arbitraries.ts";

const toySparse = () => sparsePresence(toyPresence(), 6, 8);

describe("continuous density (reference §4.8, pitfall 10, §6.18)", () => {
  it("py-ecomplexity continuous=True (RCA levels, φ diagonal 1) exceeds 1, reaching ≈ 2.03", () => {
    const rca = revealedComparativeAdvantage(toy());
    const phi = continuousProximity(rca, 6, 8, { diagonal: 1 });
    const omega = densityFromProximity(rca, 6, 8, phi, { orientation: "rows" });
    expect(closeToPrinted([Math.max(...omega)], [2.03], 2)).toEqual([]);
  });
});

describe("kNN density (reference §4.8, pitfall 7, §6.18)", () => {
  it("py 0.5.2 knn = 3 returns integer counts 0..3 (bug), e.g. R1 / I1 = 3 and R3 / I8 = 0 (derived)", () => {
    const phi = activityProximity(toySparse(), { diagonal: 1 }).toDense();
    const counts = nearestNeighbourCountDensity(toyPresence(), 6, 8, phi, 3);
    expect([...counts].every((v) => Number.isInteger(v) && v >= 0 && v <= 3)).toBe(true);
    expect(new Set(counts)).toEqual(new Set([0, 1, 2, 3]));
    expect(counts[0]).toBe(3); // I1's neighbours I2, I3, I4 are all in R1
    expect(counts[2 * 8 + 7]).toBe(0); // I8's neighbours I5, I6, I7 are absent from R3
  });

  it("Stata knn(k) with k = P equals the canonical density with φ⁰", () => {
    const phi = activityProximity(toySparse(), { diagonal: 0 }).toDense();
    const knn = nearestNeighbourDensity(toyPresence(), 6, 8, phi, 8);
    expect(maxRelativeError(knn, relatednessDensity(toySparse(), { diagonal: 0 }))).toBeLessThan(1e-15);
  });

  it("Stata knn(1) keeps each column's largest proximity, with ties (derived)", () => {
    const phi = activityProximity(toySparse(), { diagonal: 0 }).toDense();
    const knn = nearestNeighbourDensity(toyPresence(), 6, 8, phi, 1);
    // I8's largest proximity, 2/3, is shared by I5, I6, I7: R6 holds all three, R3 none.
    expect(knn[5 * 8 + 7]).toBe(1);
    expect(knn[2 * 8 + 7]).toBe(0);
    // I4's largest, 0.75, is shared by I1 and I2: R4 holds both.
    expect(knn[3 * 8 + 3]).toBe(1);
  });

  it("applies the minimum-proximity floor", () => {
    const phi = activityProximity(toySparse(), { diagonal: 0 }).toDense();
    const knn = nearestNeighbourDensity(toyPresence(), 6, 8, phi, 8, { minimumProximity: 0.9 });
    expect(knn[2]).toBeNaN(); // I3's proximities are all below 0.9
    expect(knn[0]).toBe(1); // I1's only link ≥ 0.9 is I2, present in R1
  });

  it("rejects k outside 1..P", () => {
    const phi = new Float64Array(4);
    expect(() => nearestNeighbourDensity([1, 0], 1, 2, phi, 3)).toThrow(/k must be/);
    expect(() => nearestNeighbourCountDensity([1, 0], 1, 2, phi, 2)).toThrow(/k must be/);
  });
});

describe("asymmetric density (py asymmetric=True / Stata asym)", () => {
  it("weights the density of p by P(q | p) = C_pq / k_p, i.e. Σ_q M_rq C_pq / Σ_q C_pq", () => {
    const c = activityCooccurrence(toySparse());
    const phi = asymmetricProximity(c, { diagonal: 1 });
    const omega = densityFromProximity(toyPresence(), 6, 8, phi, { orientation: "rows" });
    // R4 = {I1, I2, I4}, p = I8: C_8q = 1, 1, 1, 1, 2, 2, 2, 3 (diagonal k = 3); Σ = 13.
    expect(omega[3 * 8 + 7]).toBeCloseTo(3 / 13, 15);
  });
});

describe("leaveOutDensity (Stata leaveout, reference §4.8)", () => {
  const levels = fc.integer({ min: 4, max: 8 }).chain((nRegions) =>
    fc.integer({ min: 2, max: 6 }).chain((nActivities) =>
      fc
        .array(fc.integer({ min: 1, max: 1000 }), {
          minLength: nRegions * nActivities,
          maxLength: nRegions * nActivities,
        })
        .map((values) => ({ nRegions, nActivities, values: Float64Array.from(values, (v) => v / 100) })),
    ),
  );

  test.prop([levels, fc.integer({ min: 1, max: 6 })], { seed: 42, numRuns: 100 })(
    "downdated correlations equal a recomputation without the region (within 1e-9, generic data)",
    ({ nRegions, nActivities, values }, rawK) => {
      const k = Math.min(rawK, nActivities);
      const copy = values.slice();
      const fast = leaveOutDensity(values, nRegions, nActivities, { k });
      expect([...values]).toEqual([...copy]);
      for (let r = 0; r < nRegions; r++) {
        const rest = values.filter((_, i) => Math.floor(i / nActivities) !== r);
        const phi = continuousProximity(rest, nRegions - 1, nActivities, { diagonal: 0 });
        const own = values.subarray(r * nActivities, (r + 1) * nActivities);
        const expected =
          k === nActivities
            ? densityFromProximity(own, 1, nActivities, phi)
            : nearestNeighbourDensity(own, 1, nActivities, phi, k);
        expect(
          maxRelativeError(fast.subarray(r * nActivities, (r + 1) * nActivities), expected),
        ).toBeLessThanOrEqual(1e-9);
      }
    },
  );

  it("equals the recomputation on the toy RCA, with and without kNN", () => {
    const rca = revealedComparativeAdvantage(toy());
    for (const k of [8, 3]) {
      const fast = leaveOutDensity(rca, 6, 8, { k });
      const rest = rca.filter((_, i) => i >= 8); // without R1
      const phi = continuousProximity(rest, 5, 8, { diagonal: 0 });
      const own = rca.subarray(0, 8);
      const expected =
        k === 8 ? densityFromProximity(own, 1, 8, phi) : nearestNeighbourDensity(own, 1, 8, phi, k);
      expect(maxRelativeError(fast.subarray(0, 8), expected)).toBeLessThanOrEqual(1e-12);
    }
  });

  it("needs three regions", () => {
    expect(() => leaveOutDensity([1, 2, 3, 4], 2, 2)).toThrow(/3 regions/);
  });
});

describe("relativeRelatedness (OEC, reference §6.9, pitfall 11)", () => {
  it("reproduces row R6 (derived from the source formula; absent activities I1-I3)", () => {
    const omega = relatednessDensity(toySparse(), { diagonal: 0 });
    const rr = relativeRelatedness(omega, toyPresence(), 6, 8);
    const expected = [0.57735, 0.57735, -1.154701, -7.505553, 170.318329, 170.318329, 170.318329, 98.227566];
    expect(closeToPrinted(rr.slice(40, 48), expected, 6)).toEqual([]);
  });

  it("uses the present or all activities on request, and NaN below two reference values", () => {
    const omega = [0.2, 0.4, 0.9];
    expect([...relativeRelatedness(omega, [1, 1, 0], 1, 3, "present")].map((v) => v.toFixed(6))).toEqual([
      "-0.707107",
      "0.707107",
      "4.242641",
    ]);
    expect(relativeRelatedness(omega, [1, 1, 0], 1, 3, "absent")[0]).toBeNaN();
    expect(relativeRelatedness(omega, [1, 1, 0], 1, 3, "all")[1]).toBeCloseTo(-0.1 / Math.sqrt(0.13), 12);
  });
});

describe("cross-relatedness (OEC cross_relatedness, reference §4.8)", () => {
  it("of a layer with itself equals the density with diagonal 1", () => {
    const sparse = toySparse();
    const omega = crossRelatedness(sparse, crossProximity(sparse, sparse), 8);
    expect(maxRelativeError(omega, relatednessDensity(sparse, { diagonal: 1 }))).toBeLessThan(1e-15);
  });

  it("maps layer-A presence to layer-B activities and checks shapes", () => {
    const a = sparsePresence([1, 0, 1, 1], 2, 2);
    const b = sparsePresence([1, 0, 0, 1], 2, 2);
    const phi = crossProximity(a, b); // [[1/2, 1/2], [0, 1]]
    expect([...phi]).toEqual([0.5, 0.5, 0, 1]);
    expect([...crossRelatedness(a, phi, 2)]).toEqual([1, 1 / 3, 1, 1]);
    expect(() => crossRelatedness(a, phi, 3)).toThrow(/2 x 3/);
    expect(() => crossProximity(a, sparsePresence([1], 1, 1))).toThrow(/same regions/);
  });
});
