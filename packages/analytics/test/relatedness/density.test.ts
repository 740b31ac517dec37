import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { sparsePresence } from "../../src/matrix/sparse-presence.ts";
import {
  activityProximity,
  densityDistance,
  densityFromProximity,
  proximityKernelStrategies,
  proximityWeightedSums,
  relatednessDensity,
} from "../../src/relatedness/index.ts";
import { closeToPrinted, toyDensityDiagonal0, toyDensityDiagonal1, toyPresence } from "../fixtures/toy.ts";
import { maxRelativeError, presenceArbitrary, snapshot } from "./arbitraries.ts";

const toySparse = () => sparsePresence(toyPresence(), 6, 8);
const strategies = proximityKernelStrategies;

describe("relatednessDensity (reference §4.8, §6.9)", () => {
  it.each(strategies)("reproduces the diagonal-1 matrix of economiccomplexity density() (%s)", (strategy) => {
    const omega = relatednessDensity(toySparse(), { diagonal: 1, strategy });
    expect(closeToPrinted(omega, toyDensityDiagonal1.flat(), 6)).toEqual([]);
  });

  it.each(strategies)("reproduces the diagonal-0 matrix of Stata / OEC relatedness() (%s)", (strategy) => {
    const omega = relatednessDensity(toySparse(), { diagonal: 0, strategy });
    expect(closeToPrinted(omega.slice(0, 8), toyDensityDiagonal0[0]!, 6)).toEqual([]);
    expect(closeToPrinted(omega.slice(40, 48), toyDensityDiagonal0[5]!, 6)).toEqual([]);
    expect(closeToPrinted(omega, toyDensityDiagonal0.flat(), 6)).toEqual([]);
  });

  it("shows the §6.18 delta at R1 / I1: 0.933333 with diagonal 1 vs 0.909091 with diagonal 0", () => {
    expect(closeToPrinted([relatednessDensity(toySparse(), { diagonal: 1 })[0]!], [0.933333], 6)).toEqual([]);
    expect(closeToPrinted([relatednessDensity(toySparse(), { diagonal: 0 })[0]!], [0.909091], 6)).toEqual([]);
  });

  it("scales to 0-100 and rounds with R's round() when asked", () => {
    const omega = relatednessDensity(toySparse(), { diagonal: 1, scale: 100, roundDigits: 2 });
    expect([...omega.slice(0, 4)]).toEqual([93.33, 93.33, 90, 75]);
  });

  it("gives NaN for an activity related to nothing (diagonal 0, alone in its regions)", () => {
    const omega = relatednessDensity(sparsePresence([1, 0, 0, 1], 2, 2), { diagonal: 0 });
    expect([...omega].every(Number.isNaN)).toBe(true);
    expect([...relatednessDensity(sparsePresence([1, 0, 0, 1], 2, 2), { diagonal: 1 })]).toEqual([
      1, 0, 0, 1,
    ]);
  });

  it("distance is 1 − density on each scale", () => {
    const omega = relatednessDensity(toySparse(), { diagonal: 0 });
    const d = densityDistance(omega);
    for (let i = 0; i < omega.length; i++) expect(d[i]! + omega[i]!).toBeCloseTo(1, 15);
    expect(densityDistance([25], 100)[0]).toBe(75);
  });

  it("densityFromProximity with 'rows' weights by row p (py's M @ (φᵀ / rowsum φ))", () => {
    const phi = Float64Array.from([0, 1, 3, 0]); // asymmetric: row 0 = [0, 1], row 1 = [3, 0]
    expect([...densityFromProximity([1, 0], 1, 2, phi, { orientation: "rows" })]).toEqual([0, 1]);
    expect([...densityFromProximity([1, 0], 1, 2, phi)]).toEqual([0, 1]);
    expect([...densityFromProximity([0, 1], 1, 2, phi)]).toEqual([1, 0]);
  });
});

describe("fast kernel = naive kernel (property)", () => {
  test.prop([presenceArbitrary(), fc.constantFrom(0 as const, 1 as const)], { seed: 42, numRuns: 100 })(
    "region-gram and dense ω equal M φ / colsum from a dense φ, within 1e-12",
    ({ dense, sparse, nRegions, nActivities }, diagonal) => {
      const phi = activityProximity(sparse, { diagonal }).toDense();
      const naive = densityFromProximity(dense, nRegions, nActivities, phi);
      for (const strategy of strategies) {
        const fast = relatednessDensity(sparse, { diagonal, strategy });
        expect(maxRelativeError(fast, naive)).toBeLessThanOrEqual(1e-12);
      }
    },
  );

  test.prop(
    [
      presenceArbitrary(),
      fc.constantFrom(0 as const, 1 as const),
      fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 10, maxLength: 10 }),
    ],
    { seed: 42, numRuns: 100 },
  )(
    "weighted sums K = M diag(u) φ and T = uᵀφ match the naive products",
    ({ dense, sparse, nRegions, nActivities }, diagonal, raw) => {
      const u = Float64Array.from({ length: nActivities }, (_, q) => raw[q]!);
      const phi = activityProximity(sparse, { diagonal }).toDense();
      const naiveK = new Float64Array(nRegions * nActivities);
      const naiveT = new Float64Array(nActivities);
      for (let q = 0; q < nActivities; q++) {
        for (let p = 0; p < nActivities; p++) {
          naiveT[p]! += u[q]! * phi[q * nActivities + p]!;
          for (let r = 0; r < nRegions; r++)
            naiveK[r * nActivities + p]! += dense[r * nActivities + q]! * u[q]! * phi[q * nActivities + p]!;
        }
      }
      const before = snapshot(sparse);
      for (const strategy of strategies) {
        const sums = proximityWeightedSums(sparse, [u, null], { diagonal, strategy });
        expect(maxRelativeError(sums.regionSums[0]!, naiveK)).toBeLessThanOrEqual(1e-12);
        expect(maxRelativeError(sums.totals[0]!, naiveT)).toBeLessThanOrEqual(1e-12);
      }
      expect(snapshot(sparse)).toBe(before);
      expect(u.every((v, q) => v === raw[q])).toBe(true);
    },
  );

  it("agrees across strategies on a 40 x 300 matrix (several column blocks of the dense kernel)", () => {
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const dense = Uint8Array.from({ length: 40 * 300 }, () => (random() < 0.3 ? 1 : 0));
    const sparse = sparsePresence(dense, 40, 300);
    const u = Float64Array.from({ length: 300 }, () => random() - 0.5);
    const phi = activityProximity(sparse, { diagonal: 1 }).toDense();
    const naive = densityFromProximity(dense, 40, 300, phi);
    const gram = proximityWeightedSums(sparse, [null, u], { diagonal: 1, strategy: "region-gram" });
    const blocked = proximityWeightedSums(sparse, [null, u], { diagonal: 1, strategy: "dense" });
    const single = proximityWeightedSums(sparse, [u], { diagonal: 1, strategy: "dense" });
    expect(
      maxRelativeError(relatednessDensity(sparse, { diagonal: 1, strategy: "dense" }), naive),
    ).toBeLessThan(1e-12);
    expect(maxRelativeError(blocked.regionSums[0]!, gram.regionSums[0]!)).toBeLessThan(1e-12);
    expect(maxRelativeError(blocked.regionSums[1]!, gram.regionSums[1]!)).toBeLessThan(1e-12);
    expect(maxRelativeError(single.regionSums[0]!, gram.regionSums[1]!)).toBeLessThan(1e-12);
  });

  test.prop([presenceArbitrary()], { seed: 42, numRuns: 100 })(
    "ω lies in [0, 1] for binary M (or is NaN for an unrelated activity)",
    ({ sparse }) => {
      for (const diagonal of [0, 1] as const) {
        for (const v of relatednessDensity(sparse, { diagonal }))
          expect(Number.isNaN(v) || (v >= 0 && v <= 1)).toBe(true);
      }
    },
  );

  test.prop([presenceArbitrary()], { seed: 42, numRuns: 100 })(
    "ω¹ = (ω⁰ S⁰ + M) / (S⁰ + 1) with S⁰_p = Σ_{q≠p} φ_qp (reference §3.4)",
    ({ dense, sparse, nRegions, nActivities }) => {
      const omega0 = relatednessDensity(sparse, { diagonal: 0 });
      const omega1 = relatednessDensity(sparse, { diagonal: 1 });
      const s0 = proximityWeightedSums(sparse, [null], { diagonal: 0 }).totals[0]!;
      for (let r = 0; r < nRegions; r++) {
        for (let p = 0; p < nActivities; p++) {
          const i = r * nActivities + p;
          const zero = s0[p] === 0 ? 0 : omega0[i]! * s0[p]!;
          expect(omega1[i]).toBeCloseTo((zero + dense[i]!) / (s0[p]! + 1), 12);
        }
      }
    },
  );
});
