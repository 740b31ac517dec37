// The data-pack test survey (sme-pack-fixture.ts: 60 SMEs in three size strata, N_h 900/150/53)
// weighted to GB business counts, March 2022, as the data pack use case does it
// (dataPackContents: the results' calibration, then the pack's weight columns and R design), and
// the results the results page shows for the same choice. Each response's frame unit has its
// stratum's size band and a SIC code from its sector answer: manufacturing and construction in
// section C (25.11, 30.30), services and other in M (71.12, 69.10). The frame is the respondents
// plus 40 non-respondents in the same bands and sections, so no level of the frame lacks
// respondents. Population totals over micro-medium, from the bundled counts (read by hand in
// ../results/fixtures/weighting-to-business-counts.R): micro 502,430, small 44,245, medium 9,715;
// C 132,460, M 423,930.
import {
  aaporRates,
  type DatasetEstimateSpec,
  type EstimateRow,
  type NumericVariable,
  proportionQuantities,
  type SurveyDataset,
} from "@smartspec/domain";
import { smeSurvey } from "../../../../domain/test/survey-instrument/sme-survey.ts";
import type { DataPackFile } from "../../../src/surveys/data-pack/write-data-pack.ts";
import { writeDataPack } from "../../../src/surveys/data-pack/write-data-pack.ts";
import { businessPopulationMargins } from "../../../src/surveys/population/business-population-margins.ts";
import type { WeightingRequest } from "../../../src/surveys/results/calibrate-results-design.ts";
import { dataPackContents } from "../../../src/surveys/results/data-pack-contents.ts";
import {
  estimateSurveyResults,
  type SurveyResults,
} from "../../../src/surveys/results/estimate-survey-results.ts";
import type { UnitFacts, WeightingChoice } from "../../../src/surveys/results/weighting-choice.ts";
import { packCreated } from "./pack-files.ts";
import { packDesignColumns, packResponses } from "./sme-pack-fixture.ts";

const sicOfSector: Readonly<Record<string, string>> = {
  manufacturing: "25.11",
  construction: "30.30",
  services: "71.12",
  other: "69.10",
};

/** The frame unit of each response: its stratum's size band, a SIC code from its sector. */
export const respondents: UnitFacts[] = packResponses.map((answers, i) => ({
  sizeBand: packDesignColumns.strata[i]!,
  sicCode: sicOfSector[answers.sector as string]!,
}));

const frame: UnitFacts[] = [
  ...respondents,
  ...Array.from({ length: 40 }, (_, i) => ({
    sizeBand: ["micro", "small", "medium"][i % 3]!,
    sicCode: i % 2 === 0 ? "25.11" : "71.12",
  })),
];

const counted = {
  answers: packResponses,
  plan: {
    strata: packDesignColumns.strata,
    populations: new Map([
      ["micro", 900],
      ["small", 150],
      ["medium", 53],
    ]),
  },
  variants: packDesignColumns.variants,
};

/** The two weighted packs whose R scripts R ran (fixtures/<name>/). */
export const weightedPacks = [
  { name: "sme-raked", choice: "rake:size,section" },
  { name: "sme-poststratified-section", choice: "post-stratify:section" },
] as const satisfies readonly { name: string; choice: WeightingChoice }[];

export function weightingRequestFor(choice: WeightingChoice): WeightingRequest {
  return { choice, respondents, frame, margins: businessPopulationMargins({ year: 2022 }) };
}

/** The pack's contents and the results reply's estimates for `choice`. */
export function weightedPack(choice: WeightingChoice) {
  const request = weightingRequestFor(choice);
  const contents = dataPackContents({ instrument: smeSurvey(), counted, request });
  const results = estimateSurveyResults({
    instrument: smeSurvey(),
    answers: counted.answers,
    plan: counted.plan,
    excluded: 0,
    rates: aaporRates({ I: 60, P: 0, R: 0, NC: 0, O: 0, UH: 0, UO: 0, NE: 0 }),
    weightingRequest: request,
  });
  return { ...contents, results };
}

/** The pack's files by name, as the use case writes them (fixed creation time). */
export async function weightedPackFiles(
  name: string,
  choice: WeightingChoice,
): Promise<Record<string, Uint8Array>> {
  const { pack } = weightedPack(choice);
  const files: DataPackFile[] = await writeDataPack({ ...pack, baseName: name, created: packCreated });
  return Object.fromEntries(files.map((f) => [f.name, f.bytes]));
}

/**
 * The results reply's numbers in the rows of the pack's estimates (estimate = variable, category =
 * code; proportion, se, interval and the base n of each category), to compare with R's and the
 * pack's. A matrix row's variable is the results' `<matrix>.<row>`.
 */
export function resultsEstimateRows(
  dataset: SurveyDataset,
  specs: readonly DatasetEstimateSpec[],
  results: SurveyResults,
): EstimateRow[] {
  const rows: EstimateRow[] = [];
  for (const spec of specs) {
    if (spec.kind !== "proportions") throw new Error(`${spec.id}: only proportions are in a pack`);
    const variable = dataset.variables.find((v) => v.name === spec.variable) as NumericVariable;
    const row = variable.questionPath.split("/")[2];
    const name = row === undefined ? variable.question : `${variable.question}.${row}`;
    const question = results.questions.find((q) => q.name === name)!;
    for (const c of question.categories) {
      const category = String(variable.valueLabels.find((l) => l.value === c.value)!.code);
      const values = [c.proportion, c.se, c.low, c.high, question.n];
      proportionQuantities.forEach((quantity, i) => {
        rows.push({ estimate: spec.id, by: "", category, quantity, value: values[i]! });
      });
    }
  }
  return rows;
}
