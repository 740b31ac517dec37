// Rolling a bundled data set's activity codes up its classification (SIC 2007 subclass -> class ...).
import { type BundledDataset, loadSic2007Index } from "@smartspec/data";
import type { ClassificationIndex } from "@smartspec/domain";
import type { ActivityRollUp } from "./long-input.ts";

/** The bundled classifications a data set can name by `classificationId`. */
const classificationIndexes: Readonly<Record<string, () => ClassificationIndex>> = {
  sic2007: loadSic2007Index,
};

/** The classification index a data set's activity codes belong to, or undefined. */
export function datasetClassification(dataset: BundledDataset): ClassificationIndex | undefined {
  const load = dataset.classificationId ? classificationIndexes[dataset.classificationId] : undefined;
  return load?.();
}

/** The roll-up from `fromLevel` to `toLevel` of `dataset`'s classification. */
export function classificationRollUp(
  dataset: BundledDataset,
  fromLevel: string,
  toLevel: string,
): ActivityRollUp {
  const index = datasetClassification(dataset);
  if (index === undefined) {
    throw new Error(`bundled data set ${dataset.id}: level ${toLevel} needs a known classification`);
  }
  return {
    level: toLevel,
    from: fromLevel,
    classification: dataset.classification,
    parentOf: (code) => index.ancestorAt(code, toLevel),
  };
}
