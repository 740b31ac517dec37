// The report of a survey from its completed responses (pure): the design (results-design.ts),
// calibrated to population margins when asked (calibrate-results-design.ts),
// every question's estimates (question-results.ts), the response rate RR1 with its e, and the
// nonresponse caveat when RR1 is under 20 %.
import { type AaporRates, type Instrument, instrumentQuestions, type SurveyResults } from "@smartspec/domain";
import { calibrateResultsDesign, type WeightingRequest } from "./calibrate-results-design.ts";
import { questionResults, resultsIntervalMethod, resultsLevel } from "./question-results.ts";
import { type DesignPlan, resultsDesign } from "./results-design.ts";

/** RR1 below this draws the nonresponse caveat (methods doc §3.3: nonresponse bias dominates). */
export const lowResponseRate = 0.2;

/** The estimates (the domain's reply shape, packages/domain/src/survey-api/results-schema.ts). */
export type { SurveyResults } from "@smartspec/domain";

export interface EstimateSurveyResultsInput {
  readonly instrument: Instrument | null;
  /** Answers of each counted response, in the order of `plan.strata`. */
  readonly answers: readonly Readonly<Record<string, unknown>>[];
  readonly plan: DesignPlan;
  readonly excluded: number;
  readonly rates: AaporRates;
  /** Post-stratification or raking to population margins after the design weights; default none. */
  readonly weightingRequest?: WeightingRequest | null;
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Example: 24 responses in 3 strata with N_h 900/150/53 give svymean(~aware) = 0.3698 (methods doc §4.5). */
export function estimateSurveyResults(input: EstimateSurveyResultsInput): SurveyResults {
  const { design, weighting, weights } = calibrateResultsDesign(
    resultsDesign(input.plan),
    input.weightingRequest ?? null,
  );
  const rr1 = finite(input.rates.rates.RR1);
  const low = rr1 !== null && rr1 < lowResponseRate;
  return {
    responses: input.answers.length,
    excluded: input.excluded,
    weighting,
    weights,
    interval: { method: resultsIntervalMethod, level: resultsLevel },
    responseRate: { RR1: rr1, e: finite(input.rates.e), eBasis: input.rates.eBasis, low },
    caveat: low
      ? `The response rate (AAPOR RR1) is ${(rr1 * 100).toFixed(1)}%. The intervals cover sampling error only; at a rate this low, nonresponse bias may be larger, so compare respondents with the frame before relying on these figures.`
      : null,
    questions: input.instrument
      ? instrumentQuestions(input.instrument).flatMap((q) => questionResults(q, input.answers, design))
      : [],
  };
}
