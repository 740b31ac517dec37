// The survey design behind a report: which responses count, their strata and weights. With a
// drawn sample and responses placed in their strata, it is R's
//   svydesign(ids = ~1, strata = ~stratum, fpc = ~N_h, data = respondents)
// so each respondent weighs N_h / r_h (r_h: respondents of the stratum; the sample's N_h / n_h
// adjusted for nonresponse within the stratum) and the variance has the finite-population
// correction. Otherwise every response weighs 1 and no correction is made.
import { type SurveyDesign, SurveyError, surveyDesign, type Weighting } from "@smartspec/domain";

export type { Weighting } from "@smartspec/domain";

export interface ResultsDesign {
  readonly design: SurveyDesign | null;
  readonly weighting: Weighting;
}

export interface DesignPlan {
  /** The stratum of each response, or null when it cannot be placed (anonymous, open link). */
  readonly strata: readonly (string | null)[];
  /** N_h per stratum from the frame; null when there is no sample (every response then weighs 1). */
  readonly populations: ReadonlyMap<string, number> | null;
  /** Why the responses are not placed in strata (shown when `populations` is given but unusable). */
  readonly unplacedReason?: string;
}

const unweighted = (reason: string): Weighting => ({
  kind: "none",
  description: `${reason} Every response counts equally (no weights, no finite-population correction).`,
});

/** An equal-weight design; one row alone is taken as a census (its intervals are then exact ones). */
function equalWeights(rows: number, weighting: Weighting): ResultsDesign {
  if (rows === 0) return { design: null, weighting };
  return { design: surveyDesign(rows === 1 ? { rows, fpc: [1] } : { rows }), weighting };
}

/**
 * The design for `plan.strata.length` responses. Falls back to equal weights, saying why, when a
 * response has no stratum or a stratum has a single response (its variance cannot be estimated).
 */
export function resultsDesign(plan: DesignPlan): ResultsDesign {
  const rows = plan.strata.length;
  if (plan.populations === null) return equalWeights(rows, unweighted("No sample was drawn."));
  if (plan.strata.some((s) => s === null)) {
    return equalWeights(rows, unweighted(plan.unplacedReason ?? "Some responses have no stratum."));
  }
  const strata = plan.strata as readonly string[];
  const fpc = strata.map((s) => plan.populations?.get(s) ?? Number.NaN);
  if (rows === 0) return { design: null, weighting: designWeighting(plan.populations) };
  try {
    return { design: surveyDesign({ rows, strata, fpc }), weighting: designWeighting(plan.populations) };
  } catch (error) {
    if (!(error instanceof SurveyError)) throw error;
    return equalWeights(rows, unweighted(`Design weights cannot be used: ${error.message}`));
  }
}

function designWeighting(populations: ReadonlyMap<string, number>): Weighting {
  const strata = [...populations.keys()].filter((s) => s !== "*");
  return {
    kind: "design",
    description:
      strata.length === 0
        ? "Design weights: each response weighs N / r (frame units over responses), with the finite-population correction."
        : `Design weights by stratum (${strata.join(", ")}): each response weighs N_h / r_h (frame units over responses in its stratum), with the finite-population correction.`,
  };
}
