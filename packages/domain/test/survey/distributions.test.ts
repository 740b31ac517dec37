// The distribution functions against R's own values (fixtures/distributions.json, written by
// fixtures/distributions.R with R 4.2.2; each entry names the R call that made it).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  betaQuantile,
  chiSquareUpperTail,
  fUpperTail,
  normalCdf,
  normalQuantile,
  regularizedBeta,
  regularizedGammaP,
  studentTCdf,
  studentTQuantile,
} from "../../src/survey/distributions/index.ts";

interface Case {
  readonly call: string;
  readonly args: readonly number[];
  readonly value: number;
}
const fixture = JSON.parse(readFileSync(new URL("fixtures/distributions.json", import.meta.url), "utf8")) as {
  values: Case[];
};

const implementations: Record<string, (args: readonly number[]) => number> = {
  qnorm: ([p]) => normalQuantile(p!),
  pnorm: ([x]) => normalCdf(x!),
  qt: ([p, df]) => studentTQuantile(p!, df!),
  pt: ([t, df]) => studentTCdf(t!, df!),
  qbeta: ([p, a, b]) => betaQuantile(p!, a!, b!),
  pbeta: ([x, a, b]) => regularizedBeta(x!, a!, b!),
  "pchisq upper": ([x, df]) => chiSquareUpperTail(x!, df!),
  "pf upper": ([f, df1, df2]) => fUpperTail(f!, df1!, df2!),
  pgamma: ([x, a]) => regularizedGammaP(a!, x!),
};

const relativeTolerance = 1e-12;

describe("distribution functions match R", () => {
  it.each(fixture.values.map((c) => [`${c.call}(${c.args.join(", ")})`, c] as const))("%s", (_name, c) => {
    const got = implementations[c.call]!(c.args);
    expect(Math.abs(got - c.value)).toBeLessThanOrEqual(relativeTolerance * Math.abs(c.value) + 1e-300);
  });
});
