// ECI / PCI from the λ2 eigenvector, one function per convention (analytics reference §3.1 rows
// "Matrix solved" to "PCI scale"; §4.4). Each takes the raw kc and kp of the symmetric solver (any
// sign) and returns the convention's ECI and PCI plus the sign that orients kc/kp like its ECI.
import { pearsonCorrelation, spearmanCorrelation, standardise } from "../common/descriptive.ts";
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import { symmetricSolverName } from "./complexity-eigen.ts";
import { divideBySum, scaleOnRegions, withSign } from "./complexity-scaling.ts";
import { type ComplexityWarning, complexityWarnings } from "./complexity-warnings.ts";
import { econgeoEigenvector, econgeoSizeLimit } from "./econgeo-eigenvector.ts";
import { economiccomplexityReflections, morc } from "./reflections-variants.ts";
import { type SignRule, smartspecSign } from "./sign-rules.ts";

export interface EigenvectorInput {
  /** M without empty rows or columns. */
  readonly presence: SparsePresence;
  readonly diversity: Float64Array;
  readonly ubiquity: Float64Array;
  /** Raw λ2 vectors of the symmetric solver: kp unit 2-norm, kc = D_r^{-1} M kp. */
  readonly kc: Float64Array;
  readonly kp: Float64Array;
  /** Sign evidence of (kc, kp) as given (before any flip). */
  readonly evidence: Record<SignRule, number>;
}

export interface EigenvectorOutput {
  readonly eci: Float64Array;
  readonly pci: Float64Array;
  /** ±1 that orients the raw kc/kp like this convention's ECI. */
  readonly rawSign: 1 | -1;
  readonly choices: Record<string, string | number | boolean | null>;
  readonly warnings: ComplexityWarning[];
}

/** smartspec: sorted λ2; first decided of Spearman-vs-ubiquity / diversity / reflections rules (decision 0009); z1 each on itself. */
export function smartspecConvention(input: EigenvectorInput): EigenvectorOutput {
  const { sign, rule } = smartspecSign(input.evidence);
  return {
    eci: standardise(withSign(input.kc, sign), 1),
    pci: standardise(withSign(input.kp, sign), 1),
    rawSign: sign,
    choices: {
      eigenSolver: symmetricSolverName,
      signRule: `spearman(kp, ubiquity) < 0, else corr(kc, diversity) > 0, else reflections (decided by: ${rule})`,
      ddof: 1,
      pciBase: "own",
    },
    warnings: rule === "none" ? [complexityWarnings.signUndetermined("smartspec")] : [],
  };
}

/** py-ecomplexity 0.5.2 `calc_eci_pci`: s = np.sign(corr(diversity, kc)); ECI = z0(kc); PCI on ECI's mean/SD. */
export function pyEcomplexityConvention(input: EigenvectorInput): EigenvectorOutput {
  const correlation = pearsonCorrelation(input.diversity, input.kc);
  const sign = Math.sign(correlation);
  const { eci, pci } = scaleOnRegions(withSign(input.kc, sign), withSign(input.kp, sign), "population");
  return {
    eci,
    pci,
    rawSign: sign < 0 ? -1 : 1,
    choices: {
      eigenSolver: symmetricSolverName,
      signRule: "np.sign(corr(diversity, kc))",
      ddof: 0,
      pciBase: "eci",
    },
    warnings: Number.isNaN(sign) || sign === 0 ? [complexityWarnings.signUndetermined("py-ecomplexity")] : [],
  };
}

/** Stata `ecipci.ado`: sign 2·(corr(kc0, kc) > 0) − 1 (missing > 0 is true in Stata); long-data SD. */
export function atlasStataConvention(input: EigenvectorInput): EigenvectorOutput {
  const correlation = pearsonCorrelation(input.diversity, input.kc);
  const sign = Number.isNaN(correlation) || correlation > 0 ? 1 : -1;
  const { eci, pci } = scaleOnRegions(withSign(input.kc, sign), withSign(input.kp, sign), "long");
  return {
    eci,
    pci,
    rawSign: sign,
    choices: {
      eigenSolver: symmetricSolverName,
      signRule: "2*(corr(kc0, kc) > 0) - 1",
      ddof: "N-1 over the N_R*N_P long rows",
      pciBase: "eci",
    },
    warnings: [],
  };
}

/**
 * economiccomplexity 2.0.0 `method = "eigenvalues"` (and the OEC, which shares it): z1 of the
 * M̃^R and M̃^P eigenvectors, each flipped if its correlation with the reflections result
 * (`iterations`) is negative. The tool takes `eig_gen` column 1 without sorting; we take sorted λ2.
 */
export function economiccomplexityConvention(input: EigenvectorInput, iterations: number): EigenvectorOutput {
  const reference = economiccomplexityReflections(input.presence, iterations);
  let eci = standardise(input.kc, 1);
  let pci = standardise(input.kp, 1);
  const eciFlip = pearsonCorrelation(eci, reference.eci) < 0;
  const pciFlip = pearsonCorrelation(pci, reference.pci) < 0;
  if (eciFlip) eci = withSign(eci, -1);
  if (pciFlip) pci = withSign(pci, -1);
  return {
    eci,
    pci,
    rawSign: eciFlip ? -1 : 1,
    choices: {
      eigenSolver: symmetricSolverName,
      eigenIndex:
        "sorted λ2 - deviation: the tool takes column 1 of LAPACK geev's unsorted output; identical whenever LAPACK puts λ2 second (as on the toy)",
      signRule: `ECI and PCI each flipped if cor(., reflections with iterations = ${reference.iterations}) < 0`,
      ddof: 1,
      pciBase: "own",
    },
    warnings: [],
  };
}

/**
 * EconGeo 2.0 `kci()` / `tci()`: second-modulus eigenvector of round(M̃^R, 4) / round(M̃^P, 4), v/Σv;
 * kci flipped if cor(kci, morc(steps = 20)) < 0, tci flipped if Spearman cor(tci, ubiquity) > 0.
 * Sides the rounded path cannot take (see `econgeoEigenvector`) use the unrounded vectors (warning
 * `rounding-skipped`).
 */
export function econgeoConvention(input: EigenvectorInput): EigenvectorOutput {
  const warnings: ComplexityWarning[] = [];
  const solvers: string[] = [];
  const side = (which: "regions" | "activities", raw: Float64Array): Float64Array => {
    const solved = econgeoEigenvector(input.presence, which);
    if (!solved) {
      const n = which === "regions" ? input.presence.nRegions : input.presence.nActivities;
      warnings.push(complexityWarnings.roundingSkipped(n, econgeoSizeLimit));
      solvers.push("unrounded symmetric (size limit)");
      return divideBySum(raw);
    }
    if (solved.eigenvalue[1] !== 0) warnings.push(complexityWarnings.complexEigenvalue(which));
    solvers.push(solved.solver);
    return solved.values;
  };
  let kci = side("regions", input.kc);
  let tci = side("activities", input.kp);
  if (pearsonCorrelation(kci, morc(input.presence, 20)) < 0) kci = withSign(kci, -1);
  if (spearmanCorrelation(tci, input.ubiquity) > 0) tci = withSign(tci, -1);
  return {
    eci: kci,
    pci: tci,
    rawSign: pearsonCorrelation(input.kc, kci) < 0 ? -1 : 1,
    choices: {
      eigenSolver: `kci: ${solvers[0]}; tci: ${solvers[1]} (dense QR = Hessenberg + Francis QR, inverse iteration)`,
      eigenIndex: "2nd by decreasing modulus (R eigen())",
      rounding: warnings.some((w) => w.code === "rounding-skipped")
        ? "skipped (size limit)"
        : "M̃ rounded to 4 dp (R round)",
      signRule: "kci: flip if cor(kci, morc(20)) < 0; tci: flip if Spearman cor(tci, ubiquity) > 0",
      ddof: null,
      pciBase: "own (v / sum(v))",
    },
    warnings,
  };
}
