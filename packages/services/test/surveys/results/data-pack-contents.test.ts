// dataPackContents when the results cannot use the design weights but can calibrate: 30 micro
// respondents and a single small one (a stratum of one response has no variance, so the results
// drop the strata and start from equal weights), post-stratified to SIC sections. The pack must
// then state the same design: no strata or fpc, postStratify to the same totals, `design_weight` 1.
// Totals over the frame's size bands (micro, small), from the bundled 2022 counts read by hand in
// fixtures/weighting-to-business-counts.R: C 106,080 + 20,585 = 126,665; M 396,350 + 23,660 = 420,010.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { aaporRates, datasetColumn, datasetDesign } from "@smartspec/domain";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { smeSurvey } from "../../../../domain/test/survey-instrument/sme-survey.ts";
import { writeDataPack } from "../../../src/surveys/data-pack/write-data-pack.ts";
import { businessPopulationMargins } from "../../../src/surveys/population/business-population-margins.ts";
import { dataPackContents } from "../../../src/surveys/results/data-pack-contents.ts";
import { estimateSurveyResults } from "../../../src/surveys/results/estimate-survey-results.ts";
import { rAvailable, reportNoR, runR } from "../data-pack/r-available.ts";
import { packDesignColumns, packResponses } from "../data-pack/sme-pack-fixture.ts";
import { respondents, resultsEstimateRows } from "../data-pack/weighted-sme-pack.ts";

const rows = 31;
const counted = {
  answers: packResponses.slice(0, rows),
  plan: {
    strata: packDesignColumns.strata.slice(0, rows),
    populations: new Map([
      ["micro", 900],
      ["small", 150],
    ]),
  },
  variants: packDesignColumns.variants.slice(0, rows),
};
const request = {
  choice: "post-stratify:section" as const,
  respondents: respondents.slice(0, rows),
  frame: respondents.slice(0, rows),
  margins: businessPopulationMargins({ year: 2022 }),
};
const { pack, calibrated } = dataPackContents({ instrument: smeSurvey(), counted, request });

describe("dataPackContents on equal weights calibrated to business counts", () => {
  it("states the results' design: no strata, post-stratified to the same section totals", () => {
    expect(counted.plan.strata.filter((s) => s === "small")).toHaveLength(1);
    expect([calibrated.weighting.kind, calibrated.weights.applied]).toEqual([
      "none",
      "post-stratify:section",
    ]);
    expect(pack.design).toEqual({
      postStratify: { variable: "sic_section", population: { C: 126665, M: 420010 } },
    });
    expect(Array.from(datasetColumn(pack.dataset, "design_weight") as Float64Array)).toEqual(
      Array.from({ length: rows }, () => 1),
    );
    // The design the R script states, rebuilt by the domain from the pack's columns, has the weights
    // the results used.
    const weight = datasetColumn(pack.dataset, "weight") as Float64Array;
    expect(Array.from(weight)).toEqual(Array.from(calibrated.design!.weights));
    const rebuilt = datasetDesign(pack.dataset, pack.design!).weights;
    rebuilt.forEach((w, i) => {
      expect(Math.abs(w - weight[i]!)).toBeLessThanOrEqual(1e-9 * weight[i]!);
    });
    expect(pack.weightingNotes?.[0]?.[0]).toBe("Weights");
  });

  it("has the results' estimates, and R agrees with them (when Rscript and survey are here)", async () => {
    const results = estimateSurveyResults({
      instrument: smeSurvey(),
      answers: counted.answers,
      plan: counted.plan,
      excluded: 0,
      rates: aaporRates({ I: rows, P: 0, R: 0, NC: 0, O: 0, UH: 0, UO: 0, NE: 0 }),
      weightingRequest: request,
    });
    expect(pack.reportEstimates).toEqual(resultsEstimateRows(pack.dataset, pack.estimates!, results));
    if (!rAvailable(["survey"])) {
      reportNoR("the R script of an equal-weights pack post-stratified by section", "no R fixture");
      return;
    }
    const folder = mkdtempSync(join(tmpdir(), "rscript-equal-"));
    const files = await writeDataPack({ ...pack, baseName: "equal", created: new Date(0) });
    for (const file of files) writeFileSync(join(folder, file.name), file.bytes);
    runR("equal-estimates.R", folder);
    const r = parse(readFileSync(join(folder, "estimates-r.csv")), { columns: true }) as { value: string }[];
    expect(r).toHaveLength(pack.reportEstimates!.length);
  });
});
