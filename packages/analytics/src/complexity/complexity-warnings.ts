// The catalogue of complexity warnings: stable codes, exact message text (tests assert it).

export interface ComplexityWarning {
  readonly code: string;
  readonly message: string;
}

/** A spectral gap (λ2 − λ3)/λ2 below this makes the ECI eigenvector unstable; we warn. */
export const smallSpectralGapThreshold = 0.1;

const fixed = (x: number) => (Number.isFinite(x) ? x.toFixed(4) : String(x));

export const complexityWarnings = {
  droppedEmpty: (regions: number, activities: number): ComplexityWarning => ({
    code: "no-presence",
    message: `${regions} region(s) and ${activities} activity(ies) without any presence were left out of the complexity calculation; their values are NaN.`,
  }),
  disconnected: (components: number): ComplexityWarning => ({
    code: "disconnected",
    message: `The region-activity network has ${components} separate components, so λ2 = 1 and ECI/PCI only tell the components apart; compute complexity per component.`,
  }),
  smallSpectralGap: (gap: number): ComplexityWarning => ({
    code: "small-spectral-gap",
    message: `The spectral gap (λ2 − λ3)/λ2 = ${fixed(gap)} is below ${smallSpectralGapThreshold}: the second eigenvector is unstable and small changes in the data can reorder ECI/PCI.`,
  }),
  signRulesDisagree: (rules: readonly string[]): ComplexityWarning => ({
    code: "sign-rules-disagree",
    message: `Sign rules disagree: ${rules.join(", ")} would reverse the ECI/PCI ranking chosen here; see signEvidence.`,
  }),
  signUndetermined: (convention: "smartspec" | "py-ecomplexity"): ComplexityWarning => ({
    code: "sign-undetermined",
    message:
      convention === "py-ecomplexity"
        ? "corr(kc, diversity) is undefined (constant diversity or kc), so py-ecomplexity's sign np.sign(corr) is NaN and so are its ECI and PCI."
        : "No sign rule decides (the correlations with diversity, reflections and ubiquity are all undefined or zero, as in a symmetric structure): the sign of ECI/PCI is arbitrary.",
  }),
  iterationsRaised: (from: number): ComplexityWarning => ({
    code: "iterations-raised",
    message: `iterations = ${from} is odd; raised to ${from + 1}, as economiccomplexity does, so that ECI has even order.`,
  }),
  fitnessNotEci: (): ComplexityWarning => ({
    code: "fitness-not-eci",
    message:
      "Fitness-complexity is not ECI: fitness tracks diversity closely. ECI/PCI fields hold fitness F and complexity Q here.",
  }),
  degenerateSpectrum: (): ComplexityWarning => ({
    code: "degenerate-spectrum",
    message: "λ2 = 0: M has rank 1 (every region has the same activities), so complexity is undefined.",
  }),
  notConverged: (dimension: number): ComplexityWarning => ({
    code: "eigen-not-converged",
    message: `The Lanczos solver stopped at dimension ${dimension} before λ2 and λ3 converged; values may be inaccurate.`,
  }),
  complexEigenvalue: (side: string): ComplexityWarning => ({
    code: "complex-eigenvalue",
    message: `The eigenvalue of second-largest modulus of the rounded ${side} matrix is complex; its eigenvector's real part was used, as R's as.numeric() does.`,
  }),
  roundingSkipped: (size: number, limit: number): ComplexityWarning => ({
    code: "rounding-skipped",
    message: `EconGeo's eigen() on the 4-dp rounded ${size} x ${size} matrix is beyond this engine's limit (${limit}, or Arnoldi did not converge); the unrounded eigenvector was used, which can differ from EconGeo in the 4th decimal or beyond.`,
  }),
};
