// What the results and representativeness use cases read besides the responses: the frame's units
// (size band and SIC code of each responding unit and of the whole frame) and the population
// margins from the bundled business counts for the reader's choice of year and size-band mapping.
import { findSample, listFrameUnits, type Queryable } from "@smartspec/storage";
import {
  type BusinessPopulationMargins,
  businessPopulationMargins,
} from "../population/business-population-margins.ts";
import type { SicLevel } from "../population/sic-section.ts";
import type { PopulationSizeBand } from "../population/size-bands.ts";
import type { UnitFacts } from "./weighting-choice.ts";

export interface PopulationChoice {
  /** Business counts year (default the latest bundled). */
  readonly year?: number;
  readonly sicLevel?: SicLevel;
  /** The frame's size-band labels -> band, beyond the labels read without help (0-9, micro, ...). */
  readonly sizeBands?: Readonly<Record<string, PopulationSizeBand>>;
}

export function populationMargins(choice: PopulationChoice): BusinessPopulationMargins {
  return businessPopulationMargins({
    ...(choice.year === undefined ? {} : { year: choice.year }),
    ...(choice.sicLevel === undefined ? {} : { sicLevel: choice.sicLevel }),
    ...(choice.sizeBands === undefined ? {} : { sizeBands: choice.sizeBands }),
  });
}

export interface LinkedUnits {
  readonly respondents: readonly (UnitFacts | null)[];
  readonly frame: readonly (UnitFacts & { readonly id: string })[];
}

/** Facts of the frame units `unitIds` (null stays null) and of every unit of the sample's frame. */
export async function linkedUnits(
  db: Queryable,
  surveyId: string,
  unitIds: readonly (string | null)[],
): Promise<LinkedUnits> {
  const sample = await findSample(db, surveyId);
  if (sample === undefined) return { respondents: unitIds.map(() => null), frame: [] };
  const frame = (await listFrameUnits(db, sample.frameId)).map((u) => ({
    id: u.id,
    sizeBand: u.sizeBand,
    sicCode: u.sicCode,
  }));
  const byId = new Map(frame.map((u) => [u.id, u]));
  return { respondents: unitIds.map((id) => (id === null ? null : (byId.get(id) ?? null))), frame };
}
