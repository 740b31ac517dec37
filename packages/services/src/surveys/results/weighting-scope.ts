// The population a post-stratification or raking targets, cut to what the survey can represent:
// for each weighting variable, the levels some respondent has (a level of the frame with no
// respondent is reported, and left out: R's postStratify would fail on it); for the other variable,
// the levels of the frame (or every level when some frame unit cannot be placed). Both margins come
// from the joint table over that scope, so they have the same total, as raking needs.
import { loadSic2007Index } from "@smartspec/data";
import type { BusinessPopulationMargins } from "../population/business-population-margins.ts";
import { type PopulationSizeBand, populationSizeBands, sizeBandRange } from "../population/size-bands.ts";
import type { WeightingVariable } from "./weighting-choice.ts";

/** A unit placed in the population's levels (undefined: not placed). */
export interface PlacedUnit {
  readonly size: PopulationSizeBand | undefined;
  readonly section: string | undefined;
}

export interface WeightingScope {
  readonly levels: Readonly<Record<WeightingVariable, readonly string[]>>;
  /** Population total of each level of each variable, within the scope. */
  readonly totals: Readonly<Record<WeightingVariable, Readonly<Record<string, number>>>>;
  readonly problems: readonly string[];
}

export function levelLabel(variable: WeightingVariable, level: string): string {
  if (variable === "size") return `${level} (${sizeBandRange[level as PopulationSizeBand]})`;
  const title = loadSic2007Index().node(level)?.title;
  return title ? `${level} ${title}` : level;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

function distinct(units: readonly PlacedUnit[], variable: WeightingVariable): string[] | null {
  const levels = new Set<string>();
  for (const unit of units) {
    const level = unit[variable];
    if (level === undefined) return null;
    levels.add(level);
  }
  return [...levels];
}

/** The scope and its margins. `respondents` must all be placed on the weighting variables. */
export function weightingScope(
  margins: BusinessPopulationMargins,
  variables: readonly WeightingVariable[],
  respondents: readonly PlacedUnit[],
  frame: readonly PlacedUnit[],
): WeightingScope {
  const all: Record<WeightingVariable, readonly string[]> = {
    size: populationSizeBands,
    section: Object.keys(margins.bySic),
  };
  const problems: string[] = [];
  const levels = {} as Record<WeightingVariable, string[]>;
  for (const variable of ["size", "section"] as const) {
    const order = all[variable];
    const inFrame = distinct(frame, variable);
    if (!variables.includes(variable)) {
      levels[variable] = inFrame === null ? [...order] : order.filter((l) => inFrame.includes(l));
      continue;
    }
    const answered = new Set(respondents.map((r) => r[variable]!));
    levels[variable] = order.filter((l) => answered.has(l));
    for (const level of order) {
      if (answered.has(level)) continue;
      const units = frame.filter((u) => u[variable] === level).length;
      if (units === 0) continue;
      problems.push(
        `No respondent is in ${variable === "size" ? "size band" : "SIC section"} ${levelLabel(variable, level)}: its ${plural(units, "frame unit")} and its population are left out of the weighted population.`,
      );
    }
  }
  const size: Record<string, number> = {};
  const section: Record<string, number> = {};
  for (const s of levels.section) {
    for (const band of levels.size) {
      const count = margins.joint[s]?.[band as PopulationSizeBand] ?? 0;
      size[band] = (size[band] ?? 0) + count;
      section[s] = (section[s] ?? 0) + count;
    }
  }
  return { levels, totals: { size, section }, problems };
}
