// meta.json of `smartspec complexity`: what was read, which choices produced the numbers, what
// the engine noticed, and what was written. JSON has no NaN: `JSON.stringify` writes null.
import type { ComplexityAnalysis, ComplexityMethod, ProfileId } from "@smartspec/analytics";
import type { LongCsv } from "../input/read-long-csv.ts";
import type { LongInput } from "../input/long-input.ts";
import { engineVersion } from "../pipeline/engine-version.ts";
import { complexityTableHeaders, type ComplexityTableLayout, type ComplexityTableName } from "./complexity-tables.ts";

/** What meta.json keeps of one period's analysis. */
export interface ComplexityPeriodMeta {
  readonly time: string | null;
  readonly regions: number;
  readonly activities: number;
  readonly provenance: ComplexityAnalysis["provenance"];
  readonly diagnostics: ComplexityAnalysis["diagnostics"];
}

export function periodMeta(time: string | null, analysis: ComplexityAnalysis): ComplexityPeriodMeta {
  const { droppedRegions, droppedActivities } = analysis.diagnostics;
  return {
    time,
    regions: analysis.regions.length - droppedRegions.length,
    activities: analysis.activities.length - droppedActivities.length,
    provenance: analysis.provenance,
    diagnostics: analysis.diagnostics,
  };
}

/** The facts about the input that every meta.json of a long-data command records. */
export function inputMeta(input: LongInput, long: LongCsv) {
  const { source } = long;
  return {
    file: input.label,
    sha256: source.facts.sha256,
    bytes: source.facts.bytes,
    gzip: source.facts.gzip,
    delimiter: source.delimiter,
    rows: long.table.region.length,
    columns: input.columns,
    ...(input.dataset
      ? {
          dataset: {
            id: input.dataset.id,
            title: input.dataset.title,
            licence: input.dataset.licence,
            attribution: input.dataset.attribution,
          },
        }
      : {}),
  };
}

/** Conventions every table of smartspec follows, restated in each meta.json. */
export const tableConventions = {
  numbers: "shortest decimal that parses back to the same double",
  empty: "an empty field is a value that is not defined (NaN), e.g. for a region or activity dropped because its total is zero",
  codes: "codes are text as in the input (leading zeros kept), sorted by UTF-16 code units",
} as const;

export interface ComplexityMetaProps {
  readonly input: LongInput;
  readonly long: LongCsv;
  readonly profile: ProfileId;
  readonly method: ComplexityMethod;
  readonly threshold: number;
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
    input: inputMeta(props.input, props.long),
    profile: props.profile,
    method: props.method,
    parameters: { threshold: props.threshold },
    regions: props.regions,
    activities: props.activities,
    ...(single ? { provenance: single.provenance, diagnostics: single.diagnostics } : { periods: props.periods }),
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
