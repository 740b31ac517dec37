// datasetDesign and datasetEstimates on the three SME responses, by hand: weights 450, 53 and
// 37.5 (total 540.5); size_band codes 1, 4, 2. R's agreement on a real design is tested with the
// data pack (packages/services/test/surveys/data-pack/r-script.test.ts, 131 numbers within 1e-9).
import { describe, expect, it } from "vitest";
import { DatasetError, datasetDesign, datasetEstimates, surveyDataset } from "../../src/index.ts";
import { smeSurvey } from "../survey-instrument/sme-survey.ts";
import { smeDesign, smeResponses } from "./sme-responses.ts";

const dataset = surveyDataset(smeSurvey(), smeResponses, smeDesign);

describe("datasetDesign", () => {
  it("takes strata, fpc and weights from the named variables", () => {
    const design = datasetDesign(dataset, { weights: "weight" });
    expect(Array.from(design.weights)).toEqual([450, 53, 37.5]);
    expect(design.strata).toEqual([""]);
  });
  it("post-stratifies with totals keyed by stable choice values", () => {
    const design = datasetDesign(dataset, {
      weights: "weight",
      postStratify: { variable: "global_link", population: { yes: 100, no: 200, none: 50 } },
    });
    expect(Array.from(design.weights)).toEqual([100, 50, 200]);
  });
  it("names the variable or value at fault", () => {
    expect(() => datasetDesign(dataset, { weights: "wt" })).toThrow(
      'the weights variable "wt" is not in the dataset.',
    );
    expect(() => datasetDesign(dataset, { weights: "stratum" })).toThrow(
      'the weights variable "stratum" must be numeric.',
    );
    expect(() =>
      datasetDesign(dataset, { rake: [{ variable: "size_band", population: { huge: 1 } }] }),
    ).toThrow(DatasetError);
    expect(() =>
      datasetDesign(dataset, { rake: [{ variable: "size_band", population: { huge: 1 } }] }),
    ).toThrow('"huge" is not a value of size_band.');
  });
});

describe("datasetEstimates", () => {
  const design = datasetDesign(dataset, { weights: "weight" });
  it("gives every category of a coded variable, absent ones at 0 with a Clopper-Pearson interval", () => {
    const rows = datasetEstimates(dataset, design, [
      { kind: "proportions", id: "s", variable: "size_band", method: "mean" },
    ]);
    const proportion = rows.filter((r) => r.quantity === "proportion");
    expect(proportion.map((r) => r.category)).toEqual(["1", "2", "3", "4"]);
    expect(proportion.map((r) => r.value)).toEqual([450 / 540.5, 37.5 / 540.5, 0, 53 / 540.5]);
    const medium = rows.filter((r) => r.category === "3");
    // x = 0 of n = 3: [0, 1 - 0.025^(1/3)].
    expect(medium.find((r) => r.quantity === "ci_high")!.value).toBeCloseTo(1 - 0.025 ** (1 / 3), 12);
    expect(medium.find((r) => r.quantity === "n")!.value).toBe(3);
  });
  it("leaves user-missing codes out of a top box's base", () => {
    const rows = datasetEstimates(dataset, design, [
      { kind: "top-box", id: "a", variable: "aware", method: "mean" },
    ]);
    // aware = 4, 99 (don't know), 2: base rows 1 and 3; top-2 box (4, 5) holds row 1 only.
    expect(rows.find((r) => r.quantity === "proportion")!.value).toBe(450 / 487.5);
    expect(rows.find((r) => r.quantity === "n")!.value).toBe(2);
  });
});
