// Code lists built from the classifications and geographies bundled in @smartspec/data, for the
// importer's `--classification` and `--region-codes` checks. Loaded on first use only.
import { loadSic2007Index, loadUkGeographies } from "@smartspec/data";
import {
  type ClassificationIndex,
  createClassificationIndex,
  normaliseSicCode,
  suggestCodes,
} from "@smartspec/domain";
import type { CodeList } from "./code-list.ts";

/** Activity classifications `--classification` accepts. */
export const activityCodeListIds = ["sic2007"] as const;
/** Region code lists `--region-codes` accepts (every level of each). */
export const regionCodeListIds = ["itl2021", "nuts2018"] as const;

/** A `CodeList` over a classification index: any level's codes are listed. */
export function classificationCodeList(
  index: ClassificationIndex,
  title: string,
  normalise: (text: string) => string | undefined,
): CodeList {
  return {
    id: index.classification.id,
    title,
    has: (code) => index.node(code) !== undefined,
    normalise,
    suggest: (text, n) => suggestCodes(index, text, n, normalise),
  };
}

/**
 * The activity code list with this id. SIC 2007 accepts the forms people write (`30.30/0`,
 * `3030`, ` 29 `) and rewrites them to the bundled form (`30300`, `30.30`, `29`).
 * Example: `activityCodeList("sic2007").normalise("30.30/0")` is `"30300"`.
 */
export function activityCodeList(id: (typeof activityCodeListIds)[number]): CodeList {
  switch (id) {
    case "sic2007":
      return classificationCodeList(loadSic2007Index(), "SIC 2007", normaliseSicCode);
  }
}

/** The region code list with this id: ITL 2021 (`TLK1`) or UK NUTS 2018 (`UKK1`), upper-cased. */
export function regionCodeList(id: (typeof regionCodeListIds)[number]): CodeList {
  const geographies = loadUkGeographies();
  const classification = id === "itl2021" ? geographies.itl2021 : geographies.nuts2018;
  const title = id === "itl2021" ? "ITL 2021" : "NUTS 2018";
  return classificationCodeList(createClassificationIndex(classification), title, (text) =>
    text.trim().toUpperCase(),
  );
}
