// The estimates a survey report shows, named by dataset variables, computed with the survey
// kernels (R survey's svyciprop / svychisq): the list the data pack's R script reproduces.
//   proportions  every category of a coded variable (user-missing codes left out of the base)
//   top-box      a Likert or matrix item's top `box` categories (default 2)
//   rao-scott    the Rao-Scott tests of a two-way table (svychisq "F" and "Chisq")
// Each result is a flat list of (estimate, by, category, quantity, value) rows, the shape the R
// script writes, so the two compare cell by cell.
import { sortedLevels } from "../survey/category-order.ts";
import { estimateProportions } from "../survey/estimate-proportions.ts";
import { likertSummary } from "../survey/likert.ts";
import { raoScottTest } from "../survey/rao-scott.ts";
import type { SurveyDesign } from "../survey/survey-design.ts";
import type { SurveyIntervalMethod } from "../survey/survey-proportion-interval.ts";
import { datasetCodedValues } from "./dataset-design.ts";
import type { SurveyDataset } from "./dataset-model.ts";

export type DatasetEstimateSpec =
  | {
      readonly kind: "proportions";
      readonly id: string;
      readonly variable: string;
      readonly by?: string;
      readonly method: SurveyIntervalMethod;
      readonly level?: number;
    }
  | {
      readonly kind: "top-box";
      readonly id: string;
      readonly variable: string;
      readonly box?: number;
      readonly by?: string;
      readonly method: SurveyIntervalMethod;
      readonly level?: number;
    }
  | { readonly kind: "rao-scott"; readonly id: string; readonly rows: string; readonly columns: string };

export const proportionQuantities = ["proportion", "se", "ci_low", "ci_high", "n"] as const;
export const raoScottQuantities = ["chisq", "p_chisq", "f", "ndf", "ddf", "p_f"] as const;

export interface EstimateRow {
  readonly estimate: string;
  /** The group's code ("" without a by-variable). */
  readonly by: string;
  /** The category's code ("top" for a top box, "" for a test). */
  readonly category: string;
  readonly quantity: (typeof proportionQuantities)[number] | (typeof raoScottQuantities)[number];
  readonly value: number;
}

function proportionRows(
  estimate: string,
  by: string,
  category: string,
  p: { proportion: number; se: number; lower: number; upper: number; n: number },
): EstimateRow[] {
  const values = [p.proportion, p.se, p.lower, p.upper, p.n];
  return proportionQuantities.map((quantity, i) => ({ estimate, by, category, quantity, value: values[i]! }));
}

function groups(dataset: SurveyDataset, by: string | undefined): { code: string; rows?: Uint8Array }[] {
  if (by === undefined) return [{ code: "" }];
  const { values } = datasetCodedValues(dataset, by, "by");
  return sortedLevels(values).map((code) => ({
    code,
    rows: Uint8Array.from(values, (v) => (v === code ? 1 : 0)),
  }));
}

/** Every row of every estimate in `specs`, in order. */
export function datasetEstimates(
  dataset: SurveyDataset,
  design: SurveyDesign,
  specs: readonly DatasetEstimateSpec[],
): EstimateRow[] {
  const rows: EstimateRow[] = [];
  for (const spec of specs) {
    if (spec.kind === "rao-scott") {
      const r = datasetCodedValues(dataset, spec.rows, "table row").values.map((v) => v || null);
      const c = datasetCodedValues(dataset, spec.columns, "table column").values.map((v) => v || null);
      const test = raoScottTest(design, r, c);
      const values = [test.chisq, test.pChisq, test.f, test.ndf, test.ddf, test.pF];
      raoScottQuantities.forEach((quantity, i) => {
        rows.push({ estimate: spec.id, by: "", category: "", quantity, value: values[i]! });
      });
      continue;
    }
    const { variable, values } = datasetCodedValues(dataset, spec.variable, "estimate");
    const missing = new Set(variable.missingCodes);
    const categories = variable.valueLabels.filter((l) => !missing.has(l.code)).map((l) => String(l.code));
    if (spec.kind === "proportions") {
      const by =
        spec.by === undefined
          ? undefined
          : datasetCodedValues(dataset, spec.by, "by").values.map((v) => v || null);
      const results = estimateProportions({
        design,
        values: values.map((v) => v || null),
        by,
        method: spec.method,
        level: spec.level ?? 0.95,
        categories,
      });
      for (const result of results) rows.push(...proportionRows(spec.id, result.by, result.category, result));
      continue;
    }
    const substantive = new Set(categories);
    for (const group of groups(dataset, spec.by)) {
      // A group with no answer on the scale has no estimate (as estimateProportions skips it).
      if (!values.some((v, i) => substantive.has(v) && (group.rows === undefined || group.rows[i] === 1)))
        continue;
      const summary = likertSummary({
        design,
        values: values.map((v) => v || null),
        scale: categories,
        box: spec.box ?? 2,
        method: spec.method,
        level: spec.level ?? 0.95,
        rows: group.rows,
      });
      rows.push(...proportionRows(spec.id, group.code, "top", { ...summary.topBox, n: summary.n }));
    }
  }
  return rows;
}
