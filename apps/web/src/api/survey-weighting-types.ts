// The JSON shapes of the results page's weighting and "who answered" replies (issue 6, scope 5):
// the `weights` block of GET {s}/results?weighting=... and GET {s}/representativeness, as the
// domain defines them (packages/domain/src/survey-api). Types only: the browser does not parse them.
import type { WeightsSummary } from "@smartspec/domain";

export type {
  ChiSquareTest,
  LevelComparison,
  MarginLevel,
  PopulationSource,
  Representativeness as SurveyRepresentativeness,
  VariableComparison,
  WeightingChoice,
  WeightingVariable,
  WeightsSummary,
} from "@smartspec/domain";
/** The weightings GET {s}/results accepts, in the order the page offers them. */
export { weightingChoices } from "@smartspec/domain";

/** Kish's summary of the final weights: n, n_eff = (Σw)²/Σw², deff_w = n Σw²/(Σw)². */
export type KishSummary = NonNullable<WeightsSummary["kish"]>;
