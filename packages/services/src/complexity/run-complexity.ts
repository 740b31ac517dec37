// Use case: economic complexity of a long data file, written as CSV tables and meta.json.
//
//   1. read      long CSV -> columnar table (file/line/column errors)
//   2. panel     one region x activity matrix per period (panelFromLong), then the cleaning steps
//                asked for (filterPanel), recorded in meta.json
//   3. analyse   analyseComplexityInBands per period (RCA, M, ECI/PCI, proximity, density, COI, COG);
//                a big file is parsed on two threads, and that helper thread is lent to the engine
//   4. write     cells.csv band by band as the engine gives density and COG (840 regions at a time),
//                then the period's rows of regions/activities/proximity.csv
//   5. meta      meta.json; the tables get their final names only when all went well
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  analyseComplexityInBands,
  type ComplexityAnalysisWithoutCells,
  type ComplexityMethod,
  conventionProfiles,
  type PanelFilter,
  type ProfileId,
  withPanelWarning,
} from "@smartspec/analytics";
import { inputMessages } from "../input/input-messages.ts";
import { type ErrorContext, withInputLocation } from "../input/locate-analytics-error.ts";
import type { LongInput } from "../input/long-input.ts";
import { readLongPanel } from "../input/read-long-panel.ts";
import { type RegionValuesInput, readRegionValues } from "../input/read-region-values.ts";
import { ParallelFormatter } from "../output/parallel-formatter.ts";
import { prepareOutputFolder } from "../output/prepare-output-folder.ts";
import { inputMeta } from "../pipeline/input-meta.ts";
import { inStage, type StageListener } from "../pipeline/stage-listener.ts";
import { type ComplexityPeriodMeta, complexityMeta, periodMeta } from "./complexity-meta.ts";
import { ComplexityTables } from "./complexity-tables.ts";

export interface RunComplexityProps {
  readonly input: LongInput;
  /** Folder for the outputs; created when missing. */
  readonly outDir: string;
  /** Default "smartspec". */
  readonly profile?: ProfileId;
  /** Default: the profile's method. */
  readonly method?: ComplexityMethod;
  /** Presence threshold; default 1. */
  readonly threshold?: number;
  /** Presence on RCA (default), per-capita RPOP, or either ("both"); the last two need `population`. */
  readonly presenceBasis?: "rca" | "rpop" | "both";
  /** A region,population file for per-capita presence. */
  readonly population?: RegionValuesInput;
  /** Minimum region / activity totals applied before the analysis (none by default). */
  readonly filter?: PanelFilter;
  readonly onStage?: StageListener;
  /**
   * Called once the long table's records are released, before the analysis allocates its matrices:
   * a host that can force a full garbage collection (the CLI) frees the file's bytes and the
   * records there, so the matrices reuse that memory instead of adding to the peak.
   */
  readonly collectGarbage?: () => void;
  /** Called with each period's analysis (its cells were written band by band) before it is released. */
  readonly onPeriod?: (time: string | null, analysis: ComplexityAnalysisWithoutCells) => void;
}

export interface RunComplexityResult {
  readonly outDir: string;
  readonly files: readonly string[];
  readonly periods: readonly ComplexityPeriodMeta[];
  readonly meta: ReturnType<typeof complexityMeta>;
}

/** Input files from this size are parsed on two threads (parallel-parse.ts). */
const parallelParseBytes = 4 << 20;

/** The file's size in bytes, or 0 when it cannot be read (reading it will say why). */
function statSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * Reads the panel and keeps only what the rest needs of the long table (its meta facts and what
 * error messages name): the records themselves (about 25 MB at 1.2 million) are released before
 * the analysis allocates its matrices.
 */
async function readPanelOnly(
  input: LongInput,
  onStage: StageListener | undefined,
  filter: PanelFilter | undefined,
  parallel: ParallelFormatter | undefined,
) {
  const { long, panel, cleaning } = await readLongPanel(input, onStage, filter, parallel);
  const errorContext: ErrorContext = { label: long.label, columns: long.columns };
  return { panel, cleaning, inputFacts: inputMeta(input, long), errorContext };
}

/** Runs the complexity pipeline on `input` and writes its tables into `outDir`. */
export async function runComplexity(props: RunComplexityProps): Promise<RunComplexityResult> {
  // A big file is parsed on two threads: the helper thread starts first (its start overlaps reading
  // the file), parses the second half, and is then lent to the tables and the engine.
  // The tables own it once made (and close it); closing it again after a failure is harmless.
  const early = statSize(props.input.path) >= parallelParseBytes ? new ParallelFormatter() : undefined;
  try {
    return await runWithHelper(props, early);
  } catch (error) {
    void early?.close();
    throw error;
  }
}

async function runWithHelper(
  props: RunComplexityProps,
  early: ParallelFormatter | undefined,
): Promise<RunComplexityResult> {
  const { input, onStage } = props;
  const profile = props.profile ?? "smartspec";
  const method = props.method ?? conventionProfiles[profile].defaultMethod;
  const threshold = props.threshold ?? 1;
  const { panel, cleaning, inputFacts, errorContext } = await readPanelOnly(
    input,
    onStage,
    props.filter,
    early,
  );
  props.collectGarbage?.();
  const presenceBasis = props.presenceBasis ?? "rca";
  const populationFile = props.population ? await readRegionValues(props.population) : undefined;
  const regionCodes = panel.matrices[0]?.regions ?? [];
  const population = populationFile
    ? Float64Array.from(regionCodes, (r) => populationFile.byRegion.get(r) ?? Number.NaN)
    : undefined;
  if (populationFile && presenceBasis !== "rca") {
    const missing = regionCodes.filter((r) => !populationFile.byRegion.has(r));
    if (missing.length > 0) {
      throw inputMessages.invalidData(
        populationFile.label,
        `no population for ${missing.length} region(s): ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? ", ..." : ""}; per-capita presence needs one for every region.`,
      );
    }
  }
  const layout = { time: input.columns.time !== undefined, fitness: method === "fitness" };
  prepareOutputFolder(props.outDir);
  const tables = new ComplexityTables(
    props.outDir,
    layout,
    {
      regions: panel.matrices[0]!.regions.length,
      activities: panel.matrices[0]!.activities.length,
      periods: panel.matrices.length,
    },
    undefined,
    early,
  );
  const periods: ComplexityPeriodMeta[] = [];
  try {
    const helper = tables.kernelHelper();
    panel.matrices.forEach((matrix, k) => {
      const time = layout.time ? panel.times[k]! : null;
      // cells.csv is written band by band as the engine computes density and COG (at 3,000 x 1,000
      // the two whole R x P arrays would be 48 MB more at the peak).
      const computed = withInputLocation(errorContext, () =>
        analyseComplexityInBands(
          matrix,
          {
            profile,
            method,
            threshold,
            presenceBasis,
            ...(population ? { population } : {}),
            ...(helper ? { helper } : {}),
            ...(onStage ? { onStage: (stage, phase) => onStage(stage, phase) } : {}),
            onProximity: (proximity) => {
              if (!tables.proximityThreadPays(matrix.activities, proximity)) return;
              inStage(onStage, "write", () => tables.startProximity(time ?? undefined, matrix, proximity));
            },
          },
          (band) => inStage(onStage, "write", () => tables.writeCellBand(time ?? undefined, matrix, band)),
        ),
      );
      const analysis = panel.matrices.length > 1 ? withPanelWarning(computed) : computed;
      inStage(onStage, "write", () => tables.writePeriod(time ?? undefined, analysis));
      periods.push(periodMeta(time, analysis));
      props.onPeriod?.(time, analysis);
    });
    const meta = complexityMeta({
      input: inputFacts,
      profile,
      method,
      threshold,
      cleaning,
      layout,
      regions: panel.matrices[0]!.regions.length,
      activities: panel.matrices[0]!.activities.length,
      periods,
      rows: tables.rowCounts(),
    });
    inStage(onStage, "write", () => {
      tables.commit();
      writeFileSync(join(props.outDir, "meta.json"), `${JSON.stringify(meta, null, 2)}\n`);
    });
    const files = ["regions.csv", "activities.csv", "cells.csv", "proximity.csv", "meta.json"];
    return { outDir: props.outDir, files, periods, meta };
  } catch (error) {
    tables.discard();
    throw error;
  }
}
