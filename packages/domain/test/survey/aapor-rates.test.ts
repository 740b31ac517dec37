// AAPOR outcome rates (survey-methods.md §2.4): the seed case and the illustrative test vector.
// Exact values are the fractions written beside each check; the table in §2.4 is rounded to 6 dp.
import { describe, expect, it } from "vitest";
import { aaporRateNames, aaporRates, type DispositionCounts } from "../../src/survey/index.ts";

const vector: DispositionCounts = { I: 95, P: 12, R: 41, NC: 585, O: 0, UH: 0, UO: 320, NE: 50 };
const printed = {
  RR1: 0.090218,
  RR2: 0.101614,
  RR3: 0.092004,
  RR4: 0.103625,
  RR5: 0.129604,
  RR6: 0.145975,
  COOP1: 0.641892,
  COOP2: 0.722973,
  COOP3: 0.641892,
  COOP4: 0.722973,
  REF1: 0.038936,
  REF2: 0.039707,
  REF3: 0.055935,
  CON1: 0.140551,
  CON2: 0.143332,
  CON3: 0.20191,
};

describe("aaporRates", () => {
  it("seed case: 107 completes of 1,103 eligible invitations -> RR1 = RR3 = RR5 = 107/1103", () => {
    const result = aaporRates({ I: 107, P: 0, R: 0, NC: 996, O: 0, UH: 0, UO: 0, NE: 0 });
    expect(result.rates.RR1).toBe(107 / 1103);
    expect(result.rates.RR3).toBe(107 / 1103);
    expect(result.rates.RR5).toBe(107 / 1103);
    expect(result.e).toBe(1);
  });
  it("test vector: e = 733/783 (the proportional default) and the exact fractions", () => {
    const { rates, e, eBasis } = aaporRates(vector);
    expect(eBasis).toBe("proportional");
    expect(e).toBe(733 / 783);
    expect(rates.RR1).toBe(95 / 1053);
    expect(rates.RR2).toBe(107 / 1053);
    expect(rates.RR3).toBeCloseTo(95 / (733 + (733 / 783) * 320), 15);
    expect(rates.RR5).toBe(95 / 733);
    expect(rates.RR6).toBe(107 / 733);
    expect(rates.COOP1).toBe(95 / 148);
    expect(rates.COOP4).toBe(107 / 148);
    expect(rates.REF1).toBe(41 / 1053);
    expect(rates.REF3).toBe(41 / 733);
    expect(rates.CON1).toBe(148 / 1053);
    expect(rates.CON3).toBe(148 / 733);
  });
  it("test vector: every rate agrees with the table of §2.4 to its 6 decimals", () => {
    const { rates, e } = aaporRates(vector);
    expect(Math.abs(e - 0.936143)).toBeLessThan(5e-7);
    for (const name of aaporRateNames) expect(Math.abs(rates[name] - printed[name]), name).toBeLessThan(5e-7);
  });
  it("uses a given e and says so", () => {
    const result = aaporRates(vector, { e: 0.5 });
    expect(result.eBasis).toBe("given");
    expect(result.rates.RR3).toBe(95 / (733 + 160));
    expect(result.rates.CON2).toBe(148 / (733 + 160));
  });
  it("gives NaN, not Infinity, when a denominator is 0", () => {
    const { rates } = aaporRates({ I: 0, P: 0, R: 0, NC: 0, O: 0, UH: 0, UO: 0, NE: 5 });
    expect(rates.RR1).toBeNaN();
    expect(rates.COOP1).toBeNaN();
  });
  it("rejects a negative count, naming the disposition", () => {
    expect(() => aaporRates({ ...vector, NC: -1 })).toThrow(
      "disposition NC has count -1; counts must be >= 0.",
    );
  });
});
