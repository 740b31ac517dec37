// Textbook intervals (survey-methods.md §3.1-3.2) against base R: binom.test, prop.test(correct =
// FALSE) and the Wald / logit formulas (fixtures/proportions.json from fixtures/proportions.R).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { proportionInterval } from "../../src/survey/index.ts";

interface Case {
  x: number;
  n: number;
  level: number;
  N?: number;
  se: number;
  wald: [number, number];
  wilson: [number, number];
  clopperPearson: [number, number];
  logit: [number | null, number | null];
}
const { cases } = JSON.parse(readFileSync(new URL("fixtures/proportions.json", import.meta.url), "utf8")) as {
  cases: Case[];
};

/** 1e-9 relative, or 1e-15 absolute for bounds that are exactly 0. */
function close(got: number, want: number | null): void {
  if (want === null) expect(got).toBeNaN();
  else expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * Math.abs(want) + 1e-15);
}

describe("proportionInterval matches R", () => {
  it.each(cases.map((c) => [`${c.x} of ${c.n}, level ${c.level}${c.N ? `, N = ${c.N}` : ""}`, c] as const))(
    "%s",
    (_name, c) => {
      const options = { level: c.level, ...(c.N ? { populationSize: c.N } : {}) };
      const wald = proportionInterval(c.x, c.n, { method: "wald", ...options });
      close(wald.se, c.se);
      close(wald.lower, c.wald[0]);
      close(wald.upper, c.wald[1]);
      for (const [method, want] of [
        ["wilson", c.wilson],
        ["clopper-pearson", c.clopperPearson],
      ] as const) {
        const got = proportionInterval(c.x, c.n, { method, ...options });
        close(got.lower, want[0]);
        close(got.upper, want[1]);
      }
      const logit = proportionInterval(c.x, c.n, { method: "logit", ...options });
      if (c.x === 0 || c.x === c.n) expect([logit.lower, logit.upper]).toEqual([Number.NaN, Number.NaN]);
      else {
        close(logit.lower, c.logit[0]);
        close(logit.upper, c.logit[1]);
      }
    },
  );
});

describe("the worked example of §3.2 (x = 40, n = 107, N = 1,103), to the digits printed there", () => {
  const at = (value: number, printed: number) => expect(Math.abs(value - printed)).toBeLessThan(5e-7);
  it("Wald: SE 0.046773, 0.282159 - 0.465504", () => {
    const r = proportionInterval(40, 107, { method: "wald" });
    at(r.se, 0.046773);
    at(r.lower, 0.282159);
    at(r.upper, 0.465504);
  });
  it("Wilson 0.288028 - 0.468381; Clopper-Pearson 0.282190 - 0.472647", () => {
    const wilson = proportionInterval(40, 107, { method: "wilson" });
    at(wilson.lower, 0.288028);
    at(wilson.upper, 0.468381);
    const exact = proportionInterval(40, 107, { method: "clopper-pearson" });
    at(exact.lower, 0.28219);
    at(exact.upper, 0.472647);
  });
  it("Wald with FPC: factor 0.950690, SE 0.044466, 0.286680 - 0.460984", () => {
    const r = proportionInterval(40, 107, { method: "wald", populationSize: 1103 });
    at(r.fpcFactor, 0.95069);
    at(r.se, 0.044466);
    at(r.lower, 0.28668);
    at(r.upper, 0.460984);
  });
  it("Agresti-Coull: p̃ = (x + z²/2)/(n + z²) ± z √(p̃(1-p̃)/(n + z²))", () => {
    const z = 1.959963984540054;
    const nTilde = 107 + z * z;
    const pTilde = (40 + (z * z) / 2) / nTilde;
    const half = z * Math.sqrt((pTilde * (1 - pTilde)) / nTilde);
    const r = proportionInterval(40, 107, { method: "agresti-coull" });
    close(r.lower, pTilde - half);
    close(r.upper, pTilde + half);
  });
  it("rejects impossible counts, naming the field", () => {
    expect(() => proportionInterval(108, 107, { method: "wald" })).toThrow(
      "successes must be between 0 and trials (got 108).",
    );
    expect(() => proportionInterval(4, 10, { method: "wald", populationSize: 5 })).toThrow(
      "populationSize must be at least the number of trials (got 5).",
    );
  });
});
