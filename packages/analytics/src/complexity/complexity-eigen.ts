// The complexity eigenproblem in symmetric form (analytics reference §4.4; py-ecomplexity issues
// #45, #48): with B = D_r^{-1/2} M D_p^{-1/2}, the eigenvalues of M̃^R = D_r^{-1} M D_p^{-1} Mᵀ and of
// M̃^P are σ² of B. We solve the Gram matrix of the smaller side (BBᵀ if R <= P, else BᵀB) by
// Lanczos with sparse matvecs (O(nnz) per step), deflating the known λ = 1 eigenvectors
// ∝ D^{1/2}·1 of each connected component, sort by value and take λ2 — never an unsorted column
// (reference §5, pitfall 1).
import { AnalyticsError } from "../common/analytics-error.ts";
import { wasmInstance } from "../common/wasm-instance.ts";
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import { bipartiteComponents } from "./bipartite-components.ts";
import { compactPresence, reattach } from "./compact-presence.ts";
import { gatherSums } from "./gather-sums.ts";
import { gatherSumsWasm } from "./gather-sums-wasm.ts";
import { lanczosEigen, type SymmetricOperator } from "./lanczos-eigen.ts";

/** How the symmetric problem is solved, as recorded in `choices.eigenSolver`. */
export const symmetricSolverName =
  "Lanczos (full reorthogonalisation, tql2) on the smaller Gram matrix of B = D_r^-1/2 M D_p^-1/2, λ1 = 1 deflated";

/** λ2 at or below this (‖M̃‖ = 1) means M has rank 1: every region has the same activities. */
export const degenerateEigenvalue = 1e-12;

export interface ComplexityEigenOptions {
  /** Eigenvalues wanted, >= 3 (λ3 gives the spectral gap); default 3. */
  readonly count?: number;
  /** Deflate the known λ = 1 eigenvectors (default true); false makes Lanczos find them itself. */
  readonly deflate?: boolean;
  /** Lanczos residual tolerance relative to ‖B Bᵀ‖ = 1; default 1e-13. */
  readonly tolerance?: number;
}

export interface ComplexityEigen {
  /** λ1 >= λ2 >= ... of M̃ (length min(count, max(R, P)); zeros beyond the rank of the smaller side). */
  readonly eigenvalues: number[];
  /** (λ2 − λ3) / λ2; NaN if λ3 does not exist or λ2 <= `degenerateEigenvalue`. */
  readonly spectralGap: number;
  /** Eigenvector of M̃^P for λ2, D_p^{-1/2} v2 scaled to unit 2-norm, uncentred, sign not yet fixed. */
  readonly kp: Float64Array;
  /** kc = D_r^{-1} M kp (an eigenvector of M̃^R for λ2). */
  readonly kc: Float64Array;
  /** Connected components of the bipartite graph of the non-empty part of M. */
  readonly components: number;
  readonly solvedSide: "regions" | "activities";
  /** Krylov dimension used, and whether every wanted Ritz pair converged. */
  readonly krylovDimension: number;
  readonly converged: boolean;
}

/**
 * Top eigenvalues and the λ2 eigenvectors (kp, kc) of the complexity problem for presence M.
 * Regions/activities without presence are ignored and get NaN in kp/kc. Needs at least two
 * non-empty regions and activities (`too-few-regions` / `too-few-activities`).
 *
 * @example complexityEigen(toyPresence).eigenvalues // [1, 0.766859…, 0.139234…]
 */
export function complexityEigen(m: SparsePresence, options: ComplexityEigenOptions = {}): ComplexityEigen {
  const compact = compactPresence(m);
  const cm = compact.presence;
  const nR = cm.nRegions;
  const nP = cm.nActivities;
  if (nR < 2)
    throw new AnalyticsError("too-few-regions", "Complexity needs at least two regions with presence.");
  if (nP < 2) {
    throw new AnalyticsError("too-few-activities", "Complexity needs at least two activities with presence.");
  }
  const count = Math.max(3, options.count ?? 3);
  const side = nR <= nP ? "regions" : "activities";
  const degree = side === "regions" ? compact.diversity : compact.ubiquity;
  const operator = gramOperator(cm, compact.diversity, compact.ubiquity, side);
  const components = bipartiteComponents(cm);
  const labels = side === "regions" ? components.regionComponent : components.activityComponent;
  const known = options.deflate === false ? [] : componentVectors(labels, degree, components.count);
  const knownValues = known.map((u) => rayleighQuotient(operator, u));
  const lanczos = lanczosEigen(operator, {
    count: Math.max(count - known.length, 2 - known.length, 0),
    deflated: known,
    scale: 1,
    tolerance: options.tolerance ?? 1e-13,
  });
  const n = operator.size;
  const eigenvalues = [...knownValues, ...lanczos.values].sort((a, b) => b - a);
  while (eigenvalues.length < count && eigenvalues.length < Math.max(nR, nP)) eigenvalues.push(0);
  eigenvalues.length = Math.min(eigenvalues.length, count);
  const second = secondVector(known, lanczos.vectors, degree, labels, n);
  const { kp, kc } = complexityVectors(cm, compact.diversity, compact.ubiquity, side, second);
  const l2 = eigenvalues[1]!;
  const l3 = eigenvalues[2];
  return {
    eigenvalues,
    spectralGap: l3 === undefined || !(l2 > degenerateEigenvalue) ? Number.NaN : (l2 - l3) / l2,
    kp: reattach(kp, compact.keptActivities, m.nActivities),
    kc: reattach(kc, compact.keptRegions, m.nRegions),
    components: components.count,
    solvedSide: side,
    krylovDimension: lanczos.dimension,
    converged: lanczos.converged,
  };
}

/**
 * y = B Bᵀ x (regions side) or y = Bᵀ B x (activities side): x is scaled once, then two gathers over
 * the non-zeros (CSC then CSR, or CSR then CSC), 2·nnz additions in all.
 */
function gramOperator(
  m: SparsePresence,
  diversity: Float64Array,
  ubiquity: Float64Array,
  side: "regions" | "activities",
): SymmetricOperator {
  const regions = side === "regions";
  const n = regions ? m.nRegions : m.nActivities;
  const other = regions ? m.nActivities : m.nRegions;
  const outerStart = regions ? m.colStart : m.rowStart;
  const outerIndex = regions ? m.colRegions : m.rowActivities;
  const innerStart = regions ? m.rowStart : m.colStart;
  const innerIndex = regions ? m.rowActivities : m.colRegions;
  const innerScale = (regions ? diversity : ubiquity).map((d) => 1 / Math.sqrt(d));
  const outerScale = (regions ? ubiquity : diversity).map((d) => 1 / d);
  const wasm = wasmGather(outerStart, outerIndex, innerStart, innerIndex, n, other);
  if (wasm !== undefined) {
    const { gather, at, xs, t, y: sums } = wasm;
    return {
      size: n,
      apply(x, y) {
        for (let i = 0; i < n; i++) xs[i] = x[i]! * innerScale[i]!;
        gather(at.outerStart, at.outerIndex, at.xs, at.t, other);
        for (let j = 0; j < other; j++) t[j]! *= outerScale[j]!;
        gather(at.innerStart, at.innerIndex, at.t, at.y, n);
        for (let i = 0; i < n; i++) y[i] = sums[i]! * innerScale[i]!;
      },
    };
  }
  const xs = new Float64Array(n);
  const t = new Float64Array(other);
  return {
    size: n,
    apply(x, y) {
      for (let i = 0; i < n; i++) xs[i] = x[i]! * innerScale[i]!;
      gatherSums(outerStart, outerIndex, xs, t);
      for (let j = 0; j < other; j++) t[j]! *= outerScale[j]!;
      gatherSums(innerStart, innerIndex, t, y);
      for (let i = 0; i < n; i++) y[i]! *= innerScale[i]!;
    },
  };
}

/**
 * The operator's two gathers in WebAssembly (gather-sums-wasm.ts: the same bits, ~2.8x faster at
 * 3,000 x 1,000), with both compressed forms and the three vectors in its memory; undefined where
 * the platform refuses WebAssembly (then the JavaScript gathers run).
 */
function wasmGather(
  outerStart: Int32Array,
  outerIndex: Int32Array,
  innerStart: Int32Array,
  innerIndex: Int32Array,
  n: number,
  other: number,
) {
  let bytes = 0;
  const place = (size: number) => {
    const at = bytes;
    bytes += 8 * Math.ceil(size / 8);
    return at;
  };
  const at = {
    outerStart: place(4 * outerStart.length),
    outerIndex: place(4 * outerIndex.length),
    innerStart: place(4 * innerStart.length),
    innerIndex: place(4 * innerIndex.length),
    xs: place(8 * n),
    t: place(8 * other),
    y: place(8 * n),
  };
  const instance = wasmInstance(gatherSumsWasm, "smartspec.gatherSumsWasm", bytes);
  const gather = instance?.exports.gatherSums;
  if (instance === undefined || typeof gather !== "function") return undefined;
  const memory = instance.memory;
  new Int32Array(memory, at.outerStart, outerStart.length).set(outerStart);
  new Int32Array(memory, at.outerIndex, outerIndex.length).set(outerIndex);
  new Int32Array(memory, at.innerStart, innerStart.length).set(innerStart);
  new Int32Array(memory, at.innerIndex, innerIndex.length).set(innerIndex);
  return {
    gather: gather as (start: number, index: number, source: number, out: number, count: number) => void,
    at,
    xs: new Float64Array(memory, at.xs, n),
    t: new Float64Array(memory, at.t, other),
    y: new Float64Array(memory, at.y, n),
  };
}

/** Unit vectors ∝ D^{1/2}·1 restricted to each component: the λ = 1 eigenvectors. */
function componentVectors(labels: Int32Array, degree: Float64Array, count: number): Float64Array[] {
  const vectors: Float64Array[] = [];
  const norms = new Float64Array(count);
  for (let i = 0; i < labels.length; i++) norms[labels[i]!]! += degree[i]!;
  for (let c = 0; c < count; c++) {
    if (norms[c]! === 0) continue;
    const u = new Float64Array(labels.length);
    const scale = 1 / Math.sqrt(norms[c]!);
    for (let i = 0; i < labels.length; i++) if (labels[i] === c) u[i] = Math.sqrt(degree[i]!) * scale;
    vectors.push(u);
  }
  return vectors;
}

function rayleighQuotient(a: SymmetricOperator, u: Float64Array): number {
  const y = new Float64Array(a.size);
  a.apply(u, y);
  let s = 0;
  for (let i = 0; i < a.size; i++) s += u[i]! * y[i]!;
  return s;
}

/**
 * The λ2 eigenvector on the solved side. Connected: Lanczos's top vector. Disconnected: λ2 = 1 and
 * we return the λ = 1 vector of the first two components that is orthogonal to D^{1/2}·1, which only
 * labels components (reference §4.4).
 */
function secondVector(
  known: Float64Array[],
  found: readonly Float64Array[],
  degree: Float64Array,
  labels: Int32Array,
  n: number,
): Float64Array {
  if (known.length >= 2) {
    let a0 = 0;
    let a1 = 0;
    for (let i = 0; i < n; i++) {
      if (labels[i] === 0) a0 += degree[i]!;
      else if (labels[i] === 1) a1 += degree[i]!;
    }
    const v = new Float64Array(n);
    const u0 = known[0]!;
    const u1 = known[1]!;
    const norm = Math.sqrt(a0 + a1);
    for (let i = 0; i < n; i++) v[i] = (Math.sqrt(a1) * u0[i]! - Math.sqrt(a0) * u1[i]!) / norm;
    return v;
  }
  const index = known.length === 1 ? 0 : 1;
  return found[index] ?? new Float64Array(n).fill(Number.NaN);
}

/** kp = D_p^{-1/2} v2 at unit 2-norm (v2 = Bᵀu2/σ2 when regions were solved) and kc = D_r^{-1} M kp. */
function complexityVectors(
  m: SparsePresence,
  diversity: Float64Array,
  ubiquity: Float64Array,
  side: "regions" | "activities",
  x: Float64Array,
): { kp: Float64Array; kc: Float64Array } {
  const { nRegions, nActivities, rowStart, rowActivities, colStart, colRegions } = m;
  const kp = new Float64Array(nActivities);
  if (side === "activities") {
    for (let p = 0; p < nActivities; p++) kp[p] = x[p]! / Math.sqrt(ubiquity[p]!);
  } else {
    for (let p = 0; p < nActivities; p++) {
      let s = 0;
      for (let k = colStart[p]!; k < colStart[p + 1]!; k++)
        s += x[colRegions[k]!]! / Math.sqrt(diversity[colRegions[k]!]!);
      kp[p] = s / ubiquity[p]!;
    }
  }
  let norm = 0;
  for (let p = 0; p < nActivities; p++) norm += kp[p]! * kp[p]!;
  norm = Math.sqrt(norm);
  for (let p = 0; p < nActivities; p++) kp[p]! /= norm;
  const kc = new Float64Array(nRegions);
  for (let r = 0; r < nRegions; r++) {
    let s = 0;
    for (let k = rowStart[r]!; k < rowStart[r + 1]!; k++) s += kp[rowActivities[k]!]!;
    kc[r] = s / diversity[r]!;
  }
  return { kp, kc };
}
