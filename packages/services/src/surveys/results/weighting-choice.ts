// The weightings a results reader may ask for, and the summary of the weights every report carries:
// design weights alone (the default), or design weights post-stratified / raked to the official
// business counts of the frame's variables (size band from the frame unit, SIC section from its code).
import type { WeightingChoice, WeightingVariable } from "@smartspec/domain";

/** The reply shapes are the domain's (packages/domain/src/survey-api/weighting-schema.ts). */
export type {
  MarginLevel as MarginLevelView,
  WeightingChoice,
  WeightingVariable,
  WeightsSummary,
} from "@smartspec/domain";

export { weightingChoices } from "@smartspec/domain";

/** The variables a weighting choice calibrates to, in raking order. */
export const weightingVariables: Readonly<Record<WeightingChoice, readonly WeightingVariable[]>> = {
  design: [],
  "post-stratify:size": ["size"],
  "post-stratify:section": ["section"],
  "rake:size,section": ["size", "section"],
};

export const weightingVariableTitle: Readonly<Record<WeightingVariable, string>> = {
  size: "size band",
  section: "SIC section",
};

/** What the frame knows of a responding (or frame) unit. */
export interface UnitFacts {
  readonly sizeBand: string | null;
  readonly sicCode: string | null;
}
