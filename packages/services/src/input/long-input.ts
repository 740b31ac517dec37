import { type BundledDataset, bundledDatasets, findBundledDataset } from "@smartspec/data";
import type { CsvDelimiter } from "./detect-delimiter.ts";
import type { LongColumns } from "./read-long-csv.ts";

/** Where a use case reads its long data from: a user's file or a bundled data set. */
export interface LongInput {
  readonly path: string;
  /** The file as messages show it. */
  readonly label: string;
  readonly columns: LongColumns;
  readonly delimiter?: CsvDelimiter;
  /** Set when the data is a bundled data set: its attribution goes into every output. */
  readonly dataset?: BundledDataset;
}

/** Ids of the bundled data sets usable as long input. */
export const bundledDatasetIds: readonly string[] = bundledDatasets.map((d) => d.id);

/**
 * The long input of a bundled data set (its main file and its column names), or undefined for an
 * unknown id. Example: `bundledLongInput("world-trade-sitc2")`.
 */
export function bundledLongInput(id: string): LongInput | undefined {
  const dataset = findBundledDataset(id);
  if (dataset === undefined) return undefined;
  const path = Object.values(dataset.files)[0]!;
  return {
    path,
    label: `${dataset.id} (${path.slice(path.lastIndexOf("/") + 1)})`,
    columns: { ...dataset.columns },
    dataset,
  };
}
