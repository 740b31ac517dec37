// Agreement and frequencies on exact examples. The methods doc's worked example (§9: one code per
// segment, kappa 0.696970) and a hand-worked multi-code example; the R values in fixtures/coding.json
// come from fixtures/coding.R (survey::svykappa on an equally weighted design; prop.test Wilson).
// Hand working of the multi-code example (8 answers, coders 1 and 2):
//   answer:  1     2       3   4       5     6       7     8
//   coder 1: C     C,S     S   E       C     S,E     E     S
//   coder 2: C     C       S   E,S     C     S,E     C     S
// cost:      p_o = 7/8, p_e = 3/8*4/8 + 5/8*4/8 = 1/2      -> kappa 3/4
// skills:    p_o = 6/8, p_e = 4/8*4/8 + 4/8*4/8 = 1/2      -> kappa 1/2
// equipment: p_o = 7/8, p_e = 3/8*2/8 + 5/8*6/8 = 36/64    -> kappa 5/7
// pooled over the 24 (answer, used code) pairs: p_o = 20/24, p_e = (10/24)^2 + (14/24)^2 -> 23/35
// identical sets on answers 1, 3, 5, 6, 8: 5/8; a code nobody used has no kappa (0/0).
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { codeFrequencies } from "../../../src/surveys/coding/code-frequencies.ts";
import { codingAgreement } from "../../../src/surveys/coding/coding-agreement.ts";
import { finalCodeSets } from "../../../src/surveys/coding/final-code-sets.ts";

const r = JSON.parse(readFileSync(new URL("./fixtures/coding.json", import.meta.url), "utf8")) as {
  docExampleKappa: number;
  perCodeKappa: { cost: number; skills: number; equipment: number };
  pooledKappa: number;
  wilson4of8: [number, number];
  wilson3of8: [number, number];
};
const tolerance = 1e-12;
const sets = (codes: readonly string[]) => new Map(codes.map((c, i) => [`a${i + 1}`, new Set(c.split(","))]));
const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${i + 1}`);

const handFirst = ["C", "C,S", "S", "E", "C", "S,E", "E", "S"];
const handSecond = ["C", "C", "S", "E,S", "C", "S,E", "C", "S"];

describe("codingAgreement", () => {
  test("reproduces the methods doc's worked example (one code each: nominal kappa 0.696970)", () => {
    const first = sets(["A", "A", "B", "B", "C", "A", "B", "C", "A", "B"]);
    const second = sets(["A", "B", "B", "B", "C", "A", "B", "C", "C", "B"]);
    const result = codingAgreement(ids(10), ["A", "B", "C"], first, second);
    expect(result.overall.basis).toBe("single-code");
    expect(result.overall.kappa).toBeCloseTo(r.docExampleKappa, 12);
    expect(Math.abs(result.overall.kappa! - 23 / 33)).toBeLessThan(tolerance);
    expect(result.overall.observedAgreement).toBeCloseTo(0.8, 12);
    expect(result.overall.expectedAgreement).toBeCloseTo(0.34, 12);
    expect(result.overall.percentAgreement).toBe(0.8);
    expect(result.disagreements).toEqual(["a2", "a9"]);
  });

  test("per code on the present/absent indicator and pooled overall (hand-worked, matches svykappa)", () => {
    const result = codingAgreement(ids(8), ["C", "S", "F", "E"], sets(handFirst), sets(handSecond));
    const byCode = new Map(result.codes.map((c) => [c.codeId, c]));
    expect(Math.abs(byCode.get("C")!.kappa! - r.perCodeKappa.cost)).toBeLessThan(tolerance);
    expect(Math.abs(byCode.get("S")!.kappa! - r.perCodeKappa.skills)).toBeLessThan(tolerance);
    expect(Math.abs(byCode.get("E")!.kappa! - r.perCodeKappa.equipment)).toBeLessThan(tolerance);
    expect(Math.abs(byCode.get("E")!.kappa! - 5 / 7)).toBeLessThan(tolerance);
    expect(byCode.get("C")).toMatchObject({
      percentAgreement: 0.875,
      both: 3,
      firstOnly: 0,
      secondOnly: 1,
      neither: 4,
    });
    expect(byCode.get("S")).toMatchObject({
      percentAgreement: 0.75,
      both: 3,
      firstOnly: 1,
      secondOnly: 1,
      neither: 3,
    });
    expect(byCode.get("F")).toEqual({
      codeId: "F",
      kappa: null,
      percentAgreement: 1,
      both: 0,
      firstOnly: 0,
      secondOnly: 0,
      neither: 8,
    });
    expect(result.overall.basis).toBe("pooled-presence");
    expect(Math.abs(result.overall.kappa! - r.pooledKappa)).toBeLessThan(tolerance);
    expect(Math.abs(result.overall.kappa! - 23 / 35)).toBeLessThan(tolerance);
    expect(result.overall.percentAgreement).toBe(0.625);
    expect(result.overall.answers).toBe(8);
    expect(result.disagreements).toEqual(["a2", "a4", "a7"]);
  });

  test("counts only answers both coders coded; none gives no kappa", () => {
    const first = sets(["A", "B"]);
    const result = codingAgreement(ids(2), ["A", "B"], first, new Map([["a1", new Set(["A"])]]));
    expect(result.overall).toMatchObject({ answers: 1, percentAgreement: 1, kappa: null });
    expect(codingAgreement(ids(2), ["A"], first, new Map()).overall).toEqual({
      basis: "single-code",
      kappa: null,
      observedAgreement: null,
      expectedAgreement: null,
      percentAgreement: null,
      answers: 0,
    });
  });
});

describe("finalCodeSets and codeFrequencies", () => {
  test("adjudicated sets win, agreed sets stand, the rest are pending", () => {
    const adjudicated = new Map([["a2", new Set(["C", "S"])]]);
    const finals = finalCodeSets(
      ids(8).map((responseId) => ({ responseId, text: responseId })),
      sets(handFirst),
      sets(handSecond),
      adjudicated,
    );
    expect([...finals.keys()]).toEqual(["a1", "a2", "a3", "a5", "a6", "a8"]);
    expect([...finals.get("a2")!]).toEqual(["C", "S"]);
  });

  test("% of answers with Wilson intervals (prop.test), % of mentions, theme totals", () => {
    const finals = sets(["C", "C,S", "S", "E", "C", "S,E", "C,E", "S"]);
    const codes = [
      { id: "C", label: "Cost", parentId: null },
      { id: "S", label: "Skills", parentId: null },
      { id: "F", label: "Facilities", parentId: null },
      { id: "E", label: "Equipment", parentId: "F" },
    ];
    const result = codeFrequencies(codes, finals);
    expect(result).toMatchObject({ codedAnswers: 8, mentions: 11, method: "wilson", level: 0.95 });
    const [cost, skills, facilities, equipment] = result.codes;
    expect(cost).toMatchObject({ answers: 4, proportion: 0.5, mentionShare: 4 / 11, theme: null });
    expect(Math.abs(cost!.lower - r.wilson4of8[0])).toBeLessThan(tolerance);
    expect(Math.abs(cost!.upper - r.wilson4of8[1])).toBeLessThan(tolerance);
    expect(skills).toMatchObject({ answers: 4, proportion: 0.5 });
    expect(equipment).toMatchObject({ answers: 3, proportion: 0.375, mentionShare: 3 / 11, parentId: "F" });
    expect(Math.abs(equipment!.lower - r.wilson3of8[0])).toBeLessThan(tolerance);
    expect(Math.abs(equipment!.upper - r.wilson3of8[1])).toBeLessThan(tolerance);
    expect(facilities).toMatchObject({ answers: 0, proportion: 0, mentionShare: 0 });
    expect(facilities!.theme).toMatchObject({ answers: 3, proportion: 0.375 });
    expect(Math.abs(facilities!.theme!.upper - r.wilson3of8[1])).toBeLessThan(tolerance);
  });

  test("no coded answer: bases 0, no NaN", () => {
    const result = codeFrequencies([{ id: "C", label: "Cost", parentId: null }], new Map());
    expect(result.codes[0]).toEqual({
      codeId: "C",
      label: "Cost",
      parentId: null,
      answers: 0,
      proportion: 0,
      lower: 0,
      upper: 0,
      mentionShare: 0,
      theme: null,
    });
  });
});
