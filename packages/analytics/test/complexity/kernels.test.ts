// Unit tests of the small kernels: reflections chains, sign rules, scaling, Lanczos restarts, fitness.
import { describe, expect, it } from "vitest";
import { compactPresence, reattach } from "../../src/complexity/compact-presence.ts";
import {
  divideBySum,
  longStandardDeviation,
  scaleOnRegions,
} from "../../src/complexity/complexity-scaling.ts";
import { complexityWarnings } from "../../src/complexity/complexity-warnings.ts";
import { fitnessComplexity } from "../../src/complexity/fitness-complexity.ts";
import { lanczosEigen } from "../../src/complexity/lanczos-eigen.ts";
import { neighbourMeans, reflections } from "../../src/complexity/method-of-reflections.ts";
import { econgeoReflections } from "../../src/complexity/reflections-variants.ts";
import { disagreeingRules, ruleVerdict, smartspecSign } from "../../src/complexity/sign-rules.ts";
import { sparsePresence } from "../../src/matrix/sparse-presence.ts";
import { closeToPrinted, toyPresence } from "../fixtures/toy.ts";

const toy = () => sparsePresence(toyPresence(), 6, 8);

/** The textbook simultaneous recursion, for comparison (reference §4.3). */
function naiveReflections(order: number) {
  const m = toy();
  let kr: Float64Array = Float64Array.from({ length: 6 }, (_, r) => m.rowStart[r + 1]! - m.rowStart[r]!);
  let kp: Float64Array = Float64Array.from({ length: 8 }, (_, p) => m.colStart[p + 1]! - m.colStart[p]!);
  const history = [{ kr, kp }];
  for (let n = 1; n <= order; n++) {
    [kr, kp] = [neighbourMeans(m, kp, "regions", false), neighbourMeans(m, kr, "activities", false)];
    history.push({ kr, kp });
  }
  return history;
}

describe("reflections", () => {
  const history = naiveReflections(6);
  for (const [a, b] of [
    [0, 0],
    [1, 2],
    [2, 1],
    [4, 5],
    [5, 6],
    [6, 3],
  ] as const) {
    it(`runs only the chains it needs and matches the simultaneous recursion at orders (${a}, ${b})`, () => {
      const pair = reflections(toy(), a, b);
      expect(closeToPrinted(pair.regions, [...history[a]!.kr], 14)).toEqual([]);
      expect(closeToPrinted(pair.activities, [...history[b]!.kp], 14)).toEqual([]);
    });
  }

  it("gives k_r,1 = mean ubiquity and k_p,1 = mean diversity (reference §4.3)", () => {
    const { regions, activities } = reflections(toy(), 1, 1);
    expect([...regions]).toEqual([3.75, 3.75, 3.5, 4, 2.25, 2.6]);
    expect(closeToPrinted(activities, [3.75, 3.75, 4, 4, 4.5, 4.5, 4.5, 13 / 3], 14)).toEqual([]);
  });

  it("neighbourMeans with skipNaN leaves NaN out of the sum but not the count (R rowSums na.rm)", () => {
    const means = neighbourMeans(toy(), Float64Array.of(1, Number.NaN, 1, 1, 1, 1, 1, 1), "regions", true);
    expect([...means]).toEqual([0.75, 0.75, 0.75, 2 / 3, 1, 1]);
  });

  it("EconGeo rescaling gives NaN when a step is constant (max = min)", () => {
    // Two identical regions with the same two activities: every step is constant.
    const m = sparsePresence([1, 1, 1, 1], 2, 2);
    expect(econgeoReflections(m, 3).regions.every(Number.isNaN)).toBe(true);
    expect([...econgeoReflections(m, 2).regions]).toEqual([2, 2]);
  });
});

describe("sign rules", () => {
  const evidence = {
    diversity: 0.2,
    reflections: -0.9,
    "reflections-activities": -0.8,
    "ubiquity-spearman": -0.5,
  };

  it("reads each rule's verdict, Spearman with ubiquity the other way round", () => {
    expect(ruleVerdict("diversity", evidence)).toBe(1);
    expect(ruleVerdict("reflections", evidence)).toBe(-1);
    expect(ruleVerdict("ubiquity-spearman", evidence)).toBe(1);
    expect(ruleVerdict("diversity", { ...evidence, diversity: Number.NaN })).toBe(0);
    expect(disagreeingRules(evidence)).toEqual(["reflections", "reflections-activities"]);
  });

  it("smartspec takes the first decided of Spearman with ubiquity, diversity, reflections", () => {
    expect(smartspecSign(evidence)).toEqual({ sign: 1, rule: "ubiquity-spearman" });
    // UK ITL2 employment, subclass 2021 (the explorer's worked case): PCI rose with ubiquity in the
    // diversity orientation; Spearman flips it although diversity (weakly) agrees with it.
    const ukItl2 = {
      diversity: 0.1825224182201765,
      reflections: 0.9997761258056374,
      "reflections-activities": 0.9999082781873562,
      "ubiquity-spearman": 0.1882239243141503,
    };
    expect(smartspecSign(ukItl2)).toEqual({ sign: -1, rule: "ubiquity-spearman" });
    const noSpearman = { ...evidence, "ubiquity-spearman": Number.NaN };
    expect(smartspecSign(noSpearman)).toEqual({ sign: 1, rule: "diversity" });
    expect(smartspecSign({ ...noSpearman, diversity: 0 })).toEqual({ sign: -1, rule: "reflections" });
    const undecided = {
      diversity: Number.NaN,
      reflections: 0,
      "reflections-activities": 0,
      "ubiquity-spearman": Number.NaN,
    };
    expect(smartspecSign(undecided)).toEqual({ sign: 1, rule: "none" });
  });
});

describe("scaling", () => {
  it("Stata's long SD repeats each kc N_P times with an N − 1 denominator", () => {
    // long rows 1, 1, 2, 2, 3, 3: mean 2, Σ(x − 2)² = 4, sd = √(4/5)
    expect(longStandardDeviation([1, 2, 3], 2)).toBeCloseTo(Math.sqrt(4 / 5), 15);
  });

  it("py scales PCI on ECI's mean and population SD", () => {
    const { eci, pci } = scaleOnRegions([1, 2, 3], [0, 4], "population");
    const sd = Math.sqrt(2 / 3);
    expect(closeToPrinted(eci, [-1 / sd, 0, 1 / sd], 14)).toEqual([]);
    expect(closeToPrinted(pci, [-2 / sd, 2 / sd], 14)).toEqual([]);
  });

  it("divideBySum is EconGeo's v / sum(v)", () => {
    expect([...divideBySum([1, 3])]).toEqual([0.25, 0.75]);
  });
});

describe("compactPresence and reattach", () => {
  it("maps kept rows and columns back, NaN elsewhere", () => {
    const compact = compactPresence(sparsePresence([0, 0, 0, 1, 0, 1, 0, 0, 0], 3, 3));
    expect([...compact.keptRegions]).toEqual([1]);
    expect([...compact.keptActivities]).toEqual([0, 2]);
    expect([...compact.presence.rowActivities]).toEqual([0, 1]);
    expect([...compact.diversity]).toEqual([2]);
    expect([...reattach([7], compact.keptRegions, 3)]).toEqual([Number.NaN, 7, Number.NaN]);
  });
});

describe("lanczosEigen restarts", () => {
  it("finds a repeated top eigenvalue by restarting when the Krylov space becomes invariant", () => {
    const diagonal = [5, 5, 3, 1, 0.5];
    const operator = {
      size: 5,
      apply(x: Float64Array, y: Float64Array) {
        for (let i = 0; i < 5; i++) y[i] = diagonal[i]! * x[i]!;
      },
    };
    const result = lanczosEigen(operator, { count: 3 });
    expect(closeToPrinted(result.values, [5, 5, 3], 13)).toEqual([]);
    expect(result.converged).toBe(true);
  });

  it("searches only the complement of deflated vectors", () => {
    const diagonal = [4, 3, 2, 1];
    const operator = {
      size: 4,
      apply(x: Float64Array, y: Float64Array) {
        for (let i = 0; i < 4; i++) y[i] = diagonal[i]! * x[i]!;
      },
    };
    const result = lanczosEigen(operator, { count: 2, deflated: [Float64Array.of(1, 0, 0, 0)] });
    expect(closeToPrinted(result.values, [3, 2], 13)).toEqual([]);
  });
});

describe("fitnessComplexity", () => {
  it("keeps mean 1 for F and Q with extremality γ = 2 (Mariani et al. 2015)", () => {
    const { fitness, complexity } = fitnessComplexity(toy(), 10, 2);
    expect(fitness.reduce((a, b) => a + b, 0) / 6).toBeCloseTo(1, 14);
    expect(complexity.reduce((a, b) => a + b, 0) / 8).toBeCloseTo(1, 14);
    // γ changes the result: Q differs from the γ = 1 run.
    expect(complexity[7]).not.toBeCloseTo(fitnessComplexity(toy(), 10, 1).complexity[7]!, 6);
  });

  it("refuses a non-positive γ or negative updates", () => {
    expect(() => fitnessComplexity(toy(), 5, 0)).toThrow(
      "gamma (extremality) must be a positive number; got 0.",
    );
    expect(() => fitnessComplexity(toy(), -1, 1)).toThrow("updates must be an integer >= 0; got -1.");
  });

  it("zero updates return the starting ones", () => {
    expect([...fitnessComplexity(toy(), 0).fitness]).toEqual([1, 1, 1, 1, 1, 1]);
  });
});

describe("warning catalogue", () => {
  it("states the small-gap threshold in the message", () => {
    expect(complexityWarnings.smallSpectralGap(0.01234).message).toBe(
      "The spectral gap (λ2 − λ3)/λ2 = 0.0123 is below 0.1: the second eigenvector is unstable and small changes in the data can reorder ECI/PCI.",
    );
  });
});
