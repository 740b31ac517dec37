// The texts of the data pack's "About" sheet and README: each AAPOR rate's definition (AAPOR
// Standard Definitions; survey-methods.md 2.2) and the weighting, stated from the design spec.
import type { AaporRateName, DatasetDesignSpec } from "@smartspec/domain";

const denominator = "(I+P) + (R+NC+O) + (UH+UO)";
const denominatorE = "(I+P) + (R+NC+O) + e(UH+UO)";
const denominatorKnown = "(I+P) + (R+NC+O)";

export const aaporDefinitions: Readonly<Record<AaporRateName, string>> = {
  RR1: `RR1 = I / (${denominator}): complete interviews over all eligible and unknown-eligibility cases (minimum response rate)`,
  RR2: `RR2 = (I+P) / (${denominator}): partials counted as responses`,
  RR3: `RR3 = I / (${denominatorE}): unknown-eligibility cases weighted by the estimated eligible share e`,
  RR4: `RR4 = (I+P) / (${denominatorE})`,
  RR5: `RR5 = I / (${denominatorKnown}): assumes no unknown-eligibility case is eligible (e = 0)`,
  RR6: `RR6 = (I+P) / (${denominatorKnown}): the maximum response rate`,
  COOP1: "COOP1 = I / ((I+P) + R + O)",
  COOP2: "COOP2 = (I+P) / ((I+P) + R + O)",
  COOP3: "COOP3 = I / ((I+P) + R)",
  COOP4: "COOP4 = (I+P) / ((I+P) + R)",
  REF1: `REF1 = R / (${denominator})`,
  REF2: `REF2 = R / (${denominatorE})`,
  REF3: `REF3 = R / (${denominatorKnown})`,
  CON1: `CON1 = ((I+P) + R + O) / (${denominator})`,
  CON2: `CON2 = ((I+P) + R + O) / (${denominatorE})`,
  CON3: `CON3 = ((I+P) + R + O) / (${denominatorKnown})`,
};

/** One sentence describing the design and its weighting, in R survey's terms. */
export function weightingText(design: DatasetDesignSpec): string {
  const parts = [
    design.strata ? `stratified by ${design.strata}` : "unstratified",
    design.fpc ? `finite-population correction from ${design.fpc}` : "sampling with replacement (no fpc)",
    design.weights
      ? `design weights from ${design.weights}`
      : design.fpc
        ? "design weights N_h / n_h"
        : "equal weights",
  ];
  if (design.postStratify)
    parts.push(`post-stratified to population totals of ${design.postStratify.variable}`);
  if (design.rake && design.rake.length > 0) {
    const control = design.rakeControl ?? {};
    parts.push(
      `raked to population totals of ${design.rake.map((m) => m.variable).join(", ")} (iterative proportional fitting, at most ${control.maxIterations ?? 10} sweeps, epsilon ${control.epsilon ?? 1})`,
    );
  }
  return `One-stage design, ${parts.join("; ")}.`;
}
