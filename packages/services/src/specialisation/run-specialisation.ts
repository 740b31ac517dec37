// Use case: region-level specialisation and activity-level concentration indices of a long file.
//
//   1. read      long CSV (and the population file, if any)
//   2. panel     one matrix per period (panelFromLong)
//   3. indices   specialisationIndices per period
//   4. write     regions.csv, activities.csv (rows appended per period), meta.json
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PanelFilter, RegionalConvention } from "@smartspec/analytics";
import { withInputLocation } from "../input/locate-analytics-error.ts";
import type { LongInput } from "../input/long-input.ts";
import { readLongPanel } from "../input/read-long-panel.ts";
import { type RegionValuesInput, readRegionValues } from "../input/read-region-values.ts";
import { appendCodeRows } from "../output/code-table-rows.ts";
import { encodeCodesWithComma } from "../output/csv-codes.ts";
import { CsvFileWriter, encodeCsvField } from "../output/csv-file-writer.ts";
import { prepareOutputFolder } from "../output/prepare-output-folder.ts";
import { engineVersion } from "../pipeline/engine-version.ts";
import { type InputMeta, inputMeta, tableConventions } from "../pipeline/input-meta.ts";
import { inStage, type StageListener } from "../pipeline/stage-listener.ts";
import { specialisationIndices } from "./specialisation-indices.ts";

export interface RunSpecialisationProps {
  readonly input: LongInput;
  readonly outDir: string;
  /** Cleaning steps applied before the analysis (none by default), recorded in meta.json. */
  readonly filter?: PanelFilter;
  /** Presence threshold for diversity and ubiquity; default 1. */
  readonly threshold?: number;
  /** "exact" (default) or "econgeo" (EconGeo 2.0's rounding and entropy offset). */
  readonly convention?: RegionalConvention;
  readonly groupDigits?: number;
  readonly population?: RegionValuesInput;
  readonly onStage?: StageListener;
}

export interface RunSpecialisationResult {
  readonly outDir: string;
  readonly warnings: readonly string[];
  readonly meta: Record<string, unknown> & {
    readonly input: InputMeta;
    readonly outputs: Record<string, { rows: number; columns: string[] }>;
  };
}

function zeroTotalWarnings(
  kind: string,
  codes: readonly string[],
  totals: Float64Array,
  time: string | null,
) {
  const zero = codes.filter((_, i) => totals[i] === 0);
  if (zero.length === 0) return [];
  const shown = zero.slice(0, 10).join(", ") + (zero.length > 10 ? ", ..." : "");
  return [
    `${time === null ? "" : `${time}: `}${zero.length} ${kind} with a zero total (${shown}): their indices are empty.`,
  ];
}

/** Computes the specialisation indices of `input` and writes them into `outDir`. */
export async function runSpecialisation(props: RunSpecialisationProps): Promise<RunSpecialisationResult> {
  const { input, onStage } = props;
  const threshold = props.threshold ?? 1;
  const convention = props.convention ?? "exact";
  const { long, panel, cleaning } = await readLongPanel(input, onStage, props.filter);
  const population = props.population ? await readRegionValues(props.population) : undefined;
  const time = input.columns.time !== undefined;
  const first = panel.matrices[0]!;
  const populationVector = population
    ? Float64Array.from(first.regions, (r) => population.byRegion.get(r) ?? Number.NaN)
    : undefined;
  prepareOutputFolder(props.outDir);
  const regionFields = encodeCodesWithComma(first.regions);
  const activityFields = encodeCodesWithComma(first.activities);
  const warnings: string[] = [];
  let regionsWriter: CsvFileWriter | undefined;
  let activitiesWriter: CsvFileWriter | undefined;
  let headers: { regions: string[]; activities: string[] } | undefined;
  const t = time ? ["time"] : [];
  panel.matrices.forEach((matrix, k) => {
    const period = time ? panel.times[k]! : null;
    const indices = inStage(onStage, "indices", () =>
      withInputLocation(long, () =>
        specialisationIndices(matrix, {
          threshold,
          convention,
          ...(props.groupDigits !== undefined ? { groupDigits: props.groupDigits } : {}),
          ...(populationVector ? { population: populationVector } : {}),
        }),
      ),
    );
    warnings.push(
      ...zeroTotalWarnings("regions", matrix.regions, indices.regionColumns[0]![1], period),
      ...zeroTotalWarnings("activities", matrix.activities, indices.activityColumns[0]![1], period),
    );
    inStage(onStage, "write", () => {
      if (headers === undefined) {
        headers = {
          regions: [...t, "region", ...indices.regionColumns.map(([name]) => name)],
          activities: [...t, "activity", ...indices.activityColumns.map(([name]) => name)],
        };
        regionsWriter = new CsvFileWriter(join(props.outDir, "regions.csv.partial"));
        regionsWriter.line(headers.regions);
        activitiesWriter = new CsvFileWriter(join(props.outDir, "activities.csv.partial"));
        activitiesWriter.line(headers.activities);
      }
      const timeField = period === null ? undefined : encodeCsvField(period);
      appendCodeRows(
        regionsWriter!,
        timeField,
        regionFields,
        indices.regionColumns.map(([, v]) => v),
      );
      appendCodeRows(
        activitiesWriter!,
        timeField,
        activityFields,
        indices.activityColumns.map(([, v]) => v),
      );
    });
  });
  const outputs = {
    "regions.csv": { rows: regionsWriter!.rows, columns: headers!.regions },
    "activities.csv": { rows: activitiesWriter!.rows, columns: headers!.activities },
  };
  const meta = {
    command: "specialisation",
    engineVersion: engineVersion(),
    input: inputMeta(input, long),
    cleaning,
    ...(population && props.population
      ? {
          population: {
            file: population.label,
            sha256: population.sha256,
            columns: { region: props.population.region, value: props.population.value },
            regionsWithoutPopulation: first.regions.filter((r) => !population.byRegion.has(r)),
          },
        }
      : {}),
    parameters: {
      threshold,
      convention,
      groupDigits: props.groupDigits ?? null,
    },
    regions: first.regions.length,
    activities: first.activities.length,
    ...(time ? { times: panel.times } : {}),
    warnings,
    outputs,
    conventions: tableConventions,
    ...(input.dataset ? { attribution: input.dataset.attribution } : {}),
  };
  inStage(onStage, "write", () => {
    for (const [name, writer] of [
      ["regions.csv", regionsWriter!],
      ["activities.csv", activitiesWriter!],
    ] as const) {
      writer.close();
      renameSync(join(props.outDir, `${name}.partial`), join(props.outDir, name));
    }
    writeFileSync(join(props.outDir, "meta.json"), `${JSON.stringify(meta, null, 2)}\n`);
  });
  return { outDir: props.outDir, warnings, meta };
}
