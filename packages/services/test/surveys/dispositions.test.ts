// The event -> disposition rules of survey-methods.md 2.3 (one case per rule). The outcome rates
// themselves are the domain's aaporRates (tested on the methods doc's 2.4 vector in
// packages/domain/test/survey).
import { describe, expect, test } from "vitest";
import { caseDisposition, countDispositions } from "../../src/surveys/tracking/case-disposition.ts";

const e = (kind: string, progress: number | null = null, detail: string | null = null) => ({
  kind,
  progress,
  detail,
});
const rule = (events: ReturnType<typeof e>[], eligibility = "unknown") =>
  caseDisposition({ events, eligibility, partialThreshold: 0.5 });

describe("case disposition (methods doc 2.3)", () => {
  test("each rule, first match wins", () => {
    expect(rule([e("invited"), e("opened"), e("completed"), e("refused")])).toEqual({
      code: "I",
      rule: 1,
      subtype: null,
    });
    expect(rule([e("invited"), e("started"), e("partial", 0.5)])).toEqual({
      code: "P",
      rule: 2,
      subtype: null,
    });
    expect(rule([e("invited"), e("screened_out"), e("refused")])).toEqual({
      code: "NE",
      rule: 3,
      subtype: null,
    });
    expect(rule([e("invited")], "ceased")).toEqual({ code: "NE", rule: 3, subtype: null });
    expect(rule([e("invited"), e("started"), e("partial", 0.49)])).toEqual({
      code: "R",
      rule: 5,
      subtype: "break-off",
    });
    expect(rule([e("invited"), e("opened")])).toEqual({ code: "R", rule: 6, subtype: "implicit" });
    expect(rule([e("invited"), e("refused")])).toEqual({ code: "R", rule: 7, subtype: "explicit" });
    expect(rule([e("invited"), e("unsubscribed")])).toEqual({ code: "R", rule: 7, subtype: "unsubscribed" });
    expect(rule([e("invited"), e("bounced", null, "hard")], "eligible")).toEqual({
      code: "UO",
      rule: 8,
      subtype: "undelivered",
    });
    expect(rule([e("invited"), e("reminded")], "eligible")).toEqual({ code: "NC", rule: 9, subtype: null });
    expect(rule([e("invited")])).toEqual({ code: "UO", rule: 10, subtype: null });
    expect(rule([])).toEqual({ code: "UO", rule: 10, subtype: "not-invited" });
  });

  test("a partial whose progress is unknown is a break-off, never P", () => {
    expect(rule([e("started"), e("partial", null)]).code).toBe("R");
  });

  test("counts include every code", () => {
    expect(countDispositions(["I", "R", "I"])).toEqual({
      I: 2,
      P: 0,
      R: 1,
      NC: 0,
      O: 0,
      UH: 0,
      UO: 0,
      NE: 0,
    });
  });
});
