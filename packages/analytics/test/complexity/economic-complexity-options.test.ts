// economicComplexity: options, refusals, warnings (exact catalogue text) and degenerate inputs.
import { describe, expect, it } from "vitest";
import { AnalyticsError } from "../../src/common/analytics-error.ts";
import { pearsonCorrelation } from "../../src/common/descriptive.ts";
import { complexityWarnings } from "../../src/complexity/complexity-warnings.ts";
import { economicComplexity } from "../../src/complexity/economic-complexity.ts";
import { sparsePresence } from "../../src/matrix/sparse-presence.ts";
import { closeToPrinted, toyPresence, toyPresenceRows } from "../fixtures/toy.ts";
import { randomPresence } from "./random-presence.ts";

const toy = () => sparsePresence(toyPresence(), 6, 8);

function errorCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof AnalyticsError ? error.code : "not-an-analytics-error";
  }
  return undefined;
}

describe("economicComplexity options", () => {
  it("refuses methods a tool does not offer, with the offered ones in the message", () => {
    expect(() => economicComplexity(toy(), { convention: "py-ecomplexity", method: "reflections" })).toThrow(
      'The py-ecomplexity convention has no "reflections" method; it offers eigenvalues.',
    );
    expect(errorCode(() => economicComplexity(toy(), { convention: "econgeo", method: "fitness" }))).toBe(
      "invalid-option",
    );
    expect(errorCode(() => economicComplexity(toy(), { convention: "oec", method: "fitness" }))).toBe(
      "invalid-option",
    );
  });

  it("refuses an unknown convention or method and bad iterations", () => {
    const bad = { convention: "stata" } as unknown as Parameters<typeof economicComplexity>[1];
    expect(errorCode(() => economicComplexity(toy(), bad))).toBe("invalid-option");
    const badMethod = { method: "pagerank" } as unknown as Parameters<typeof economicComplexity>[1];
    expect(errorCode(() => economicComplexity(toy(), badMethod))).toBe("invalid-option");
    expect(errorCode(() => economicComplexity(toy(), { convention: "oec", iterations: 1 }))).toBe(
      "invalid-option",
    );
    expect(errorCode(() => economicComplexity(toy(), { method: "reflections", iterations: 2.5 }))).toBe(
      "invalid-option",
    );
  });

  it("uses each tool's default method", () => {
    expect(economicComplexity(toy()).choices.method).toBe("eigenvalues");
    expect(economicComplexity(toy(), { convention: "economiccomplexity" }).choices.method).toBe("fitness");
    expect(economicComplexity(toy(), { convention: "oec" }).choices.method).toBe("reflections");
    expect(economicComplexity(toy(), { convention: "econgeo" }).choices.method).toBe("eigenvalues");
  });

  it("raises odd iterations by one for economiccomplexity (with a warning) but not for the OEC", () => {
    const raised = economicComplexity(toy(), {
      convention: "economiccomplexity",
      method: "reflections",
      iterations: 21,
    });
    expect(raised.choices.iterations).toBe(22);
    expect(raised.warnings).toEqual([complexityWarnings.iterationsRaised(21)]);
    expect(raised.warnings[0]!.message).toBe(
      "iterations = 21 is odd; raised to 22, as economiccomplexity does, so that ECI has even order.",
    );
    const oec = economicComplexity(toy(), { convention: "oec", iterations: 21 });
    expect(oec.choices.iterations).toBe(21);
    expect(oec.warnings).toEqual([]);
    expect(oec.choices.orders).toBe("k_r,19 and k_p,20");
    const fitness = economicComplexity(toy(), { convention: "economiccomplexity", iterations: 21 });
    expect(fitness.choices.updates).toBe(21);
  });

  it("runs Stata's pietronero with 50 updates and γ = 1 only", () => {
    const piet = economicComplexity(toy(), { convention: "atlas-stata", method: "fitness" });
    expect(piet.choices.updates).toBe(50);
    expect(piet.fitness!.reduce((a, b) => a + b, 0)).toBeCloseTo(6, 12);
    expect(
      errorCode(() => economicComplexity(toy(), { convention: "atlas-stata", method: "fitness", gamma: 2 })),
    ).toBe("invalid-option");
  });

  it("needs two regions and two activities with presence", () => {
    expect(errorCode(() => economicComplexity(sparsePresence([1, 1, 0, 0], 2, 2)))).toBe("too-few-regions");
    expect(errorCode(() => economicComplexity(sparsePresence([1, 0, 1, 0], 2, 2)))).toBe(
      "too-few-activities",
    );
  });

  it("records the choices of reference §3.3", () => {
    const { choices } = economicComplexity(toy(), { convention: "econgeo", method: "eigenvalues" });
    expect(choices.rounding).toBe("M̃ rounded to 4 dp (R round)");
    expect(choices.eigenIndex).toBe("2nd by decreasing modulus (R eigen())");
    const ec = economicComplexity(toy(), { convention: "economiccomplexity", method: "eigenvalues" }).choices;
    expect(String(ec.eigenIndex)).toContain("deviation");
    expect(ec.ddof).toBe(1);
    expect(economicComplexity(toy(), { convention: "py-ecomplexity" }).choices.pciBase).toBe("eci");
  });
});

describe("economicComplexity warnings and degenerate inputs", () => {
  it("drops a region and an activity without presence and re-attaches them as NaN", () => {
    // The toy with an empty region R7 appended and an empty activity I9 appended.
    const rows = toyPresenceRows.map((row) => [...row, 0]);
    rows.push([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const result = economicComplexity(sparsePresence(rows.flat(), 7, 9));
    const plain = economicComplexity(toy());
    expect(Number.isNaN(result.eci[6]!)).toBe(true);
    expect(Number.isNaN(result.pci[8]!)).toBe(true);
    expect(Number.isNaN(result.kpRaw[8]!)).toBe(true);
    expect(closeToPrinted(result.eci.subarray(0, 6), [...plain.eci], 14)).toEqual([]);
    expect(result.warnings).toEqual([complexityWarnings.droppedEmpty(1, 1)]);
    expect(result.warnings[0]!.message).toBe(
      "1 region(s) and 1 activity(ies) without any presence were left out of the complexity calculation; their values are NaN.",
    );
  });

  it("reports a disconnected graph: λ2 = 1 and ECI only labels the components", () => {
    // two separate blocks: regions 0-2 on activities 0-2, regions 3-4 on activities 3-4
    const dense = [
      [1, 1, 0, 0, 0],
      [1, 0, 1, 0, 0],
      [0, 1, 1, 0, 0],
      [0, 0, 0, 1, 1],
      [0, 0, 0, 1, 0],
    ].flat();
    const result = economicComplexity(sparsePresence(dense, 5, 5));
    expect(result.components).toBe(2);
    expect(Math.abs(result.eigenvalues[1]! - 1)).toBeLessThan(1e-12);
    expect(result.warnings.map((w) => w.code)).toContain("disconnected");
    expect(result.warnings.find((w) => w.code === "disconnected")!.message).toBe(
      "The region-activity network has 2 separate components, so λ2 = 1 and ECI/PCI only tell the components apart; compute complexity per component.",
    );
    expect(new Set(Array.from(result.eci, (v) => v.toFixed(9))).size).toBe(2);
  });

  it("reports a rank-1 M (every region has every activity): λ2 = 0, no gap, NaN ECI", () => {
    const result = economicComplexity(sparsePresence(new Array(12).fill(1), 3, 4));
    expect(result.eigenvalues[1]!).toBeLessThan(1e-12);
    expect(Number.isNaN(result.spectralGap)).toBe(true);
    expect(result.eci.every(Number.isNaN)).toBe(true);
    expect(result.warnings).toEqual([
      complexityWarnings.signUndetermined("smartspec"),
      complexityWarnings.degenerateSpectrum(),
    ]);
  });

  it("warns when the spectral gap is below 0.1 (random 40 x 60 presence)", () => {
    const result = economicComplexity(randomPresence(40, 60, 0.3, 3).m);
    expect(result.spectralGap).toBeLessThan(0.1);
    const warning = result.warnings.find((w) => w.code === "small-spectral-gap")!;
    expect(warning).toEqual(complexityWarnings.smallSpectralGap(result.spectralGap));
    expect(warning.message).toMatch(/^The spectral gap \(λ2 − λ3\)\/λ2 = 0\.\d{4} is below 0\.1: /);
  });

  it("warns when sign rules disagree, and the economiccomplexity rule then reverses the ranking", () => {
    // Found by a seeded search: corr(kc, diversity) = 0.064 but corr(kc, reflections) = −0.9985.
    const dense = [
      0, 1, 0, 0, 1, 0, 1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0, 0, 0, 0,
      1,
    ];
    const m = sparsePresence(dense, 6, 6);
    const smartspec = economicComplexity(m);
    expect(closeToPrinted([smartspec.signEvidence.diversity!], [0.063771], 6)).toEqual([]);
    expect(closeToPrinted([smartspec.signEvidence.reflections!], [-0.998544], 6)).toEqual([]);
    expect(smartspec.warnings).toEqual([
      complexityWarnings.signRulesDisagree(["reflections", "reflections-activities"]),
    ]);
    expect(smartspec.warnings[0]!.message).toBe(
      "Sign rules disagree: reflections, reflections-activities would reverse the ECI/PCI ranking chosen here; see signEvidence.",
    );
    const tool = economicComplexity(m, { convention: "economiccomplexity", method: "eigenvalues" });
    expect(pearsonCorrelation(smartspec.eci, tool.eci)).toBeCloseTo(-1, 12);
  });

  it("py: constant diversity makes np.sign(corr) NaN, so ECI is NaN; smartspec decides by Spearman (its first rule)", () => {
    // Every region has two activities (ubiquities 3, 2, 2, 1), so corr(kc, diversity) is undefined
    // and so are the even-order reflections (constant from constant diversity).
    const dense = [1, 1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0];
    const m = sparsePresence(dense, 4, 4);
    const py = economicComplexity(m, { convention: "py-ecomplexity" });
    expect(py.eci.every(Number.isNaN)).toBe(true);
    expect(py.warnings).toContainEqual(complexityWarnings.signUndetermined("py-ecomplexity"));
    const smartspec = economicComplexity(m);
    expect(smartspec.choices.signRule).toBe(
      "spearman(kp, ubiquity) < 0, else corr(kc, diversity) > 0, else reflections (decided by: ubiquity-spearman)",
    );
    expect(smartspec.signEvidence["ubiquity-spearman"]!).toBeLessThan(0);
    expect(smartspec.eci.every(Number.isFinite)).toBe(true);
  });

  it("econgeo: warns when the rounded matrix's second eigenvalue is a complex pair (real part used)", () => {
    // Found by a seeded search: unrounded λ2 ≈ λ3 ≈ 0.5; rounding to 4 dp makes them 0.49997 ± 2.5e-5 i.
    const dense = [
      1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 0,
      0, 1, 0, 0, 0, 0, 0, 0, 0, 1,
    ];
    const result = economicComplexity(sparsePresence(dense, 5, 9), { convention: "econgeo" });
    expect(result.warnings).toContainEqual(complexityWarnings.complexEigenvalue("regions"));
    expect(result.eci.every(Number.isFinite)).toBe(true);
    expect(Math.abs(Math.abs(result.eci.reduce((a, b) => a + b, 0)) - 1)).toBeLessThan(1e-12);
  });

  it("warns that the sign is arbitrary when no rule decides (a path graph mapped onto itself reversed)", () => {
    // a = {x, y}, b = {w, x}, c = {w, z}: the path y-a-x-b-w-c-z; reversing it maps ECI to −ECI.
    const dense = [0, 1, 1, 0, 1, 1, 0, 0, 1, 0, 0, 1];
    const result = economicComplexity(sparsePresence(dense, 3, 4));
    expect(result.choices.signRule).toBe(
      "spearman(kp, ubiquity) < 0, else corr(kc, diversity) > 0, else reflections (decided by: none)",
    );
    expect(result.warnings).toEqual([complexityWarnings.signUndetermined("smartspec")]);
    expect(result.warnings[0]!.message).toBe(
      "No sign rule decides (the correlations with diversity, reflections and ubiquity are all undefined or zero, as in a symmetric structure): the sign of ECI/PCI is arbitrary.",
    );
    expect(closeToPrinted(Array.from(result.eci, Math.abs), [1, 0, 1], 12)).toEqual([]);
  });

  it("falls back to the unrounded vector past the size limit of the econgeo path", () => {
    const { m } = randomPresence(2100, 6, 0.7, 9);
    const result = economicComplexity(m, { convention: "econgeo" });
    const regions = m.nRegions - Number(result.choices.droppedRegions);
    expect(result.warnings).toContainEqual(complexityWarnings.roundingSkipped(regions, 2000));
    expect(complexityWarnings.roundingSkipped(2099, 2000).message).toBe(
      "EconGeo's eigen() on the 4-dp rounded 2099 x 2099 matrix is beyond this engine's limit (2000, or Arnoldi did not converge); the unrounded eigenvector was used, which can differ from EconGeo in the 4th decimal or beyond.",
    );
    expect(String(result.choices.eigenSolver)).toContain(
      "kci: unrounded symmetric (size limit); tci: dense QR",
    );
    const finite = result.eci.filter(Number.isFinite);
    expect(Math.abs(finite.reduce((a, b) => a + b, 0))).toBeCloseTo(1, 9);
  });
});
