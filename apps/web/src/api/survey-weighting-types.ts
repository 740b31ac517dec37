// The JSON shapes of the results page's weighting and "who answered" replies (issue 6, scope 5):
// the `weights` block of GET {s}/results?weighting=... and GET {s}/representativeness. Plain types,
// as the browser reads them; the server validates and computes every number.

/** The weightings GET {s}/results accepts, in the order the page offers them. */
export const weightingChoices = [
  "design",
  "post-stratify:size",
  "post-stratify:section",
  "rake:size,section",
] as const;
export type WeightingChoice = (typeof weightingChoices)[number];

/** The frame variables the population margins are kept for. */
export type WeightingVariable = "size" | "section";

/** One level of a population margin: the population total, respondents and their weighted total. */
export interface MarginLevel {
  readonly level: string;
  readonly label: string;
  readonly population: number;
  readonly respondents: number;
  /** Sum of the final weights of the level's respondents (equals `population` after calibration). */
  readonly weightedTotal: number;
}

/** The official business counts the weights were calibrated to, with their attribution. */
export interface PopulationSource {
  readonly source: string;
  readonly year: number;
  readonly geography: string;
  readonly attribution: string;
  readonly licence: string;
  readonly sizeBandMapping: string;
}

/** Kish's summary of the final weights: n, n_eff = (Σw)²/Σw², deff_w = n Σw²/(Σw)². */
export interface KishSummary {
  readonly n: number;
  readonly effectiveSampleSize: number;
  readonly designEffect: number;
}

/** `weights` of GET {s}/results: what was asked, what was applied and why not, and the margins. */
export interface WeightsSummary {
  readonly requested: WeightingChoice;
  /** The request, or "design" when it could not be applied (`problems` says why). */
  readonly applied: WeightingChoice;
  readonly kish: KishSummary | null;
  /** Plain sentences, shown as a warning list next to the weighting. */
  readonly problems: readonly string[];
  readonly population:
    | (PopulationSource & {
        readonly margins: readonly {
          readonly variable: WeightingVariable;
          readonly levels: readonly MarginLevel[];
        }[];
      })
    | null;
  readonly rake: { readonly sweeps: number; readonly converged: boolean; readonly delta: number } | null;
}

/** A Pearson chi-square test (R's chisq.test); `smallExpected` when an expected count is under 5. */
export interface ChiSquareTest {
  readonly statistic: number;
  readonly degreesOfFreedom: number;
  readonly pValue: number;
  readonly smallExpected: boolean;
}

/** One level of a variable: counts and shares of population, frame, sample and respondents. */
export interface LevelComparison {
  readonly level: string;
  readonly label: string;
  readonly population: number;
  readonly populationShare: number;
  readonly frame: number;
  readonly frameShare: number;
  readonly sample: number;
  readonly sampleShare: number;
  readonly respondents: number;
  readonly respondentShare: number;
  /** respondents / sample; null with no sampled unit. */
  readonly responseRate: number | null;
  /** respondentShare - populationShare, as a proportion (0.05 = 5 points). */
  readonly differenceFromPopulation: number;
  readonly differenceFromFrame: number;
}

export interface VariableComparison {
  readonly variable: WeightingVariable;
  /** "size band" or "SIC section". */
  readonly title: string;
  readonly levels: readonly LevelComparison[];
  readonly unplaced: { readonly frame: number; readonly sample: number; readonly respondents: number };
  readonly outsideFrame: {
    readonly levels: readonly string[];
    readonly population: number;
    readonly share: number;
  };
  readonly responseRateTest: ChiSquareTest | null;
  readonly populationFitTest: ChiSquareTest | null;
  readonly summary: readonly string[];
}

/** GET {s}/representativeness (409 before a sample is drawn). */
export interface SurveyRepresentativeness {
  readonly respondentsAre: string;
  /** The method of the tests, for a footnote. */
  readonly tests: string;
  readonly variables: readonly VariableComparison[];
  readonly strata: readonly {
    readonly stratum: string;
    readonly frame: number;
    readonly sample: number;
    readonly respondents: number;
    readonly responseRate: number | null;
  }[];
  readonly population: PopulationSource;
  /** The plain sentences to show first. */
  readonly text: readonly string[];
}
