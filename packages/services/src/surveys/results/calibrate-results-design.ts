// Design weights, then (if asked) post-stratification or raking to official business counts:
//   postStratify(des, ~size, pop)                       "post-stratify:size"
//   postStratify(des, ~section, pop)                    "post-stratify:section"
//   rake(des, list(~size, ~section), list(p1, p2))      "rake:size,section" (maxit 10, epsilon 1)
// with the domain kernels, which keep the calibration steps so variances follow R's svyrecvar.
// Whatever stops a weighting (responses not linked to frame units, an unreadable size band or SIC
// code, a cell with no population) is reported as a problem and the design weights are kept.
import { kishEffectiveSize, postStratify, rake, type SurveyDesign, SurveyError } from "@smartspec/domain";
import type { BusinessPopulationMargins } from "../population/business-population-margins.ts";
import { sicCodeAt } from "../population/sic-section.ts";
import { frameSizeBand } from "../population/size-bands.ts";
import type { ResultsDesign, Weighting } from "./results-design.ts";
import {
  type UnitFacts,
  type WeightingChoice,
  type WeightingVariable,
  type WeightsSummary,
  weightingVariables,
  weightingVariableTitle,
} from "./weighting-choice.ts";
import { levelLabel, type PlacedUnit, weightingScope } from "./weighting-scope.ts";

export interface WeightingRequest {
  readonly choice: WeightingChoice;
  /** The frame unit of each response (design row), or null when it is not linked (anonymous, open link). */
  readonly respondents: readonly (UnitFacts | null)[];
  /** Every unit of the frame the sample was drawn from. */
  readonly frame: readonly UnitFacts[];
  readonly margins: BusinessPopulationMargins;
}

export interface CalibratedDesign extends ResultsDesign {
  readonly weights: WeightsSummary;
  /** When a calibration was applied: each response's level of each weighting variable (the exports write them). */
  readonly respondentLevels?: Readonly<Partial<Record<WeightingVariable, readonly string[]>>>;
}

function kish(design: SurveyDesign | null) {
  if (design === null) return null;
  const k = kishEffectiveSize(design.weights);
  return { n: k.n, effectiveSampleSize: k.nEffective, designEffect: k.deff };
}

function place(unit: UnitFacts, margins: BusinessPopulationMargins): PlacedUnit {
  return {
    size: frameSizeBand(unit.sizeBand, margins.sizeBandMapping.frame),
    section: sicCodeAt(unit.sicCode, margins.sicLevel),
  };
}

function unplaced(request: WeightingRequest, placed: readonly PlacedUnit[]): string[] {
  const problems: string[] = [];
  for (const variable of weightingVariables[request.choice]) {
    const bad = new Map<string, number>();
    placed.forEach((unit, i) => {
      if (unit[variable] !== undefined) return;
      const facts = request.respondents[i]!;
      const written = (variable === "size" ? facts.sizeBand : facts.sicCode) ?? "(missing)";
      bad.set(written, (bad.get(written) ?? 0) + 1);
    });
    if (bad.size === 0) continue;
    const listed = [...bad].map(([value, n]) => `"${value}" (${n})`).join(", ");
    problems.push(
      variable === "size"
        ? `The ${weightingVariableTitle.size} of some respondents is not micro (0-9), small (10-49), medium (50-249) or large (250+): ${listed}. Give the mapping of these labels (sizeBands).`
        : `The SIC code of some respondents has no SIC 2007 ${request.margins.sicLevel}: ${listed}.`,
    );
  }
  return problems;
}

function populationView(
  request: WeightingRequest,
  design: SurveyDesign,
  placed: readonly PlacedUnit[],
  totals: Record<string, Record<string, number>>,
) {
  const m = request.margins;
  return {
    source: m.source,
    year: m.year,
    geography: m.geography,
    attribution: m.attribution,
    licence: m.licence,
    sizeBandMapping: m.sizeBandMapping.text,
    frameSizeBands: m.sizeBandMapping.frame,
    margins: weightingVariables[request.choice].map((variable) => ({
      variable,
      levels: Object.entries(totals[variable]!).map(([level, population]) => {
        let respondents = 0;
        let weightedTotal = 0;
        placed.forEach((unit, i) => {
          if (unit[variable] !== level) return;
          respondents++;
          weightedTotal += design.weights[i]!;
        });
        return { level, label: levelLabel(variable, level), population, respondents, weightedTotal };
      }),
    })),
  };
}

function describe(base: Weighting, request: WeightingRequest, sweeps: string): string {
  const m = request.margins;
  const variables = weightingVariables[request.choice].map((v) => weightingVariableTitle[v]).join(" and ");
  const verb = request.choice.startsWith("rake") ? `raked${sweeps}` : "post-stratified";
  return `${base.description} The weights are then ${verb} to enterprises in ${m.geography} by ${variables} (ONS UK Business Counts, ${m.year}), so the weighted respondents match the population's shares of each ${variables}; the variance allows for this adjustment.`;
}

/** The base design with the requested calibration applied, or kept with the reasons it was not. */
export function calibrateResultsDesign(
  base: ResultsDesign,
  request: WeightingRequest | null,
): CalibratedDesign {
  const requested = request?.choice ?? "design";
  const keep = (problems: string[]): CalibratedDesign => ({
    ...base,
    weights: {
      requested,
      applied: "design",
      kish: kish(base.design),
      problems,
      population: null,
      rake: null,
    },
  });
  if (request === null || request.choice === "design") return keep([]);
  if (base.design === null) return keep(["There are no responses to weight."]);
  if (request.respondents.some((r) => r === null)) {
    return keep([
      "Responses cannot be linked to their frame units (an anonymous survey, open-link answers or no sample), so their size band and SIC section are unknown: the design weights are kept.",
    ]);
  }
  const placed = request.respondents.map((r) => place(r!, request.margins));
  const notPlaced = unplaced(request, placed);
  if (notPlaced.length > 0) return keep([...notPlaced, "The design weights are kept."]);
  const variables = weightingVariables[request.choice];
  const scope = weightingScope(
    request.margins,
    variables,
    placed,
    request.frame.map((u) => place(u, request.margins)),
  );
  const levelsOf = (v: "size" | "section") => placed.map((u) => u[v] as string);
  try {
    let design: SurveyDesign;
    let rakeSummary: WeightsSummary["rake"] = null;
    const problems = [...scope.problems];
    if (variables.length === 1) {
      const variable = variables[0]!;
      design = postStratify({
        design: base.design,
        cells: levelsOf(variable),
        population: scope.totals[variable],
        variable: weightingVariableTitle[variable],
      }).design;
    } else {
      const raked = rake(
        base.design,
        variables.map((v) => ({
          variable: weightingVariableTitle[v],
          levels: levelsOf(v),
          population: scope.totals[v],
        })),
      );
      design = raked.design;
      rakeSummary = { sweeps: raked.sweeps, converged: raked.converged, delta: raked.delta };
      if (!raked.converged) {
        problems.push(
          `Raking stopped after ${raked.sweeps} sweeps without converging (the weighted table still moved by ${raked.delta.toFixed(2)}); the margins are met only approximately.`,
        );
      }
    }
    const sweeps = rakeSummary
      ? ` (${rakeSummary.sweeps} sweep${rakeSummary.sweeps === 1 ? "" : "s"}${rakeSummary.converged ? "" : ", not converged"})`
      : "";
    return {
      design,
      weighting: { kind: base.weighting.kind, description: describe(base.weighting, request, sweeps) },
      weights: {
        requested,
        applied: request.choice,
        kish: kish(design),
        problems,
        population: populationView(
          request,
          design,
          placed,
          scope.totals as Record<string, Record<string, number>>,
        ),
        rake: rakeSummary,
      },
      respondentLevels: Object.fromEntries(variables.map((v) => [v, levelsOf(v)])),
    };
  } catch (error) {
    if (!(error instanceof SurveyError)) throw error;
    return keep([
      ...scope.problems,
      `The weighting cannot be applied: ${error.message}`,
      "The design weights are kept.",
    ]);
  }
}
