import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { mean, standardDeviation, standardise } from "../../src/common/descriptive.ts";
import { sparsePresence } from "../../src/matrix/sparse-presence.ts";
import {
  activityProximity,
  complexityOutlook,
  outlookVariants,
  relatednessDensity,
} from "../../src/relatedness/index.ts";
import { closeToPrinted, toyPresence } from "../fixtures/toy.ts";
import { maxRelativeError, presenceArbitrary, snapshot } from "./arbitraries.ts";
import { rawComplexity } from "./raw-eigenvector.ts";

const toySparse = () => sparsePresence(toyPresence(), 6, 8);
const raw = () => rawComplexity(toyPresence(), 6, 8);
// Reference §6.5: economiccomplexity 2.0.0 eigenvalues PCI (= OEC), the caller's PCI of variants B, C.
const pciEconomiccomplexity = [
  -1.01499, -1.01499, -0.9956803, -0.6079516, 1.0605604, 1.0605604, 1.0605604, 0.4519306,
];
const rowR4 = (a: Float64Array) => a.slice(3 * 8, 4 * 8);

/** SD with an N − 1 denominator over a vector repeated `times` times (Stata's long rows, §3.1). */
function longStandardDeviation(values: ArrayLike<number>, times: number): number {
  const m = mean(values);
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += times * (values[i]! - m) ** 2;
  return Math.sqrt(ss / (values.length * times - 1));
}

describe("raw eigenvector used by the py / Stata variants (test helper)", () => {
  it("finds λ2 = 0.766859 of M̃ (reference §6.3)", () => {
    expect(closeToPrinted([raw().lambda], [0.766859], 6)).toEqual([]);
  });
});

describe("COI (reference §6.11)", () => {
  it("py-ecomplexity: raw COI (derived) and z₀ of it", () => {
    const { outlookIndex } = complexityOutlook(toySparse(), raw().kp, "py-ecomplexity");
    expect(
      closeToPrinted(outlookIndex, [0.158697, 0.158697, 0.168231, -0.027387, -0.098671, -0.219633], 6),
    ).toEqual([]);
    const expected = [0.905413, 0.905413, 0.969175, -0.339152, -0.815914, -1.624935];
    expect(closeToPrinted(standardise(outlookIndex, 0), expected, 6)).toEqual([]);
  });

  it("atlas-stata (to confirm against Stata): standardised over the R·P long rows", () => {
    const { outlookIndex } = complexityOutlook(toySparse(), raw().kp, "atlas-stata");
    const m = mean(outlookIndex);
    const sd = longStandardDeviation(outlookIndex, 8);
    const expected = [0.897835, 0.897835, 0.969382, -0.379596, -0.784203, -1.601254];
    expect(
      closeToPrinted(
        outlookIndex.map((v) => (v - m) / sd),
        expected,
        6,
      ),
    ).toEqual([]);
  });

  it("economiccomplexity complexity_outlook with its eigenvector PCI, no scaling", () => {
    const { outlookIndex } = complexityOutlook(toySparse(), pciEconomiccomplexity, "economiccomplexity");
    const expected = [0.322986, 0.322986, 0.19959, -0.3113145, -0.3868879, -0.7902481];
    expect(closeToPrinted(outlookIndex, expected, 7)).toEqual([]);
  });
});

describe("COG / opportunity gain, row R4 (reference §6.12)", () => {
  it("py-ecomplexity: raw COG ÷ sd₀(kc)", () => {
    const { kp, kc } = raw();
    const cog = rowR4(complexityOutlook(toySparse(), kp, "py-ecomplexity").outlookGain);
    const sd = standardDeviation(kc, 0);
    const expected = [0, 0, -0.222481, 0, 1.460824, 1.460824, 1.460824, 0.999064];
    expect(
      closeToPrinted(
        cog.map((v) => v / sd),
        expected,
        6,
      ),
    ).toEqual([]);
  });

  it("atlas-stata (derived from the ado logic; to confirm against Stata): raw COG ÷ sd_long(kc)", () => {
    const { kp, kc } = raw();
    const cog = rowR4(complexityOutlook(toySparse(), kp, "atlas-stata").outlookGain);
    const sd = longStandardDeviation(kc, 8);
    const expected = [0, 0, 0.097637, 0, 1.357361, 1.357361, 1.357361, 1.022146];
    expect(
      closeToPrinted(
        cog.map((v) => v / sd),
        expected,
        6,
      ),
    ).toEqual([]);
  });

  it("economiccomplexity (eigenvector PCI), no scaling", () => {
    const cog = rowR4(
      complexityOutlook(toySparse(), pciEconomiccomplexity, "economiccomplexity").outlookGain,
    );
    const expected = [0, 0, -0.2618118, 0, 0.8861287, 0.8861287, 0.8861287, 0.5526716];
    expect(closeToPrinted(cog, expected, 7)).toEqual([]);
  });

  it("oec opportunity_gain: target-normalised, with subtraction, no mask (present cells non-zero)", () => {
    const cog = rowR4(complexityOutlook(toySparse(), pciEconomiccomplexity, "oec").outlookGain);
    const expected = [0.415438, 0.415438, 0.918002, 0.44083, 0.739635, 0.739635, 0.739635, 0.470361];
    expect(closeToPrinted(cog, expected, 6)).toEqual([]);
  });

  it("returns the variant's density: φ¹ for py / economiccomplexity, φ⁰ otherwise", () => {
    for (const variant of outlookVariants) {
      const result = complexityOutlook(toySparse(), pciEconomiccomplexity, variant);
      const expected = relatednessDensity(toySparse(), { diagonal: result.diagonal });
      expect(maxRelativeError(result.density, expected)).toBeLessThan(1e-15);
    }
  });
});

/** Book COI of one portfolio x under a fixed dense φ: Σ_q ω_q (1 − x_q) c_q, ω_q = Σ_s x_s φ_sq / Σ_s φ_sq. */
function portfolioOutlook(
  portfolio: ArrayLike<number>,
  phi: Float64Array,
  complexity: ArrayLike<number>,
): number {
  const n = portfolio.length;
  let coi = 0;
  for (let q = 0; q < n; q++) {
    if (portfolio[q] === 1) continue;
    let held = 0;
    let total = 0;
    for (let s = 0; s < n; s++) {
      held += portfolio[s]! * phi[s * n + q]!;
      total += phi[s * n + q]!;
    }
    coi += (held / total) * complexity[q]!;
  }
  return coi;
}

describe("smartspec COG = ΔCOI (property)", () => {
  const complexityValues = fc.array(fc.double({ min: -3, max: 3, noNaN: true }), {
    minLength: 8,
    maxLength: 8,
  });
  test.prop([presenceArbitrary(8, 8), complexityValues], { seed: 42, numRuns: 100 })(
    "COG_rp = COI_r(M_r + e_p) − COI_r(M_r) with φ⁰ held fixed; inputs unchanged",
    ({ dense, sparse, nRegions, nActivities }, values) => {
      const pci = Float64Array.from({ length: nActivities }, (_, p) => values[p]!);
      const pciBefore = [...pci];
      const sparseBefore = snapshot(sparse);
      const { outlookIndex, outlookGain } = complexityOutlook(sparse, pci, "smartspec");
      expect(snapshot(sparse)).toBe(sparseBefore);
      expect([...pci]).toEqual(pciBefore);
      const phi = activityProximity(sparse, { diagonal: 0 }).toDense();
      for (let r = 0; r < nRegions; r++) {
        const portfolio = dense.slice(r * nActivities, (r + 1) * nActivities);
        const before = portfolioOutlook(portfolio, phi, pci);
        if (Number.isNaN(before)) continue; // an activity related to nothing: ω is 0/0
        expect(outlookIndex[r]).toBeCloseTo(before, 10);
        for (let p = 0; p < nActivities; p++) {
          if (portfolio[p] === 1) {
            expect(outlookGain[r * nActivities + p]).toBe(0);
            continue;
          }
          const entered = portfolio.slice();
          entered[p] = 1;
          expect(outlookGain[r * nActivities + p]).toBeCloseTo(
            portfolioOutlook(entered, phi, pci) - before,
            10,
          );
        }
      }
    },
  );
});
