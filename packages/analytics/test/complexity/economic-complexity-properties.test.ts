// Properties of the complexity kernels on random presence matrices (fast-check, fixed seed).
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { mean, pearsonCorrelation, standardDeviation } from "../../src/common/descriptive.ts";
import { complexityEigen } from "../../src/complexity/complexity-eigen.ts";
import { conventionMethods } from "../../src/complexity/convention-dispatch.ts";
import { economicComplexity } from "../../src/complexity/economic-complexity.ts";
import { type SparsePresence, sparsePresence } from "../../src/matrix/sparse-presence.ts";
import { profileIds } from "../../src/profiles/convention-profiles.ts";

const runs = { seed: 42, numRuns: 100 };

interface Case {
  readonly nR: number;
  readonly nP: number;
  readonly cells: number[];
  /** A permutation of the regions. */
  readonly order: number[];
}

const caseArb: fc.Arbitrary<Case> = fc
  .tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 3, max: 12 }))
  .chain(([nR, nP]) =>
    fc.record({
      nR: fc.constant(nR),
      nP: fc.constant(nP),
      cells: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: nR * nP, maxLength: nR * nP }),
      order: fc.shuffledSubarray(
        Array.from({ length: nR }, (_, i) => i),
        { minLength: nR, maxLength: nR },
      ),
    }),
  );

const presenceOf = (c: Case) => sparsePresence(c.cells, c.nR, c.nP);

/** Connected, no empty row or column, a simple well-separated λ2 and a decided diversity sign. */
function wellPosed(c: Case): boolean {
  const m = presenceOf(c);
  for (let r = 0; r < c.nR; r++) if (m.rowStart[r + 1] === m.rowStart[r]) return false;
  for (let p = 0; p < c.nP; p++) if (m.colStart[p + 1] === m.colStart[p]) return false;
  const eigen = complexityEigen(m);
  if (eigen.components !== 1 || !(eigen.eigenvalues[1]! > 1e-6) || !(eigen.spectralGap > 1e-3)) return false;
  const diversity = Array.from({ length: c.nR }, (_, r) => m.rowStart[r + 1]! - m.rowStart[r]!);
  return Math.abs(pearsonCorrelation(eigen.kc, diversity)) > 1e-3;
}

function permuteRows(c: Case): SparsePresence {
  const cells = c.order.flatMap((r) => c.cells.slice(r * c.nP, (r + 1) * c.nP));
  return sparsePresence(cells, c.nR, c.nP);
}

describe("economicComplexity properties", () => {
  test.prop([caseArb], runs)("permuting regions permutes ECI and leaves PCI unchanged", (c) => {
    fc.pre(wellPosed(c));
    for (const convention of ["smartspec", "py-ecomplexity", "economiccomplexity"] as const) {
      const base = economicComplexity(presenceOf(c), { convention, method: "eigenvalues" });
      const permuted = economicComplexity(permuteRows(c), { convention, method: "eigenvalues" });
      for (let i = 0; i < c.nR; i++) expect(permuted.eci[i]!).toBeCloseTo(base.eci[c.order[i]!]!, 9);
      for (let p = 0; p < c.nP; p++) expect(permuted.pci[p]!).toBeCloseTo(base.pci[p]!, 9);
    }
  });

  test.prop([caseArb], runs)("standardised ECI has mean 0 and SD 1 with the convention's ddof", (c) => {
    fc.pre(wellPosed(c));
    const m = presenceOf(c);
    const smartspec = economicComplexity(m);
    const py = economicComplexity(m, { convention: "py-ecomplexity" });
    const oec = economicComplexity(m, { convention: "oec" });
    // Reflections standardise k_r,18, which is nearly constant (λ2^9 ≪ 1): the centring cancels
    // digits, so their tolerance is looser than the eigenvector's.
    for (const [values, ddof, tolerance] of [
      [smartspec.eci, 1, 1e-12],
      [smartspec.pci, 1, 1e-12],
      [py.eci, 0, 1e-12],
      [oec.eci, 1, 1e-8],
      [oec.pci, 1, 1e-8],
    ] as const) {
      expect(Math.abs(mean(values))).toBeLessThan(tolerance);
      expect(Math.abs(standardDeviation(values, ddof) - 1)).toBeLessThan(tolerance);
    }
  });

  test.prop([caseArb], runs)(
    "λ1 = 1 within 1e-12 on connected inputs, found with or without deflation",
    (c) => {
      fc.pre(wellPosed(c));
      const m = presenceOf(c);
      expect(Math.abs(complexityEigen(m).eigenvalues[0]! - 1)).toBeLessThan(1e-12);
      const found = complexityEigen(m, { deflate: false });
      expect(Math.abs(found.eigenvalues[0]! - 1)).toBeLessThan(1e-12);
      expect(Math.abs(found.eigenvalues[1]! - complexityEigen(m).eigenvalues[1]!)).toBeLessThan(1e-12);
    },
  );

  test.prop([caseArb], runs)(
    "kpRaw has unit norm and kcRaw = D_r^-1 M kpRaw; py ECI_r = mean PCI over r",
    (c) => {
      fc.pre(wellPosed(c));
      const m = presenceOf(c);
      const { kpRaw, kcRaw } = economicComplexity(m);
      expect(Math.abs(Math.hypot(...kpRaw) - 1)).toBeLessThan(1e-12);
      const py = economicComplexity(m, { convention: "py-ecomplexity" });
      for (let r = 0; r < c.nR; r++) {
        const present = Array.from(m.rowActivities.subarray(m.rowStart[r]!, m.rowStart[r + 1]!));
        expect(kcRaw[r]!).toBeCloseTo(mean(present.map((p) => kpRaw[p]!)), 12);
        expect(py.eci[r]!).toBeCloseTo(mean(present.map((p) => py.pci[p]!)), 10);
      }
    },
  );

  test.prop([caseArb], runs)(
    "reflections (order 18/19) agree in sign with the eigenvector, or a warning says not",
    (c) => {
      fc.pre(wellPosed(c));
      const m = presenceOf(c);
      const reflections = economicComplexity(m, { convention: "economiccomplexity", method: "reflections" });
      const tool = economicComplexity(m, { convention: "economiccomplexity", method: "eigenvalues" });
      expect(pearsonCorrelation(tool.eci, reflections.eci)).toBeGreaterThanOrEqual(0);
      expect(pearsonCorrelation(tool.pci, reflections.pci)).toBeGreaterThanOrEqual(0);
      const smartspec = economicComplexity(m);
      const agree = pearsonCorrelation(smartspec.eci, reflections.eci) > 0;
      const warned = smartspec.warnings.some((w) => w.code === "sign-rules-disagree");
      expect(agree || warned).toBe(true);
    },
  );

  test.prop([caseArb], { seed: 42, numRuns: 30 })(
    "never modifies its input arrays (every convention and method)",
    (c) => {
      const m = presenceOf(c);
      const before = [m.rowStart, m.rowActivities, m.colStart, m.colRegions].map((a) => a.slice());
      for (const convention of profileIds) {
        for (const method of conventionMethods[convention]) {
          try {
            economicComplexity(m, { convention, method });
          } catch {
            // degenerate draws (fewer than two non-empty regions) may throw; inputs must still be intact
          }
        }
      }
      expect([m.rowStart, m.rowActivities, m.colStart, m.colRegions]).toEqual(before);
    },
  );
});
