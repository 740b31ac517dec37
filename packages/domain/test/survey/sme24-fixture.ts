// Test helper: the 24-SME reference fixture of survey-methods.md §4.5 and R's results on it
// (fixtures/sme24.json, written by fixtures/sme24.R with R 4.2.2 and survey 4.1.1).
import { readFileSync } from "node:fs";
import { expect } from "vitest";

export interface IntervalsFixture {
  readonly proportion: number;
  readonly se: number;
  readonly degf: number;
  readonly rows: number;
  readonly nEffective: number;
  readonly level: number;
  readonly intervals: Readonly<Record<string, readonly [number, number]>>;
}
export interface MeanFixture {
  readonly weights: readonly number[];
  readonly mean: number;
  readonly se: number;
}
interface FactorFixture {
  readonly categories: readonly string[];
  readonly proportion: readonly number[];
  readonly se: readonly number[];
  readonly deff: readonly number[];
}
interface RaoScottFixture {
  readonly chisq: number;
  readonly pChisq: number;
  readonly f: number;
  readonly ndf: number;
  readonly ddf: number;
  readonly pF: number;
}
type BySector = Readonly<Record<"aero" | "auto", IntervalsFixture & { readonly n: number }>>;

export interface Sme24Fixture {
  readonly data: { size: string[]; sector: string[]; aware: number[]; Nh: number[] };
  readonly designWeights: readonly number[];
  readonly strataFpc: IntervalsFixture & {
    readonly level90: IntervalsFixture["intervals"];
    readonly factor: FactorFixture;
    readonly deff: number;
    readonly deffReplace: number;
    readonly kish: { readonly nEffective: number; readonly deff: number };
    readonly bySector: BySector;
    readonly raoScott: { readonly awareBySector: RaoScottFixture; readonly awareBySize: RaoScottFixture };
  };
  readonly weightsOnly: IntervalsFixture & {
    readonly factor: FactorFixture;
    readonly bySector: BySector;
    readonly raoScott: { readonly awareBySector: RaoScottFixture };
  };
  readonly strataNoFpc: IntervalsFixture & { readonly factor: FactorFixture };
  readonly postStratified: MeanFixture & { readonly bySector: BySector };
  readonly raked: MeanFixture & { readonly intervals: IntervalsFixture["intervals"] };
  readonly rakedTight: MeanFixture;
  readonly rakedSectorFirst: MeanFixture;
  readonly linear: MeanFixture;
  readonly trimmed: {
    readonly upper: number;
    readonly lower: number;
    readonly weights: number[];
    readonly strict: number[];
  };
  readonly srs40: { readonly plain: IntervalsFixture; readonly fpc: IntervalsFixture };
}

export const sme24 = JSON.parse(
  readFileSync(new URL("fixtures/sme24.json", import.meta.url), "utf8"),
) as Sme24Fixture;

/** The tolerance of every comparison with R: 1e-9 relative. */
export const relative = 1e-9;

export function expectClose(got: number, want: number, tolerance = relative): void {
  expect(Math.abs(got - want), `got ${got}, R has ${want}`).toBeLessThanOrEqual(tolerance * Math.abs(want));
}

export function expectAllClose(got: ArrayLike<number>, want: readonly number[], tolerance = relative): void {
  expect(got.length).toBe(want.length);
  want.forEach((w, i) => {
    expectClose(got[i]!, w, tolerance);
  });
}
