// Use case: co-occurrence relatedness between activities and relatedness density of regions.
//
//   1. read      long CSV
//   2. panel     one matrix per period (panelFromLong)
//   3. indices   presence -> C = MᵀM -> relatedness(C, method) [-> z-score] -> density
//   4. write     regions/activities/cells/relatedness.csv (appended per period), meta.json
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PanelFilter, RelatednessMethod } from "@smartspec/analytics";
import { withInputLocation } from "../input/locate-analytics-error.ts";
import type { LongInput } from "../input/long-input.ts";
import { readLongPanel } from "../input/read-long-panel.ts";
import { prepareOutputFolder } from "../output/prepare-output-folder.ts";
import { engineVersion } from "../pipeline/engine-version.ts";
import { type InputMeta, inputMeta, tableConventions } from "../pipeline/input-meta.ts";
import { inStage, type StageListener } from "../pipeline/stage-listener.ts";
import { relatednessIndices } from "./relatedness-indices.ts";
import { RelatednessTables, relatednessTableHeaders } from "./relatedness-tables.ts";

export interface RunRelatednessProps {
  readonly input: LongInput;
  readonly outDir: string;
  /** Cleaning steps applied before the analysis (none by default), recorded in meta.json. */
  readonly filter?: PanelFilter;
  /** Default "prob" (EconGeo's default). */
  readonly method?: RelatednessMethod;
  /** Presence threshold on RCA; default 1. */
  readonly threshold?: number;
  /** Also write the hypergeometric z-score of each pair. */
  readonly zScore?: boolean;
  readonly onStage?: StageListener;
}

export interface RunRelatednessResult {
  readonly outDir: string;
  readonly meta: Record<string, unknown> & {
    readonly input: InputMeta;
    readonly outputs: Record<string, { rows: number; columns: string[] }>;
  };
}

/** Computes co-occurrence relatedness of `input` and writes its tables into `outDir`. */
export async function runRelatedness(props: RunRelatednessProps): Promise<RunRelatednessResult> {
  const { input, onStage } = props;
  const method = props.method ?? "prob";
  const threshold = props.threshold ?? 1;
  const zScore = props.zScore ?? false;
  const { long, panel, cleaning } = await readLongPanel(input, onStage, props.filter);
  const time = input.columns.time !== undefined;
  const first = panel.matrices[0]!;
  prepareOutputFolder(props.outDir);
  const headers = relatednessTableHeaders(time, zScore);
  const tables = new RelatednessTables(props.outDir, headers, first.regions, first.activities);
  try {
    panel.matrices.forEach((matrix, k) => {
      const indices = inStage(onStage, "relatedness", () =>
        withInputLocation(long, () => relatednessIndices(matrix, { threshold, method, zScore })),
      );
      inStage(onStage, "write", () => tables.writePeriod(time ? panel.times[k]! : undefined, indices));
    });
    const rows = tables.rows();
    const meta = {
      command: "relatedness",
      engineVersion: engineVersion(),
      input: inputMeta(input, long),
      cleaning,
      parameters: { method, threshold, zScore },
      regions: first.regions.length,
      activities: first.activities.length,
      ...(time ? { times: panel.times } : {}),
      outputs: Object.fromEntries(
        Object.entries(headers).map(([name, columns]) => [
          name,
          { rows: rows[name as keyof typeof rows], columns },
        ]),
      ),
      conventions: tableConventions,
      ...(input.dataset ? { attribution: input.dataset.attribution } : {}),
    };
    inStage(onStage, "write", () => {
      tables.commit();
      writeFileSync(join(props.outDir, "meta.json"), `${JSON.stringify(meta, null, 2)}\n`);
    });
    return { outDir: props.outDir, meta };
  } catch (error) {
    tables.discard();
    throw error;
  }
}
