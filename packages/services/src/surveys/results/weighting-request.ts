// The weighting a reader asked for, in the form the calibration takes (calibrate-results-design.ts):
// the choice, the frame facts of each counted response and of the whole frame, and the business
// counts of the chosen year. The results, the report PDF and the data pack all build it here, so
// the three weight the same responses the same way.
import type { Queryable } from "@smartspec/storage";
import type { WeightingRequest } from "./calibrate-results-design.ts";
import { linkedUnits, type PopulationChoice, populationMargins } from "./linked-units.ts";
import type { WeightingChoice } from "./weighting-choice.ts";

export interface WeightingProps extends PopulationChoice {
  /** Default "design": the sample's design weights only. */
  readonly weighting?: WeightingChoice;
}

/**
 * null under design weights. Throws `validation` for a year the business counts do not cover
 * (before reading the frame). `unitIds`: the frame unit of each counted response, or null.
 */
export async function weightingRequest(
  db: Queryable,
  surveyId: string,
  unitIds: readonly (string | null)[],
  props: WeightingProps,
): Promise<WeightingRequest | null> {
  const choice = props.weighting ?? "design";
  if (choice === "design") return null;
  const margins = populationMargins(props);
  return { choice, margins, ...(await linkedUnits(db, surveyId, unitIds)) };
}
