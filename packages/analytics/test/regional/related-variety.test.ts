import { describe, expect, it } from "vitest";
import { matrixFromRows } from "../../src/matrix/region-activity-matrix.ts";
import { groupCodesByPrefix, relatedVariety } from "../../src/regional/related-variety.ts";
import { shannonEntropy } from "../../src/regional/shannon-entropy.ts";
import { closeToPrinted, toy, toyGroups } from "../fixtures/toy.ts";

describe("related / unrelated variety on the toy (derived, reference §6.16: A = {I1..I4}, B = {I5..I8})", () => {
  const result = relatedVariety(toy(), toyGroups);

  it("H_total, UV and RV to 6 dp", () => {
    expect(
      closeToPrinted(result.entropy, [2.587251, 2.062043, 1.924174, 1.738149, 2.133743, 2.501879], 6),
    ).toEqual([]);
    expect(
      closeToPrinted(
        result.unrelatedVariety,
        [0.698125, 0.242292, 0.591673, 0.391244, 0.228538, 0.640944],
        6,
      ),
    ).toEqual([]);
    expect(
      closeToPrinted(result.relatedVariety, [1.889126, 1.819751, 1.332502, 1.346906, 1.905205, 1.860934], 6),
    ).toEqual([]);
    expect(result.groups).toEqual(["A", "B"]);
    expect([...result.activityGroup]).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it("decomposes exactly: H = UV + RV to 1e-12", () => {
    for (let r = 0; r < 6; r++) {
      expect(
        Math.abs(result.entropy[r]! - result.unrelatedVariety[r]! - result.relatedVariety[r]!),
      ).toBeLessThan(1e-12);
    }
  });

  it("matches the EconGeo route (entropy of the aggregated matrix) within its 3-dp rounding (reference §4.14)", () => {
    const grouped = matrixFromRows(
      toy().regions,
      ["A", "B"],
      toy().regions.map((_, r) => {
        const row = Array.from(toy().values.subarray(r * 8, r * 8 + 8));
        return [row.slice(0, 4).reduce((a, b) => a + b), row.slice(4).reduce((a, b) => a + b)];
      }),
    );
    const uvEcongeo = shannonEntropy(grouped, { convention: "econgeo" });
    for (let r = 0; r < 6; r++)
      expect(Math.abs(uvEcongeo[r]! - result.unrelatedVariety[r]!)).toBeLessThanOrEqual(5e-4 + 1e-8);
  });
});

describe("related variety by hand", () => {
  it("shares [0.25, 0.25, 0.5] with groups [A, A, B]: UV = 1, RV = 0.5, H = 1.5", () => {
    // P_A = P_B = 0.5 -> UV = 2·0.5·log2(2) = 1; H_A = log2(2) = 1, H_B = 0 -> RV = 0.5·1 = 0.5.
    const m = matrixFromRows(
      ["r", "empty"],
      ["a1", "a2", "b1"],
      [
        [1, 1, 2],
        [0, 0, 0],
      ],
    );
    const result = relatedVariety(m, ["A", "A", "B"]);
    expect(result.entropy[0]).toBe(1.5);
    expect(result.unrelatedVariety[0]).toBe(1);
    expect(result.relatedVariety[0]).toBe(0.5);
    expect(result.entropy[1]).toBeNaN();
    expect(result.relatedVariety[1]).toBeNaN();
  });

  it("accepts numeric group labels and rejects a missing group", () => {
    const m = matrixFromRows(["r"], ["a", "b"], [[1, 1]]);
    expect(relatedVariety(m, [7, 8]).unrelatedVariety[0]).toBe(1);
    expect(() => relatedVariety(m, ["A", ""])).toThrow('Activity "b" has no group.');
    expect(() => relatedVariety(m, ["A"])).toThrow("groups has 1 values but the matrix has 2 activities.");
  });

  it("groups SIC 5-digit codes by their 2-digit prefix", () => {
    expect(groupCodesByPrefix(["62011", "62012", "47110", "1"], 2)).toEqual(["62", "62", "47", "1"]);
    expect(() => groupCodesByPrefix(["62011"], 0)).toThrow(
      "The prefix length must be a positive integer, not 0.",
    );
  });
});
