// The eigen-solvers against closed forms and against each other (dense oracle vs Lanczos).
import { describe, expect, it } from "vitest";
import { compactPresence } from "../../src/complexity/compact-presence.ts";
import { complexityEigen } from "../../src/complexity/complexity-eigen.ts";
import { econgeoEigenvector, roundedTransition } from "../../src/complexity/econgeo-eigenvector.ts";
import { hessenbergEigenvalues, hessenbergReduce } from "../../src/complexity/hessenberg-eigenvalues.ts";
import { hessenbergEigenvector } from "../../src/complexity/hessenberg-eigenvector.ts";
import { lanczosEigen } from "../../src/complexity/lanczos-eigen.ts";
import { symmetricEigenDense } from "../../src/complexity/symmetric-eigen-dense.ts";
import { tridiagonalEigen } from "../../src/complexity/tridiagonal-eigen.ts";
import { sparsePresence } from "../../src/matrix/sparse-presence.ts";
import { closeToPrinted, toyPresence } from "../fixtures/toy.ts";
import { nestedPresence, randomPresence, transposePresence } from "./random-presence.ts";

/** Park-Miller minimal standard generator in [−0.5, 0.5): fixed test data. */
function uniforms(count: number, seed: number): Float64Array {
  let s = seed;
  return Float64Array.from({ length: count }, () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647 - 0.5;
  });
}

function randomSymmetric(n: number, seed: number): Float64Array {
  const u = uniforms(n * n, seed);
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = u[i * n + j]!;
  return a;
}

describe("tridiagonalEigen (implicit QL, EISPACK tql2)", () => {
  it("solves the 2 x 2 [[2, 1], [1, 2]]: 3 and 1", () => {
    const { values, vectors } = tridiagonalEigen([2, 2], [1]);
    expect([...values]).toEqual([3, 1]);
    expect(closeToPrinted(vectors, [Math.SQRT1_2, Math.SQRT1_2, Math.SQRT1_2, -Math.SQRT1_2], 15)).toEqual(
      [],
    );
  });

  it("gives 2 − 2cos(kπ/(n+1)) for the second-difference matrix, n = 12", () => {
    const n = 12;
    const { values } = tridiagonalEigen(new Array(n).fill(2), new Array(n - 1).fill(-1));
    const exact = Array.from({ length: n }, (_, k) => 2 - 2 * Math.cos(((n - k) * Math.PI) / (n + 1)));
    expect(closeToPrinted(values, exact, 13)).toEqual([]);
  });

  it("accumulating only the last row gives the last row of the full eigenvectors", () => {
    const d = uniforms(9, 11);
    const e = uniforms(8, 12);
    const full = tridiagonalEigen(d, e);
    const last = new Float64Array(9);
    last[8] = 1;
    const partial = tridiagonalEigen(d, e, last);
    expect(closeToPrinted(partial.vectors, [...full.vectors.subarray(72, 81)], 14)).toEqual([]);
  });

  it("does not modify its inputs", () => {
    const d = Float64Array.of(1, 2, 3);
    const e = Float64Array.of(0.5, 0.25);
    tridiagonalEigen(d, e);
    expect([...d, ...e]).toEqual([1, 2, 3, 0.5, 0.25]);
  });
});

describe("symmetricEigenDense (tred2 + tql2)", () => {
  for (const n of [1, 2, 5, 40]) {
    it(`satisfies A V = V Λ and VᵀV = I to 1e-12 with sorted values, n = ${n}`, () => {
      const a = randomSymmetric(n, 100 + n);
      const copy = a.slice();
      const { values, vectors } = symmetricEigenDense(a, n);
      let residual = 0;
      let orthogonality = 0;
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < n; i++) {
          let s = 0;
          for (let k = 0; k < n; k++) s += a[i * n + k]! * vectors[k * n + j]!;
          residual = Math.max(residual, Math.abs(s - values[j]! * vectors[i * n + j]!));
        }
        for (let l = 0; l < n; l++) {
          let s = 0;
          for (let k = 0; k < n; k++) s += vectors[k * n + j]! * vectors[k * n + l]!;
          orthogonality = Math.max(orthogonality, Math.abs(s - (j === l ? 1 : 0)));
        }
        if (j > 0) expect(values[j]!).toBeLessThanOrEqual(values[j - 1]!);
      }
      expect(residual).toBeLessThan(1e-12);
      expect(orthogonality).toBeLessThan(1e-12);
      expect(a).toEqual(copy);
    });
  }
});

describe("lanczosEigen against the dense oracle", () => {
  it("finds the top 4 eigenpairs of a random 60 x 60 symmetric matrix to 1e-12", () => {
    const n = 60;
    const a = randomSymmetric(n, 7);
    const operator = {
      size: n,
      apply(x: Float64Array, y: Float64Array) {
        for (let i = 0; i < n; i++) {
          let s = 0;
          for (let k = 0; k < n; k++) s += a[i * n + k]! * x[k]!;
          y[i] = s;
        }
      },
    };
    const dense = symmetricEigenDense(a, n);
    const lanczos = lanczosEigen(operator, { count: 4 });
    expect(lanczos.converged).toBe(true);
    expect(closeToPrinted(lanczos.values, [...dense.values.subarray(0, 4)], 12)).toEqual([]);
    for (let j = 0; j < 4; j++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += lanczos.vectors[j]![i]! * dense.vectors[i * n + j]!;
      expect(Math.abs(Math.abs(dot) - 1)).toBeLessThan(1e-10);
    }
  });

  it("complexityEigen matches the dense spectrum of B Bᵀ on a random 50 x 80 presence", () => {
    const { dense, m } = randomPresence(50, 80, 0.3, 5);
    const eigen = complexityEigen(m, { count: 5 });
    const diversity = Array.from({ length: 50 }, (_, r) => m.rowStart[r + 1]! - m.rowStart[r]!);
    const ubiquity = Array.from({ length: 80 }, (_, p) => m.colStart[p + 1]! - m.colStart[p]!);
    const gram = new Float64Array(50 * 50);
    for (let r = 0; r < 50; r++) {
      for (let s = 0; s < 50; s++) {
        let sum = 0;
        for (let p = 0; p < 80; p++) sum += (dense[r * 80 + p]! * dense[s * 80 + p]!) / ubiquity[p]!;
        gram[r * 50 + s] = sum / Math.sqrt(diversity[r]! * diversity[s]!);
      }
    }
    const oracle = symmetricEigenDense(gram, 50);
    expect(closeToPrinted(eigen.eigenvalues, [...oracle.values.subarray(0, 5)], 12)).toEqual([]);
    // kp is an eigenvector of M̃^P = D_p^-1 Mᵀ D_r^-1 M for λ2: residual ~ 1e-13.
    let residual = 0;
    for (let p = 0; p < 80; p++) {
      let s = 0;
      for (let r = 0; r < 50; r++) {
        if (!dense[r * 80 + p]) continue;
        for (let q = 0; q < 80; q++) s += (dense[r * 80 + q]! * eigen.kp[q]!) / diversity[r]!;
      }
      residual = Math.max(residual, Math.abs(s / ubiquity[p]! - eigen.eigenvalues[1]! * eigen.kp[p]!));
    }
    expect(residual).toBeLessThan(1e-12);
  });

  it("solves the activities side when there are fewer activities, with the transpose's spectrum", () => {
    const { dense, m } = randomPresence(80, 50, 0.3, 6);
    const eigen = complexityEigen(m);
    const transposed = complexityEigen(transposePresence(dense, 80, 50));
    expect(eigen.solvedSide).toBe("activities");
    expect(transposed.solvedSide).toBe("regions");
    expect(eigen.converged).toBe(true);
    expect(closeToPrinted(transposed.eigenvalues, eigen.eigenvalues, 12)).toEqual([]);
    // Transposing swaps the roles: kp of one is kc of the other, up to scale and sign.
    const ratio = transposed.kc[0]! / eigen.kp[0]!;
    expect(
      closeToPrinted(
        transposed.kc,
        Array.from(eigen.kp, (v) => v * ratio),
        12,
      ),
    ).toEqual([]);
  });
});

describe("Hessenberg QR and inverse iteration (non-symmetric)", () => {
  it("finds 2 and ±i for a rotation block", () => {
    const form = hessenbergReduce([0, -1, 0, 1, 0, 0, 0, 0, 2], 3);
    const { real, imaginary } = hessenbergEigenvalues(form);
    const pairs = [...real]
      .map((re, i) => [re, imaginary[i]!])
      .sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]!);
    expect(closeToPrinted(pairs.flat(), [2, 0, 0, 1, 0, -1], 14)).toEqual([]);
  });

  for (const n of [6, 25]) {
    it(`gives eigenpairs with residual < 1e-12 for every eigenvalue, random ${n} x ${n}`, () => {
      const a = uniforms(n * n, 40 + n);
      const form = hessenbergReduce(a, n);
      const { real, imaginary } = hessenbergEigenvalues(form);
      let trace = 0;
      let sum = 0;
      for (let i = 0; i < n; i++) {
        trace += a[i * n + i]!;
        sum += real[i]!;
      }
      expect(Math.abs(trace - sum)).toBeLessThan(1e-12);
      expect(imaginary.some((v) => v !== 0)).toBe(true);
      for (let k = 0; k < n; k++) {
        const v = hessenbergEigenvector(form, real[k]!, imaginary[k]!);
        let worst = 0;
        for (let i = 0; i < n; i++) {
          let sr = 0;
          let si = 0;
          for (let j = 0; j < n; j++) {
            sr += a[i * n + j]! * v.real[j]!;
            si += a[i * n + j]! * v.imaginary[j]!;
          }
          sr -= real[k]! * v.real[i]! - imaginary[k]! * v.imaginary[i]!;
          si -= real[k]! * v.imaginary[i]! + imaginary[k]! * v.real[i]!;
          worst = Math.max(worst, Math.hypot(sr, si));
        }
        expect(worst).toBeLessThan(1e-12);
      }
    });
  }

  it("Arnoldi (sides above 150) gives the dense-QR eigenvector of the rounded M̃ to 1e-10", () => {
    const m = compactPresence(nestedPresence(220, 40, 4).m).presence;
    const arnoldi = econgeoEigenvector(m, "regions")!;
    expect(arnoldi.solver).toBe("Arnoldi");
    const n = m.nRegions;
    const form = hessenbergReduce(roundedTransition(m, "regions"), n);
    const { real, imaginary } = hessenbergEigenvalues(form);
    const order = Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => Math.hypot(real[b]!, imaginary[b]!) - Math.hypot(real[a]!, imaginary[a]!),
    );
    const k = order[1]!;
    expect(closeToPrinted([arnoldi.eigenvalue[0]], [real[k]!], 12)).toEqual([]);
    const dense = hessenbergEigenvector(form, real[k]!, 0).real;
    const sum = dense.reduce((a, b) => a + b, 0);
    expect(
      closeToPrinted(
        arnoldi.values,
        Array.from(dense, (v) => v / sum),
        10,
      ),
    ).toEqual([]);
  });

  it("rounds the toy M̃^R to 4 dp as R's round(rs %*% cs, 4) (reference §3.1, derived)", () => {
    const rounded = roundedTransition(sparsePresence(toyPresence(), 6, 8), "regions");
    // R1: Σ over I1..I4 of 1/(4 k_p) = 1/16 + 1/16 + 1/12 + 1/16 = 0.270833…; R1·R3 = 0.208333…
    expect([...rounded.subarray(0, 6)]).toEqual([0.2708, 0.2708, 0.2083, 0.1875, 0, 0.0625]);
    expect([...rounded.subarray(30, 36)]).toEqual([0.05, 0.05, 0.0667, 0.05, 0.3667, 0.4167]);
  });
});
