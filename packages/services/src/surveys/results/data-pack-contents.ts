// What a survey's data pack holds, from the counted responses and the reader's weighting (pure):
//   1. the design and its calibration, by the results' own code (resultsDesign, then
//      calibrateResultsDesign), so the pack's weights are the results' weights;
//   2. the dataset: answers, with stratum and fpc exactly when the results use them;
//   3. the weight columns (pack-weighting.ts -> data-pack/pack-weights.ts) and the design the R
//      script states (svydesign, then postStratify / rake to the same population totals);
//   4. the estimates the script reproduces, and the report's values of them on the calibrated design;
//   5. the About texts on the weighting.
import {
  type DatasetDesignSpec,
  type DatasetEstimateSpec,
  datasetEstimates,
  type Instrument,
  type SurveyDataset,
  surveyDataset,
} from "@smartspec/domain";
import { withPackWeights } from "../data-pack/pack-weights.ts";
import type { DataPackInput } from "../data-pack/write-data-pack.ts";
import { kishText, populationText, weightingProblemsText } from "../report-pdf/weighting-texts.ts";
import {
  type CalibratedDesign,
  calibrateResultsDesign,
  type WeightingRequest,
} from "./calibrate-results-design.ts";
import { packWeighting } from "./pack-weighting.ts";
import { resultsDesign } from "./results-design.ts";
import type { CountedResponses } from "./survey-results.ts";

/** Proportions (Wilson, 95%) of every coded single-choice, Likert and matrix-row variable. */
export function packEstimates(dataset: SurveyDataset): DatasetEstimateSpec[] {
  return dataset.variables
    .filter(
      (v) => v.role === "answer" && v.type === "numeric" && v.measure !== "scale" && v.valueLabels.length > 0,
    )
    .map((v) => ({ kind: "proportions" as const, id: v.name, variable: v.name, method: "wilson" as const }));
}

export interface DataPackContentsInput {
  readonly instrument: Instrument;
  readonly counted: Pick<CountedResponses, "answers" | "plan" | "variants">;
  /** The reader's weighting (weighting-request.ts); null for design weights. */
  readonly request: WeightingRequest | null;
}

export type PackContents = Pick<
  DataPackInput,
  "dataset" | "design" | "estimates" | "weighting" | "weightingNotes" | "weightVariable" | "reportEstimates"
>;

export interface DataPackContents {
  /** What writeDataPack needs besides names, dates and the response rate. */
  readonly pack: PackContents;
  /** The design the results use for the same choice. */
  readonly calibrated: CalibratedDesign;
}

function notes(texts: readonly [string, string | null][]): [string, string][] {
  return texts.flatMap(([label, text]) => (text === null ? [] : [[label, text] as [string, string]]));
}

/** The pack's contents for `input` (see the file comment). */
export function dataPackContents(input: DataPackContentsInput): DataPackContents {
  const { counted, instrument, request } = input;
  const base = resultsDesign(counted.plan);
  const calibrated = calibrateResultsDesign(base, request);
  // A stratum with one response makes the results fall back to equal weights; the pack follows.
  const placed = base.design !== null && base.weighting.kind === "design";
  const strata = placed ? counted.plan.strata.map((stratum) => stratum!) : undefined;
  const answers = surveyDataset(instrument, counted.answers, {
    ...(instrument.settings.splitBallot ? { variants: counted.variants } : {}),
    ...(strata ? { strata, fpc: strata.map((stratum) => counted.plan.populations!.get(stratum)!) } : {}),
  });
  const plain: DatasetDesignSpec = strata ? { strata: "stratum", fpc: "fpc" } : {};
  const weights = packWeighting(base, calibrated, request?.margins ?? null);
  const weighted = weights ? withPackWeights(answers, plain, weights) : null;
  const dataset = weighted?.dataset ?? answers;
  const estimates = counted.answers.length > 1 ? packEstimates(dataset) : [];
  return {
    calibrated,
    pack: {
      dataset,
      design: weighted?.design ?? plain,
      estimates,
      weighting: calibrated.weighting.description,
      weightingNotes: notes([
        ["Weights", kishText(calibrated.weighting, calibrated.weights)],
        ["Weighting problems", weightingProblemsText(calibrated.weights)],
        ["Population", populationText(calibrated.weights)],
      ]),
      ...(weighted ? { weightVariable: weighted.weightVariable } : {}),
      ...(calibrated.design !== null && estimates.length > 0
        ? { reportEstimates: datasetEstimates(dataset, calibrated.design, estimates) }
        : {}),
    },
  };
}
