// svychisq (Rao-Scott "F" and "Chisq") against R survey 4.1.1 on the 24-SME fixture
// (survey-methods.md §6; fixtures/sme24.json from fixtures/sme24.R).
import { describe, expect, it } from "vitest";
import { raoScottTest, surveyDesign } from "../../src/survey/index.ts";
import { expectClose, sme24 } from "./sme24-fixture.ts";

const { data } = sme24;
const rows = data.aware.length;
const aware = data.aware.map(String);
const stratified = surveyDesign({ rows, strata: data.size, fpc: data.Nh });
const weighted = surveyDesign({ rows, weights: sme24.designWeights });

function check(
  got: ReturnType<typeof raoScottTest>,
  want: (typeof sme24.strataFpc.raoScott)["awareBySector"],
) {
  expectClose(got.chisq, want.chisq);
  expectClose(got.pChisq, want.pChisq);
  expectClose(got.f, want.f);
  expectClose(got.ndf, want.ndf);
  expectClose(got.ddf, want.ddf);
  expectClose(got.pF, want.pF);
}

describe("svychisq", () => {
  it("aware x sector, stratified with fpc: X² 0.2263182, F 0.1350853 on 1 and 21 df", () => {
    check(raoScottTest(stratified, aware, data.sector), sme24.strataFpc.raoScott.awareBySector);
  });
  it("aware x size (the stratum), stratified with fpc: F on 1.574 and 33.06 df", () => {
    check(raoScottTest(stratified, aware, data.size), sme24.strataFpc.raoScott.awareBySize);
  });
  it("aware x sector, weights only", () => {
    check(raoScottTest(weighted, aware, data.sector), sme24.weightsOnly.raoScott.awareBySector);
  });
  // §6 of the methods doc prints δ̄ = 1.675314; R's own p-value implies X² / qchisq(pChisq, 1,
  // lower.tail = FALSE) = 1.675371751 (R 4.2.2), which is what this checks.
  // R: packages/services/test/surveys/results/fixtures/crosstab.R (survey 4.1.1), the 24-SME
  // design with a 3-level "interest" question missing for row 9:
  // svychisq(~interest + sector, subset(des, !is.na(interest))).
  it("answeredOnly: svychisq on subset(design, !is.na(row)) - X² on m rows, ν₂ = ν₁ (m - H)", () => {
    const interest = ["high", "low", "some", "high", "low", "low", "high", "some", null, "low"];
    interest.push("high", "high", "some", "high", "low", "some", "some", "high");
    interest.push("high", "some", "low", "high", "high", "some");
    const sector = ["auto", "aero", "auto", "auto", "aero", "auto", "aero", "auto", "auto", "aero"];
    sector.push("aero", "auto", "aero", "aero", "auto", "auto", "aero", "auto");
    sector.push("auto", "aero", "aero", "auto", "aero", "auto");
    const subset = raoScottTest(stratified, interest, sector, { answeredOnly: true });
    const want = {
      chisq: 4.4703839931946492,
      pChisq: 0.1840270836671814,
      f: 1.692672338361725,
      ndf: 1.7321930129424619,
      ddf: 34.643860258849237,
      pF: 0.20144976714893376,
    };
    check(subset, want);
    // On the design as given the missing row still counts: ν₂ = ν₁ (24 - 3), X² on 24 rows.
    const whole = raoScottTest(stratified, interest, sector);
    expectClose(whole.ddf, want.ndf * 21);
    expectClose(whole.chisq, (want.chisq * 24) / 23);
    expectClose(whole.f, want.f);
  });
  it("reports the cell proportions and mean design effect δ̄ = 1.675371751", () => {
    const result = raoScottTest(stratified, aware, data.sector);
    expect(result.rowLevels).toEqual(["0", "1"]);
    expect(result.colLevels).toEqual(["aero", "auto"]);
    expectClose(result.meanDeff, 1.675371751, 1e-9);
    expectClose(
      result.proportions.reduce((s, p) => s + p, 0),
      1,
    );
  });
});
