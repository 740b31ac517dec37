// Where `smartspec survey likert | crosstab` read their respondents from: a user's file (--data
// FILE.csv) or a bundled survey data set (--dataset ospo-survey-2022), whose attribution then goes
// on every chart and whose data dictionary labels the items.
import { resolve } from "node:path";
import { bundledDatasets, findBundledDataset, loadSurveyDictionary } from "@smartspec/data";
import type { CliContext } from "../cli-context.ts";
import { type ParsedOptions, stringOption } from "../parse-options.ts";
import { UsageError } from "../usage-error.ts";
import { readSurveyCsv, type SurveyTable } from "./survey-csv.ts";

export interface SurveyData {
  readonly table: SurveyTable;
  /** The bundled data set's attribution (with its licence), or undefined for a user's file. */
  readonly attribution: string | undefined;
  /** The item text of a column from the data dictionary, when there is one. */
  itemText(column: string): string | undefined;
  /** The question a column answers, from the data dictionary, when there is one. */
  questionText(column: string): string | undefined;
}

const surveyDatasets = () => bundledDatasets.filter((d) => d.files.responses !== undefined);

/** Reads --data FILE.csv or --dataset ID (exactly one of them); throws UsageError otherwise. */
export function readSurveyData(command: string, values: ParsedOptions, context: CliContext): SurveyData {
  const dataFile = stringOption(values, "data");
  const datasetId = stringOption(values, "dataset");
  if (dataFile !== undefined && datasetId !== undefined) {
    throw new UsageError("give --data FILE.csv or --dataset ID, not both", command);
  }
  if (datasetId !== undefined) {
    const dataset = findBundledDataset(datasetId);
    const responses = dataset?.files.responses;
    if (dataset === undefined || responses === undefined) {
      throw new UsageError(
        `--dataset ${datasetId}: not a bundled survey data set; bundled: ${surveyDatasets()
          .map((d) => d.id)
          .join(", ")}`,
        command,
      );
    }
    const dictionary = loadSurveyDictionary(dataset);
    return {
      table: readSurveyCsv(responses, `${datasetId} (${responses.split("/").at(-1)})`),
      attribution: dataset.attribution,
      itemText: (column) => dictionary.get(column)?.item || undefined,
      questionText: (column) => dictionary.get(column)?.question || undefined,
    };
  }
  if (dataFile === undefined || dataFile === "") {
    throw new UsageError("missing --data (or --dataset ID for a bundled survey)", command);
  }
  return {
    table: readSurveyCsv(resolve(context.cwd, dataFile), dataFile),
    attribution: undefined,
    itemText: () => undefined,
    questionText: () => undefined,
  };
}
