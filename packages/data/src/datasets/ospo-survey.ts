// The OSPO Survey 2022 of organisations (TODO Group and Linux Foundation Research): respondent-level
// survey answers, the one survey data set shipped, used by `smartspec survey likert | crosstab
// --dataset ospo-survey-2022` and the worked example docs/examples/ospo-2022.md.
import type { BundledDataset } from "../dataset-types.ts";
import { setPath, sourceFileOf } from "../sets-path.ts";

const folder = "ospo-survey-2022-organisations";

/** The OSPO Survey 2022: the raw file as published, and a tidy file of the kept respondents. */
export const ospoSurveyDatasets: readonly BundledDataset[] = [
  {
    id: "ospo-survey-2022",
    title: "OSPO Survey 2022: organisations' open source practice, 1,020 respondents (tidy) and the raw file",
    kind: "table",
    geography: "global, self-selected respondents (HQ region asked: Q55)",
    classification: "organisation size (Q2: under 10 ... 20,000+; size_band 1-49, 50-249, 250+)",
    measure: "survey answers, one row per respondent (Likert items Q4_1-Q4_7, policies Q5, program Q6)",
    levels: [],
    years: [2022],
    licence: "CC BY-SA 4.0",
    attribution:
      "OSPO Survey 2022, TODO Group and Linux Foundation Research (github.com/todogroup/osposurvey), CC BY-SA 4.0.",
    files: {
      responses: setPath(folder, "ospo_2022_organisations.csv"),
      dictionary: setPath(folder, "ospo_2022_dictionary.csv"),
      raw: setPath(folder, "RawData.csv.gz"),
      codebook: setPath(folder, "Data-SurveyReferenceModel.csv.gz"),
      filteringCriteria: setPath(folder, "FilteringCriteria.csv"),
    },
    sourceFile: sourceFileOf(folder),
  },
];
