// The data dictionary of a bundled survey data set (files.dictionary): for each column of its
// respondent file, the raw column it comes from, the question, the item text and the codes. The CLI
// labels chart items with it (`smartspec survey likert --dataset ospo-survey-2022`).
import type { BundledDataset } from "../dataset-types.ts";
import { readTable } from "../read/read-table.ts";

export interface SurveyColumnInfo {
  readonly column: string;
  /** The column of the publisher's raw file (`Q4_1`). */
  readonly source: string;
  readonly question: string;
  /** The item text of a grid question ("Contribute code upstream"); "" for a single question. */
  readonly item: string;
  /** The codes and their meaning, as text ("1=Never; 2=Rarely; ..."). */
  readonly values: string;
}

/**
 * The dictionary of `dataset` by column name; empty when the data set has none.
 * Example: `loadSurveyDictionary(findBundledDataset("ospo-survey-2022")!).get("q4_1")?.item`
 * is "Contribute code upstream".
 */
export function loadSurveyDictionary(dataset: BundledDataset): ReadonlyMap<string, SurveyColumnInfo> {
  const path = dataset.files.dictionary;
  if (path === undefined) return new Map();
  const table = readTable(path);
  const at = ["column", "source", "question", "item", "values"].map((name) => table.column(name));
  return new Map(
    table.rows.map((row) => {
      const [column, source, question, item, values] = at.map((i) => row[i] ?? "");
      return [
        column!,
        { column: column!, source: source!, question: question!, item: item!, values: values! },
      ];
    }),
  );
}
