// The first two stages every long-data use case shares:
//   1. read   the long file (row filters such as a chosen year applied as it is read)
//   2. panel  one region x activity matrix per period; then, when the input asks for a coarser level
//             of its activity classification, the activities rolled up to that level; then the
//             cleaning steps asked for (filterPanel), each recorded for meta.json
import {
  type CleaningStep,
  filterPanel,
  type Panel,
  type PanelFilter,
  panelFromLong,
  rollUpActivities,
  rollUpRegions,
} from "@smartspec/analytics";
import { inStage, inStageAsync, type StageListener } from "../pipeline/stage-listener.ts";
import { inputMessages } from "./input-messages.ts";
import { withInputLocation } from "./locate-analytics-error.ts";
import type { LongInput } from "./long-input.ts";
import type { ParseHelper } from "./parallel-parse.ts";
import { type LongCsv, readLongCsv } from "./read-long-csv.ts";

export interface LongPanel {
  readonly long: LongCsv;
  readonly panel: Panel;
  /** The cleaning steps applied, in order, with what each removed. */
  readonly cleaning: readonly CleaningStep[];
}

/**
 * Reads `input` and builds its panel: activities rolled up to `input.rollUp.level` and regions to
 * `input.regionRollUp.level` when given, then cleaned by `filter`.
 */
export async function readLongPanel(
  input: LongInput,
  onStage?: StageListener,
  filter: PanelFilter = {},
  parallel?: ParseHelper,
): Promise<LongPanel> {
  const long = await inStageAsync(onStage, "read", () =>
    readLongCsv({
      path: input.path,
      label: input.label,
      columns: input.columns,
      ...(input.delimiter ? { delimiter: input.delimiter } : {}),
      ...(input.filters ? { filters: input.filters } : {}),
      ...(input.emptyValues ? { emptyValues: input.emptyValues } : {}),
      ...(input.negativeValues ? { negativeValues: input.negativeValues } : {}),
      ...(parallel ? { parallel } : {}),
    }),
  );
  const { panel, steps } = inStage(onStage, "panel", () => {
    const built = withInputLocation(long, () => panelFromLong(long.table));
    const rolled = regionsRolledUp(input, rolledUp(input, built));
    return withInputLocation(long, () => filterPanel(rolled, filter));
  });
  return { long, panel, cleaning: steps };
}

function rolledUp(input: LongInput, built: Panel): Panel {
  const rollUp = input.rollUp;
  if (rollUp === undefined) return built;
  const activities = built.matrices[0]!.activities;
  const groups = activities.map((code) => {
    const parent = rollUp.parentOf(code);
    if (parent === undefined) {
      throw inputMessages.invalidData(
        input.label,
        `activity "${code}" is not in ${rollUp.classification}, so it cannot be rolled up to ${rollUp.level} level.`,
      );
    }
    return parent;
  });
  return { times: built.times, matrices: built.matrices.map((m) => rollUpActivities(m, groups)) };
}

function regionsRolledUp(input: LongInput, built: Panel): Panel {
  const rollUp = input.regionRollUp;
  if (rollUp === undefined) return built;
  const groups = built.matrices[0]!.regions.map((code) => {
    const parent = rollUp.parentOf(code);
    if (parent === undefined) {
      throw inputMessages.invalidData(
        input.label,
        `region "${code}" is not in ${rollUp.classification}, so it cannot be summed up to ${rollUp.level} level.`,
      );
    }
    return parent;
  });
  return { times: built.times, matrices: built.matrices.map((m) => rollUpRegions(m, groups)) };
}
