// Rolling a bundled data set's activity codes up its classification (SIC 2007 subclass -> class ...).
import {
  type BundledDataset,
  loadItlToNutsCrosswalk,
  loadSic2007Index,
  loadUkAreaHierarchyIndex,
} from "@smartspec/data";
import type { ClassificationIndex } from "@smartspec/domain";
import { OptionError } from "../pipeline/option-error.ts";
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

/** The bundled geographies a data set can name in `regionGeography`. */
const geographyIndexes: Readonly<Record<string, () => ClassificationIndex>> = {
  "uk-areas-2021": loadUkAreaHierarchyIndex,
};

/**
 * The roll-up of `dataset`'s regions to `toLevel` of its geography. NUTS 2016 codes (BRES: `UKK1`)
 * are read as the ITL 2021 region with the same boundaries (`TLK1`), so results carry ITL codes.
 * Throws `OptionError` for a data set without a bundled geography or a level that is not coarser.
 */
export function geographyRollUp(dataset: BundledDataset, toLevel: string): ActivityRollUp {
  const geography = dataset.regionGeography;
  const load = geography ? geographyIndexes[geography.id] : undefined;
  if (geography === undefined || load === undefined) {
    throw new OptionError(
      `${dataset.id} has no bundled geography to sum its regions up, so --region-level does not apply.`,
    );
  }
  const index = load();
  const levels = index.classification.levels.map((l) => l.id);
  const coarser = levels.slice(0, levels.indexOf(geography.level));
  if (!coarser.includes(toLevel)) {
    throw new OptionError(
      `${dataset.id} has ${geography.level} regions; --region-level can be ${coarser.length > 0 ? coarser.join(" or ") : "nothing coarser"}, not "${toLevel}".`,
    );
  }
  const nutsToItl = new Map(loadItlToNutsCrosswalk().pairs.map((p) => [p.to, p.from]));
  return {
    level: toLevel,
    from: geography.level,
    classification: index.classification.title,
    parentOf: (code) => index.ancestorAt(nutsToItl.get(code) ?? code, toLevel),
  };
}
