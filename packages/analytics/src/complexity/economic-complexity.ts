// ECI / PCI by convention (analytics reference §3, §4.3-4.5): one entry point over the kernels.
//
//   M ──1 compact──▶ M' (no empty rows/columns) ──2 symmetric eigen──▶ λ1..λ3, gap, raw kc/kp
//     ──3 method × convention──▶ ECI, PCI (eigenvector / reflections / fitness)
//     ──4 orient raw kc/kp, sign evidence, warnings──▶ re-attach NaN for dropped rows/columns
import { AnalyticsError } from "../common/analytics-error.ts";
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import {
  type ComplexityMethod,
  complexityMethods,
  conventionProfiles,
  isProfileId,
  type ProfileId,
} from "../profiles/convention-profiles.ts";
import { compactPresence, reattach } from "./compact-presence.ts";
import { complexityEigen, degenerateEigenvalue, symmetricSolverName } from "./complexity-eigen.ts";
import { withSign } from "./complexity-scaling.ts";
import {
  type ComplexityWarning,
  complexityWarnings,
  smallSpectralGapThreshold,
} from "./complexity-warnings.ts";
import { type ConventionResult, complexityByConvention } from "./convention-dispatch.ts";
import { disagreeingRules } from "./sign-rules.ts";

export interface EconomicComplexityOptions {
  /** Convention profile (reference §3.1); default "smartspec". */
  readonly convention?: ProfileId;
  /** Default: the convention's default (economiccomplexity: fitness; oec: reflections; else eigenvalues). */
  readonly method?: ComplexityMethod;
  /** Reflections order / fitness iterations, with each tool's meaning (see `choices.iterations`). */
  readonly iterations?: number;
  /** Fitness extremality γ (default 1). */
  readonly gamma?: number;
}

export interface EconomicComplexityResult {
  /** Region complexity in the convention's scale (NaN for regions without presence). */
  readonly eci: Float64Array;
  /** Activity complexity in the convention's scale. */
  readonly pci: Float64Array;
  /** kc = D_r^{-1} M kpRaw, oriented like `eci` (for eigenvector methods) or by diversity. */
  readonly kcRaw: Float64Array;
  /** Eigenvector of M̃^P for λ2 at unit 2-norm (as numpy's `eig` returns it), uncentred, same orientation. */
  readonly kpRaw: Float64Array;
  /** Fitness F (method "fitness" only). */
  readonly fitness?: Float64Array;
  /** Fitness-complexity Q (method "fitness" only). */
  readonly activityComplexity?: Float64Array;
  /** λ1 >= λ2 >= λ3 of M̃ (sorted by value). */
  readonly eigenvalues: number[];
  /** (λ2 − λ3) / λ2. */
  readonly spectralGap: number;
  /** Connected components of the bipartite graph of M without empty rows/columns. */
  readonly components: number;
  /** Correlations behind each sign rule, on the returned orientation of kcRaw/kpRaw. */
  readonly signEvidence: Record<string, number>;
  readonly warnings: ComplexityWarning[];
  /** Every resolved choice (reference §3.3). */
  readonly choices: Record<string, string | number | boolean | null>;
}

/**
 * Economic complexity of presence matrix `m` under a convention profile. Regions and activities
 * without presence are dropped and re-attached as NaN (warning `no-presence`). Throws
 * `invalid-option` for an unknown convention or method, or a method the tool does not offer
 * (py-ecomplexity: eigenvalues; atlas-stata: eigenvalues, fitness; econgeo: eigenvalues,
 * reflections; oec: reflections, eigenvalues), and `too-few-regions` / `too-few-activities` below 2.
 *
 * @example economicComplexity(toy, { convention: "py-ecomplexity", method: "eigenvalues" }).eci
 * // −0.793950, −0.793950, −0.445689, −0.755713, 1.593952, 1.195351
 */
export function economicComplexity(
  m: SparsePresence,
  options: EconomicComplexityOptions = {},
): EconomicComplexityResult {
  const convention = options.convention ?? "smartspec";
  if (!isProfileId(convention)) {
    throw new AnalyticsError("invalid-option", `Unknown convention "${String(convention)}".`, {
      field: "convention",
    });
  }
  const method = options.method ?? conventionProfiles[convention].defaultMethod;
  if (!(complexityMethods as readonly string[]).includes(method)) {
    throw new AnalyticsError("invalid-option", `Unknown method "${String(method)}".`, { field: "method" });
  }
  // 1. Compact: every tool drops (or divides 0/0 on) regions/activities without presence.
  const compact = compactPresence(m);
  const warnings: ComplexityWarning[] = [];
  const droppedRegions = m.nRegions - compact.presence.nRegions;
  const droppedActivities = m.nActivities - compact.presence.nActivities;
  if (droppedRegions > 0 || droppedActivities > 0) {
    warnings.push(complexityWarnings.droppedEmpty(droppedRegions, droppedActivities));
  }
  // 2. Symmetric eigenproblem: spectrum, gap, raw vectors (always; kcRaw/kpRaw feed COI/COG).
  const eigen = complexityEigen(compact.presence);
  const kc = eigen.kc;
  const kp = eigen.kp;
  // 3. The convention's ECI and PCI.
  const result: ConventionResult = complexityByConvention(convention, method, {
    presence: compact.presence,
    diversity: compact.diversity,
    ubiquity: compact.ubiquity,
    kc,
    kp,
    iterations: options.iterations,
    gamma: options.gamma,
  });
  warnings.push(...result.warnings);
  // 4. Orientation of the raw vectors, evidence of every sign rule on it, diagnostics.
  const rawKc = withSign(kc, result.rawSign);
  const rawKp = withSign(kp, result.rawSign);
  // Pearson and Spearman correlations are odd in each argument, so orienting flips the evidence.
  const evidence = Object.fromEntries(
    Object.entries(result.rawEvidence).map(([rule, value]) => [rule, value * result.rawSign]),
  ) as typeof result.rawEvidence;
  const evidenceOrder = result.evidenceIterations;
  const disagreeing = disagreeingRules(evidence);
  if (disagreeing.length > 0) warnings.push(complexityWarnings.signRulesDisagree(disagreeing));
  const [l1, l2, l3] = eigen.eigenvalues;
  if (eigen.components > 1) warnings.push(complexityWarnings.disconnected(eigen.components));
  else if (!(l2! > degenerateEigenvalue)) warnings.push(complexityWarnings.degenerateSpectrum());
  if (method !== "fitness" && eigen.spectralGap < smallSpectralGapThreshold) {
    warnings.push(complexityWarnings.smallSpectralGap(eigen.spectralGap));
  }
  if (!eigen.converged) warnings.push(complexityWarnings.notConverged(eigen.krylovDimension));
  const { keptRegions, keptActivities } = compact;
  return {
    eci: reattach(result.eci, keptRegions, m.nRegions),
    pci: reattach(result.pci, keptActivities, m.nActivities),
    kcRaw: reattach(rawKc, keptRegions, m.nRegions),
    kpRaw: reattach(rawKp, keptActivities, m.nActivities),
    ...(result.fitness ? { fitness: reattach(result.fitness, keptRegions, m.nRegions) } : {}),
    ...(result.activityComplexity
      ? { activityComplexity: reattach(result.activityComplexity, keptActivities, m.nActivities) }
      : {}),
    eigenvalues: eigen.eigenvalues,
    spectralGap: eigen.spectralGap,
    components: eigen.components,
    signEvidence: evidence,
    warnings,
    choices: {
      convention,
      method,
      eigenSolver: symmetricSolverName,
      eigenIndex: "λ2: second largest after sorting by value",
      rounding: "none",
      ...result.choices,
      lambda1: l1 ?? null,
      lambda2: l2 ?? null,
      lambda3: l3 ?? null,
      spectralGap: eigen.spectralGap,
      spectralGapThreshold: smallSpectralGapThreshold,
      solvedSide: eigen.solvedSide,
      krylovDimension: eigen.krylovDimension,
      signEvidenceReflections: `k_r,${evidenceOrder - 2} and k_p,${evidenceOrder - 1}`,
      zeroPolicy: "empty regions/activities dropped, re-attached as NaN",
      droppedRegions,
      droppedActivities,
    },
  };
}
