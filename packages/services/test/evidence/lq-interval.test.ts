// The Garwood interval against closed forms: for x = 0 the upper gamma quantile of shape 1 is
// -ln(0.025); for shape 1 the lower 2.5% quantile is -ln(0.975) (exponential distribution).
import { describe, expect, it } from "vitest";
import { lqInterval } from "../../src/evidence/lq-interval.ts";

describe("lqInterval", () => {
  it("x = 0: [0, -ln(0.025) / E]", () => {
    const { low, high } = lqInterval(0, 2);
    expect(low).toBe(0);
    expect(high).toBeCloseTo(-Math.log(0.025) / 2, 10);
  });
  it("x = 1: lower = -ln(0.975) / E", () => {
    expect(lqInterval(1, 1).low).toBeCloseTo(-Math.log(0.975), 10);
  });
  it("x = 10: matches published Garwood limits 4.7954 and 18.3904 (e.g. Ulm 1990 table)", () => {
    const { low, high } = lqInterval(10, 10);
    expect(low * 10).toBeCloseTo(4.7954, 3);
    expect(high * 10).toBeCloseTo(18.3904, 3);
  });
});
