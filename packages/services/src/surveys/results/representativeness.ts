// The representativeness check (pure): for size band and SIC section, the counts and shares of
// the population (official business counts, cut to the frame's scope), the frame, the sample and
// the respondents (completed, AAPOR I), each level's response rate, two Pearson tests
// (chi-square-tests.ts) and sentences in plain words; and the response rate of every stratum.
import type { LevelComparison, Representativeness, VariableComparison } from "@smartspec/domain";
import type { BusinessPopulationMargins } from "../population/business-population-margins.ts";
import { sicCodeAt } from "../population/sic-section.ts";
import { frameSizeBand, populationSizeBands } from "../population/size-bands.ts";
import { type ChiSquareTest, goodnessOfFit, responseIndependence } from "./chi-square-tests.ts";
import type { UnitFacts, WeightingVariable } from "./weighting-choice.ts";
import { levelLabel, type PlacedUnit } from "./weighting-scope.ts";

/** The reply shapes are the domain's (packages/domain/src/survey-api/representativeness-schema.ts). */
export type { LevelComparison, Representativeness, VariableComparison } from "@smartspec/domain";

export interface RepresentativenessInput {
  readonly frame: readonly (UnitFacts & { readonly id: string; readonly stratum: string })[];
  /** Sampled units and whether each completed the questionnaire. */
  readonly cases: readonly {
    readonly unitId: string;
    readonly stratum: string;
    readonly responded: boolean;
  }[];
  readonly margins: BusinessPopulationMargins;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;
const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const nameOf = (variable: WeightingVariable, label: string) =>
  variable === "size" ? `${label.replace(/ \(.*\)$/, "")} firms` : `firms in section ${label}`;

function placeAll(input: RepresentativenessInput) {
  const placed = new Map<string, PlacedUnit>();
  for (const unit of input.frame) {
    placed.set(unit.id, {
      size: frameSizeBand(unit.sizeBand, input.margins.sizeBandMapping.frame),
      section: sicCodeAt(unit.sicCode, input.margins.sicLevel),
    });
  }
  return placed;
}

function compare(
  variable: WeightingVariable,
  input: RepresentativenessInput,
  placed: ReadonlyMap<string, PlacedUnit>,
): VariableComparison {
  const other: WeightingVariable = variable === "size" ? "section" : "size";
  const order = variable === "size" ? [...populationSizeBands] : Object.keys(input.margins.bySic);
  const count = (units: readonly string[]) => {
    const counts = new Map<string, number>();
    let unplaced = 0;
    for (const id of units) {
      const level = placed.get(id)?.[variable];
      if (level === undefined) unplaced++;
      else counts.set(level, (counts.get(level) ?? 0) + 1);
    }
    return { counts, unplaced };
  };
  const frame = count(input.frame.map((u) => u.id));
  const sample = count(input.cases.map((c) => c.unitId));
  const respondents = count(input.cases.filter((c) => c.responded).map((c) => c.unitId));
  const frameOther = new Set<string>();
  let otherComplete = true;
  for (const unit of placed.values()) {
    if (unit[other] === undefined) otherComplete = false;
    else frameOther.add(unit[other]);
  }
  const population = (level: string) =>
    variable === "size"
      ? Object.entries(input.margins.joint)
          .filter(([s]) => !otherComplete || frameOther.has(s))
          .reduce((sum, [, cell]) => sum + cell[level as keyof typeof cell], 0)
      : populationSizeBands
          .filter((b) => !otherComplete || frameOther.has(b))
          .reduce((sum, b) => sum + (input.margins.joint[level]?.[b] ?? 0), 0);
  const levels = order.filter((l) => frame.counts.has(l) || respondents.counts.has(l));
  const outside = order.filter((l) => !levels.includes(l) && population(l) > 0);
  const populationTotal = levels.reduce((s, l) => s + population(l), 0);
  const outsideTotal = outside.reduce((s, l) => s + population(l), 0);
  const totals = [frame, sample, respondents].map((c) => [...c.counts.values()].reduce((s, v) => s + v, 0));
  const rows: LevelComparison[] = levels.map((level) => {
    const [f, s, r] = [frame, sample, respondents].map((c) => c.counts.get(level) ?? 0) as [
      number,
      number,
      number,
    ];
    const p = population(level);
    return {
      level,
      label: levelLabel(variable, level),
      population: p,
      populationShare: share(p, populationTotal),
      frame: f,
      frameShare: share(f, totals[0]!),
      sample: s,
      sampleShare: share(s, totals[1]!),
      respondents: r,
      respondentShare: share(r, totals[2]!),
      responseRate: s > 0 ? r / s : null,
      differenceFromPopulation: share(r, totals[2]!) - share(p, populationTotal),
      differenceFromFrame: share(r, totals[2]!) - share(f, totals[0]!),
    };
  });
  const responseRateTest = responseIndependence(
    rows.map((r) => r.respondents),
    rows.map((r) => r.sample),
  );
  const populationFitTest = goodnessOfFit(
    rows.map((r) => r.respondents),
    rows.map((r) => r.population),
  );
  const title = variable === "size" ? "size band" : "SIC section";
  return {
    variable,
    title,
    levels: rows,
    unplaced: { frame: frame.unplaced, sample: sample.unplaced, respondents: respondents.unplaced },
    outsideFrame: {
      levels: outside,
      population: outsideTotal,
      share: share(outsideTotal, populationTotal + outsideTotal),
    },
    responseRateTest,
    populationFitTest,
    summary: sentences(variable, title, rows, responseRateTest, populationFitTest, input.margins),
  };
}

const pText = (p: number) => (p < 0.001 ? "p < 0.001" : `p = ${p.toFixed(3)}`);

function sentences(
  variable: WeightingVariable,
  title: string,
  rows: readonly LevelComparison[],
  rateTest: ChiSquareTest | null,
  fitTest: ChiSquareTest | null,
  margins: BusinessPopulationMargins,
): string[] {
  const out: string[] = [];
  const rated = rows.filter((r) => r.responseRate !== null);
  if (rated.length >= 2) {
    const high = rated.reduce((a, b) => (b.responseRate! > a.responseRate! ? b : a));
    const low = rated.reduce((a, b) => (b.responseRate! < a.responseRate! ? b : a));
    const test = rateTest
      ? ` (chi-square ${rateTest.statistic.toFixed(2)} on ${rateTest.degreesOfFreedom} df, ${pText(rateTest.pValue)}${rateTest.smallExpected ? "; few cases, so treat the test as rough" : ""})`
      : "";
    out.push(
      high.responseRate === low.responseRate
        ? `Response rates were the same for every ${title}: ${percent(high.responseRate!)}.`
        : `${capitalise(nameOf(variable, high.label))} answered more often than ${nameOf(variable, low.label)}: ${percent(high.responseRate!)} vs ${percent(low.responseRate!)}${test}.`,
    );
  }
  const answered = rows.reduce((s, r) => s + r.respondents, 0);
  if (answered > 0 && rows.length >= 2) {
    const far = rows.reduce((a, b) =>
      Math.abs(b.differenceFromPopulation) > Math.abs(a.differenceFromPopulation) ? b : a,
    );
    const verdict = fitTest && fitTest.pValue < 0.05 ? "differ from" : "do not differ clearly from";
    const test = fitTest
      ? ` (chi-square ${fitTest.statistic.toFixed(2)} on ${fitTest.degreesOfFreedom} df, ${pText(fitTest.pValue)})`
      : "";
    out.push(
      `By ${title}, respondents ${verdict} ${margins.geography.replace(/ \(.*\)$/, "")} enterprises in the frame's scope${test}: ${nameOf(variable, far.label)} are ${percent(far.respondentShare)} of respondents and ${percent(far.populationShare)} of enterprises.`,
    );
  }
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The comparison for size band and SIC section, and response by stratum. */
export function representativeness(input: RepresentativenessInput): Representativeness {
  const placed = placeAll(input);
  const variables = (["size", "section"] as const).map((v) => compare(v, input, placed));
  const strata = new Map<string, { frame: number; sample: number; respondents: number }>();
  const at = (stratum: string) => {
    let row = strata.get(stratum);
    if (row === undefined) strata.set(stratum, (row = { frame: 0, sample: 0, respondents: 0 }));
    return row;
  };
  for (const unit of input.frame) at(unit.stratum).frame++;
  for (const c of input.cases) {
    const row = at(c.stratum);
    row.sample++;
    if (c.responded) row.respondents++;
  }
  const m = input.margins;
  return {
    respondentsAre: "Sampled units with a completed questionnaire (AAPOR disposition I).",
    tests:
      "Pearson chi-square tests, unweighted: response (yes/no) by level among sampled units, as R's chisq.test(table, correct = FALSE); and respondents' counts against the population's shares, as chisq.test(x, p = shares). The population shares are known counts, not estimates, and the question is whether the achieved respondents look like the population, so no design-based (Rao-Scott) correction applies. With a disproportionate stratified sample, respondents differ from the population by design too: compare the response rates.",
    variables,
    strata: [...strata]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([stratum, row]) => ({
        stratum,
        ...row,
        responseRate: row.sample > 0 ? row.respondents / row.sample : null,
      })),
    population: {
      source: m.source,
      year: m.year,
      geography: m.geography,
      licence: m.licence,
      attribution: m.attribution,
      sizeBandMapping: m.sizeBandMapping.text,
    },
    text: variables.flatMap((v) => v.summary),
  };
}
