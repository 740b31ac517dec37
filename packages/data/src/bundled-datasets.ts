// The data sets shipped with smartspec. Each entry says where its files are, what they hold and the
// attribution its licence requires; the CLI and the UI show that attribution wherever its numbers are.
import type { BundledDataset } from "./dataset-types.ts";
import { boundaryDatasets } from "./datasets/boundaries.ts";
import { euEmploymentDatasets } from "./datasets/eu-employment.ts";
import { ospoSurveyDatasets } from "./datasets/ospo-survey.ts";
import { referenceDatasets } from "./datasets/reference.ts";
import { ukBusinessCountsDatasets } from "./datasets/uk-business-counts.ts";
import { ukEmploymentDatasets } from "./datasets/uk-employment.ts";
import { ukGvaDatasets } from "./datasets/uk-gva.ts";
import { worldTradeDatasets } from "./datasets/world-trade.ts";

export type {
  BoundaryLayerInfo,
  BundledDataset,
  DatasetKind,
  DatasetLevel,
} from "./dataset-types.ts";

/** Every bundled data set: region x activity sets first, then tables, classifications, lookups, maps. */
export const bundledDatasets: readonly BundledDataset[] = [
  ...ukEmploymentDatasets,
  ...ukBusinessCountsDatasets.filter((d) => d.kind === "region-activity"),
  ...ukGvaDatasets,
  ...euEmploymentDatasets,
  ...worldTradeDatasets,
  ...ukBusinessCountsDatasets.filter((d) => d.kind !== "region-activity"),
  ...ospoSurveyDatasets,
  ...referenceDatasets,
  ...boundaryDatasets,
];

/** The bundled data set with this id, or undefined. Example: `findBundledDataset("uk-bres-itl2")`. */
export function findBundledDataset(id: string): BundledDataset | undefined {
  return bundledDatasets.find((d) => d.id === id);
}

/** The level of a data set with this id, or undefined. Example: `findDatasetLevel(bres, "division")`. */
export function findDatasetLevel(dataset: BundledDataset, levelId: string) {
  return dataset.levels.find((level) => level.id === levelId);
}
