// Which kernel, iterations and scale each (convention, method) pair uses (analytics reference §3.1
// "Default complexity method", "Reflections output" and "Fitness" rows). Methods a tool does not
// offer are refused rather than invented.
import { AnalyticsError } from "../common/analytics-error.ts";
import type { SparsePresence } from "../matrix/sparse-presence.ts";
import type { ComplexityMethod, ProfileId } from "../profiles/convention-profiles.ts";
import { type ComplexityWarning, complexityWarnings } from "./complexity-warnings.ts";
import {
  atlasStataConvention,
  type EigenvectorOutput,
  econgeoConvention,
  economiccomplexityConvention,
  pyEcomplexityConvention,
  smartspecConvention,
} from "./eigenvector-conventions.ts";
import { fitnessComplexity } from "./fitness-complexity.ts";
import { reflections } from "./method-of-reflections.ts";
import { econgeoReflections, economiccomplexityReflections, oecComplexity } from "./reflections-variants.ts";
import { type SignRule, signEvidence, smartspecSign } from "./sign-rules.ts";

/** The methods each tool offers (its default is `conventionProfiles[id].defaultMethod`). */
export const conventionMethods: Readonly<Record<ProfileId, readonly ComplexityMethod[]>> = {
  smartspec: ["eigenvalues", "reflections", "fitness"],
  "py-ecomplexity": ["eigenvalues"],
  "atlas-stata": ["eigenvalues", "fitness"],
  economiccomplexity: ["fitness", "reflections", "eigenvalues"],
  econgeo: ["eigenvalues", "reflections"],
  oec: ["reflections", "eigenvalues"],
};

export interface ConventionInput {
  readonly presence: SparsePresence;
  readonly diversity: Float64Array;
  readonly ubiquity: Float64Array;
  readonly kc: Float64Array;
  readonly kp: Float64Array;
  readonly iterations: number | undefined;
  readonly gamma: number | undefined;
}

interface MethodOutput extends EigenvectorOutput {
  readonly fitness?: Float64Array;
  readonly activityComplexity?: Float64Array;
}

export interface ConventionResult extends MethodOutput {
  /** Even order E whose reflections (k_r,E−2, k_p,E−1) feed the sign evidence. */
  readonly evidenceIterations: number;
  /** Sign evidence of the raw kc/kp as the solver returned them (multiply by rawSign to orient). */
  readonly rawEvidence: Record<SignRule, number>;
}

/** ECI / PCI of `convention` with `method` from the compact presence and the raw eigenvectors. */
export function complexityByConvention(
  convention: ProfileId,
  method: ComplexityMethod,
  input: ConventionInput,
): ConventionResult {
  if (!conventionMethods[convention].includes(method)) {
    throw new AnalyticsError(
      "invalid-option",
      `The ${convention} convention has no "${method}" method; it offers ${conventionMethods[convention].join(", ")}.`,
      { field: "method", value: method },
    );
  }
  const warnings: ComplexityWarning[] = [];
  const requested = input.iterations;
  // economiccomplexity raises an odd `iterations` by one (with a warning) for every method; smartspec
  // does the same for its reflections. The OEC uses the value as given.
  const raises = convention === "economiccomplexity" || (convention === "smartspec" && method !== "fitness");
  const evenIterations = (fallback: number) => {
    const value = requested ?? fallback;
    if (!Number.isInteger(value) || value < 2) {
      throw new AnalyticsError("invalid-option", `iterations must be an integer >= 2; got ${value}.`, {
        field: "iterations",
        value,
      });
    }
    if (value % 2 === 0) return value;
    if (raises) warnings.push(complexityWarnings.iterationsRaised(value));
    return value + 1;
  };
  const usesIterations =
    convention === "economiccomplexity" || convention === "oec" || convention === "smartspec";
  // The sign evidence always uses an even order E (k_r,E−2 even, k_p,E−1 odd).
  const evidenceIterations = method !== "fitness" && usesIterations ? evenIterations(20) : 20;
  const reference = reflections(input.presence, evidenceIterations - 2, evidenceIterations - 1);
  const eigenInput = {
    ...input,
    evidence: signEvidence({
      kc: input.kc,
      kp: input.kp,
      diversity: input.diversity,
      ubiquity: input.ubiquity,
      reflectionsRegions: reference.regions,
      reflectionsActivities: reference.activities,
    }),
  };
  const base = (output: MethodOutput): ConventionResult => ({
    ...output,
    warnings: [...warnings, ...output.warnings],
    evidenceIterations,
    rawEvidence: eigenInput.evidence,
  });
  if (method === "eigenvalues") {
    const choices = { iterations: null as number | null, rounding: "none" };
    switch (convention) {
      case "smartspec":
        return base(
          withChoices(smartspecConvention(eigenInput), { ...choices, iterations: evidenceIterations }),
        );
      case "py-ecomplexity":
        return base(withChoices(pyEcomplexityConvention(eigenInput), choices));
      case "atlas-stata":
        return base(withChoices(atlasStataConvention(eigenInput), choices));
      case "econgeo":
        return base(withChoices(econgeoConvention(eigenInput), { iterations: 20 }));
      default:
        return base(
          withChoices(economiccomplexityConvention(eigenInput, evidenceIterations), {
            ...choices,
            iterations: evidenceIterations,
          }),
        );
    }
  }
  // Reflections and fitness: raw vectors oriented by the smartspec rule, for kcRaw/kpRaw only.
  const rawSign = smartspecSign(eigenInput.evidence).sign;
  if (method === "reflections") {
    if (convention === "econgeo") {
      const steps = requested ?? 20;
      if (!Number.isInteger(steps) || steps < 1) {
        throw new AnalyticsError(
          "invalid-option",
          `iterations (morc steps) must be an integer >= 1; got ${steps}.`,
        );
      }
      const regions = econgeoReflections(input.presence, steps).regions;
      const activities = econgeoReflections(input.presence, steps - 1).activities;
      return base({
        eci: regions,
        pci: activities,
        rawSign,
        choices: {
          iterations: steps,
          morcSteps: steps,
          mortSteps: steps - 1,
          scale: "0-100 from step 3",
          ddof: null,
        },
        warnings: [],
      });
    }
    const standardised =
      convention === "oec"
        ? oecComplexity(input.presence, requested ?? 20)
        : economiccomplexityReflections(input.presence, evidenceIterations);
    return base({
      eci: standardised.eci,
      pci: standardised.pci,
      rawSign,
      choices: {
        iterations: standardised.iterations,
        orders: `k_r,${standardised.iterations - 2} and k_p,${standardised.iterations - 1}`,
        ddof: 1,
        pciBase: "own",
        signRule: "parity of the reflection order",
      },
      warnings: [],
    });
  }
  const gamma = input.gamma ?? 1;
  let updates: number;
  if (convention === "atlas-stata") {
    if (gamma !== 1)
      throw new AnalyticsError("invalid-option", "Stata's pietronero fixes gamma = 1.", { field: "gamma" });
    updates = requested ?? 50;
  } else if (convention === "economiccomplexity") {
    updates = evenIterations(20) - 1;
  } else {
    updates = requested ?? 20;
  }
  const { fitness, complexity } = fitnessComplexity(input.presence, updates, gamma);
  warnings.push(complexityWarnings.fitnessNotEci());
  return base({
    eci: fitness,
    pci: complexity,
    fitness,
    activityComplexity: complexity,
    rawSign,
    choices: {
      iterations: requested ?? null,
      updates,
      gamma,
      normalisation: "divide by mean each update",
      ddof: null,
    },
    warnings: [],
  });
}

function withChoices(
  output: EigenvectorOutput,
  extra: Record<string, string | number | null>,
): EigenvectorOutput {
  return { ...output, choices: { ...extra, ...output.choices } };
}
