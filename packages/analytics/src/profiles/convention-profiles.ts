// Convention profiles (analytics reference §3): each names one established tool and the choices
// that make its numbers what they are. The pipeline reads these; nothing else branches on a tool's
// name. The `smartspec` profile is the engine's default and is correct where the tools are wrong
// (docs/glossary.md, "smartspec profile").

export const profileIds = [
  "smartspec",
  "py-ecomplexity",
  "atlas-stata",
  "economiccomplexity",
  "econgeo",
  "oec",
] as const;
export type ProfileId = (typeof profileIds)[number];

export const complexityMethods = ["eigenvalues", "reflections", "fitness"] as const;
export type ComplexityMethod = (typeof complexityMethods)[number];

/**
 * How all-zero regions/activities are treated (reference §3.1 "0/0" row, pitfall 3).
 * "drop-reattach": dropped before any computation, re-attached with NaN outputs and reported (smartspec,
 * py-ecomplexity, Stata, EconGeo; also OEC, whose NaN would otherwise spread to every output).
 * "present-everywhere": economiccomplexity's behaviour, NaN RCA counts as present, so a zero row is
 * "present in everything" (kept only so that profile reproduces the tool).
 */
export type ZeroPolicy = "drop-reattach" | "present-everywhere";

export interface ConventionProfile {
  readonly id: ProfileId;
  /** The tool and version reproduced, as cited in provenance. */
  readonly tool: string;
  readonly presence: { readonly comparison: ">=" | ">"; readonly exactTies: boolean };
  readonly zeroPolicy: ZeroPolicy;
  readonly defaultMethod: ComplexityMethod;
  /** Decimal places the RCA output is rounded to (EconGeo `rca()`: 2, after binarising), or null. */
  readonly rcaRounding: number | null;
  /**
   * What density is computed from: the proximity φ (Hidalgo et al. 2007) or EconGeo's co-occurrence
   * relatedness (`relatedness(co_occurrence(t(M)))`, method "prob"). The proximity output follows it.
   */
  readonly relatednessBasis: "proximity" | "cooccurrence-prob";
  /** Diagonal of the activity proximity φ used by density, COI and COG. */
  readonly proximityDiagonal: 0 | 1;
  /** Density scale: 1 (0-1) or 100 (EconGeo 0-100), and its rounding (EconGeo: 2 dp). */
  readonly densityScale: 1 | 100;
  readonly densityRounding: number | null;
  /** Which COI/COG formula (reference §4.9). */
  readonly outlookVariant:
    | "smartspec"
    | "py-ecomplexity"
    | "atlas-stata"
    | "economiccomplexity"
    | "oec"
    | "none";
}

export const conventionProfiles: Readonly<Record<ProfileId, ConventionProfile>> = {
  smartspec: {
    id: "smartspec",
    tool: "smartspec engine default",
    presence: { comparison: ">=", exactTies: true },
    zeroPolicy: "drop-reattach",
    defaultMethod: "eigenvalues",
    rcaRounding: null,
    relatednessBasis: "proximity",
    proximityDiagonal: 0,
    densityScale: 1,
    densityRounding: null,
    outlookVariant: "smartspec",
  },
  "py-ecomplexity": {
    id: "py-ecomplexity",
    tool: "py-ecomplexity 0.5.2",
    presence: { comparison: ">=", exactTies: false },
    zeroPolicy: "drop-reattach",
    defaultMethod: "eigenvalues",
    rcaRounding: null,
    relatednessBasis: "proximity",
    proximityDiagonal: 1,
    densityScale: 1,
    densityRounding: null,
    outlookVariant: "py-ecomplexity",
  },
  "atlas-stata": {
    id: "atlas-stata",
    tool: "Stata ecomplexity (Harvard Growth Lab, Atlas implementation)",
    presence: { comparison: ">", exactTies: false },
    zeroPolicy: "drop-reattach",
    defaultMethod: "eigenvalues",
    rcaRounding: null,
    relatednessBasis: "proximity",
    proximityDiagonal: 0,
    densityScale: 1,
    densityRounding: null,
    outlookVariant: "atlas-stata",
  },
  economiccomplexity: {
    id: "economiccomplexity",
    tool: "R economiccomplexity 2.0.0",
    presence: { comparison: ">=", exactTies: false },
    zeroPolicy: "present-everywhere",
    defaultMethod: "fitness",
    rcaRounding: null,
    relatednessBasis: "proximity",
    proximityDiagonal: 1,
    densityScale: 1,
    densityRounding: null,
    outlookVariant: "economiccomplexity",
  },
  econgeo: {
    id: "econgeo",
    tool: "R EconGeo 2.0",
    presence: { comparison: ">=", exactTies: false },
    zeroPolicy: "drop-reattach",
    defaultMethod: "eigenvalues",
    rcaRounding: 2,
    relatednessBasis: "cooccurrence-prob",
    proximityDiagonal: 0,
    densityScale: 100,
    densityRounding: 2,
    outlookVariant: "none",
  },
  oec: {
    id: "oec",
    tool: "Datawheel economic-complexity 0.3.0 (oec.world)",
    presence: { comparison: ">=", exactTies: false },
    zeroPolicy: "drop-reattach",
    defaultMethod: "reflections",
    rcaRounding: null,
    relatednessBasis: "proximity",
    proximityDiagonal: 0,
    densityScale: 1,
    densityRounding: null,
    outlookVariant: "oec",
  },
};

export function isProfileId(value: string): value is ProfileId {
  return (profileIds as readonly string[]).includes(value);
}
