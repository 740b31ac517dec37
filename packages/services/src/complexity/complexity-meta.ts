// meta.json of `smartspec complexity`: what was read, which choices produced the numbers, what
// the engine noticed, and what was written. JSON has no NaN: `JSON.stringify` writes null.
import type { CleaningStep, ComplexityAnalysis, ComplexityMethod, ProfileId } from "@smartspec/analytics";
import { engineVersion } from "../pipeline/engine-version.ts";
import { type InputMeta, tableConventions } from "../pipeline/input-meta.ts";
import {
  type ComplexityTableLayout,
  type ComplexityTableName,
  complexityTableHeaders,
} from "./complexity-tables.ts";

/** What meta.json keeps of one period's analysis. */
export interface ComplexityPeriodMeta {
  readonly time: string | null;
  readonly regions: number;
  readonly activities: number;
  readonly provenance: ComplexityAnalysis["provenance"];
  readonly diagnostics: ComplexityAnalysis["diagnostics"];
}

export function periodMeta(
  time: string | null,
  analysis: Pick<ComplexityAnalysis, "regions" | "activities" | "diagnostics" | "provenance">,
): ComplexityPeriodMeta {
  const { droppedRegions, droppedActivities } = analysis.diagnostics;
  return {
    time,
    regions: analysis.regions.length - droppedRegions.length,
    activities: analysis.activities.length - droppedActivities.length,
    provenance: analysis.provenance,
    diagnostics: analysis.diagnostics,
  };
}

export interface ComplexityMetaProps {
  /** `inputMeta` of the input, taken when it was read (the records are released before the end). */
  readonly input: InputMeta;
  readonly profile: ProfileId;
  readonly method: ComplexityMethod;
  readonly threshold: number;
  /** The cleaning steps applied before the analysis, with the codes each removed. */
  readonly cleaning: readonly CleaningStep[];
  readonly layout: ComplexityTableLayout;
  readonly regions: number;
  readonly activities: number;
  readonly periods: readonly ComplexityPeriodMeta[];
  readonly rows: Record<ComplexityTableName, number>;
}

export function complexityMeta(props: ComplexityMetaProps) {
  const headers = complexityTableHeaders(props.layout);
  const single = props.layout.time ? undefined : props.periods[0];
  return {
    command: "complexity",
    engineVersion: engineVersion(),
    input: props.input,
    profile: props.profile,
    method: props.method,
    parameters: { threshold: props.threshold },
    cleaning: props.cleaning,
    regions: props.regions,
    activities: props.activities,
    ...(single
      ? { provenance: single.provenance, diagnostics: single.diagnostics }
      : { periods: props.periods }),
    outputs: Object.fromEntries(
      Object.entries(headers).map(([name, columns]) => [
        name,
        { rows: props.rows[name as ComplexityTableName], columns },
      ]),
    ),
    conventions: tableConventions,
    ...(props.input.dataset ? { attribution: props.input.dataset.attribution } : {}),
  };
}
