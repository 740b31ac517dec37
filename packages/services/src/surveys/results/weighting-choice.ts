// The weightings a results reader may ask for, and the summary of the weights every report carries:
// design weights alone (the default), or design weights post-stratified / raked to the official
// business counts of the frame's variables (size band from the frame unit, SIC section from its code).
import type { PopulationSizeBand } from "../population/size-bands.ts";

export const weightingChoices = [
  "design",
  "post-stratify:size",
  "post-stratify:section",
  "rake:size,section",
] as const;
export type WeightingChoice = (typeof weightingChoices)[number];

/** The variables a weighting choice calibrates to, in raking order. */
export const weightingVariables: Readonly<Record<WeightingChoice, readonly WeightingVariable[]>> = {
  design: [],
  "post-stratify:size": ["size"],
  "post-stratify:section": ["section"],
  "rake:size,section": ["size", "section"],
};

export type WeightingVariable = "size" | "section";

export const weightingVariableTitle: Readonly<Record<WeightingVariable, string>> = {
  size: "size band",
  section: "SIC section",
};

/** What the frame knows of a responding (or frame) unit. */
export interface UnitFacts {
  readonly sizeBand: string | null;
  readonly sicCode: string | null;
}

export interface MarginLevelView {
  readonly level: string;
  readonly label: string;
  /** Population total in the weighted population (the scope). */
  readonly population: number;
  readonly respondents: number;
  /** Sum of the final weights of the level's respondents (equals `population` after calibration). */
  readonly weightedTotal: number;
}

export interface WeightsSummary {
  /** What was asked for. */
  readonly requested: WeightingChoice;
  /** What was applied: the request, or "design" when it could not be (see `problems`). */
  readonly applied: WeightingChoice;
  /** Kish: n, n_eff = (Σw)²/Σw², deff_w = n Σw²/(Σw)² of the final weights; null without responses. */
  readonly kish: {
    readonly n: number;
    readonly effectiveSampleSize: number;
    readonly designEffect: number;
  } | null;
  /** Plain-sentence problems (levels with no respondents, unreadable size bands ...). Never thrown. */
  readonly problems: readonly string[];
  readonly population: {
    readonly source: string;
    readonly year: number;
    readonly geography: string;
    readonly attribution: string;
    readonly licence: string;
    readonly sizeBandMapping: string;
    readonly frameSizeBands: Readonly<Record<string, PopulationSizeBand>>;
    readonly margins: readonly {
      readonly variable: WeightingVariable;
      readonly levels: readonly MarginLevelView[];
    }[];
  } | null;
  readonly rake: { readonly sweeps: number; readonly converged: boolean; readonly delta: number } | null;
}
