// Use case: location quotients of chosen activities in chosen regions of a bundled data set, each
// activity at its own level of the classification (SIC division 29 and class 30.30 side by side).
//
//   1. resolve  each activity code to the data set level that has it (the coarsest first)
//   2. read     that level's matrix for the chosen year (once per level)
//   3. compute  LQ = (x_rp / X_r) / (X_p / X) with the engine's RCA kernel, and keep the four totals
//               so a reader can check every quotient by hand
import {
  type RegionActivityMatrix,
  regionTotals,
  revealedComparativeAdvantage,
  rollUpActivities,
} from "@smartspec/analytics";
import { type BundledDataset, loadItlToNutsCrosswalk } from "@smartspec/data";
import { type ClassificationIndex, normaliseSicCode, suggestCodes } from "@smartspec/domain";
import { classificationRollUp, datasetClassification } from "../input/classification-roll-up.ts";
import { bundledLongInput, bundledRegionActivityDatasets } from "../input/long-input.ts";
import { readLongPanel } from "../input/read-long-panel.ts";
import { OptionError } from "../pipeline/option-error.ts";
import type { StageListener } from "../pipeline/stage-listener.ts";

export interface LocationQuotientsProps {
  readonly dataset: string;
  /** Required for a data set with several years. */
  readonly year?: string;
  readonly regions: readonly string[];
  readonly activities: readonly string[];
  readonly onStage?: StageListener;
}

/** One region x activity location quotient with the four numbers it is made of. */
export interface LocationQuotientRow {
  /** The region code as the data set writes it. */
  readonly region: string;
  /** The code asked for, when it was the same region in the other UK code system (`TLK1`). */
  readonly requested?: string;
  readonly activity: string;
  /** The activity's title in the classification, when the data set has one. */
  readonly title?: string;
  /** The data set level the activity was found at ("division"). */
  readonly level: string;
  /** x_rp: the region's value in the activity. */
  readonly value: number;
  /** X_r: the region's total over every activity of that level. */
  readonly regionTotal: number;
  /** X_p: the activity's total over every region of the data set. */
  readonly activityTotal: number;
  /** X: the grand total of that level. */
  readonly total: number;
  readonly locationQuotient: number;
}

export interface LocationQuotientsResult {
  readonly dataset: BundledDataset;
  readonly year: string | undefined;
  readonly rows: readonly LocationQuotientRow[];
}

/** Computes the location quotients of `activities` in `regions` (see the module comment). */
export async function locationQuotients(props: LocationQuotientsProps): Promise<LocationQuotientsResult> {
  const dataset = bundledRegionActivityDatasets.find((d) => d.id === props.dataset);
  if (dataset === undefined) throw new OptionError(`unknown data set "${props.dataset}".`);
  if (props.year === undefined && dataset.columns?.time !== undefined) {
    throw new OptionError(`${dataset.id} has several years; choose one with --year.`);
  }
  const matrices = levelMatrices(dataset, props.year, props.onStage);
  const classification = datasetClassification(dataset);
  const rows: LocationQuotientRow[] = [];
  // Activities at the same level share one matrix: its LQs and totals are computed once.
  const computed = new Map<RegionActivityMatrix, { lq: Float64Array; totals: Float64Array; total: number }>();
  for (const written of props.activities) {
    const found = await findActivity(dataset, classification, written, matrices);
    const { matrix } = found;
    const p = matrix.activities.indexOf(found.code);
    let known = computed.get(matrix);
    if (known === undefined) {
      const totals = regionTotals(matrix);
      known = { lq: revealedComparativeAdvantage(matrix), totals, total: totals.reduce((a, b) => a + b, 0) };
      computed.set(matrix, known);
    }
    const { lq, totals, total } = known;
    const nP = matrix.activities.length;
    let activityTotal = 0;
    for (let r = 0; r < matrix.regions.length; r++) activityTotal += matrix.values[r * nP + p]!;
    for (const region of props.regions) {
      const r = findRegion(dataset, matrix, region);
      rows.push({
        region: matrix.regions[r]!,
        ...(matrix.regions[r] === region ? {} : { requested: region }),
        activity: found.code,
        ...(found.title === undefined ? {} : { title: found.title }),
        level: found.level,
        value: matrix.values[r * nP + p]!,
        regionTotal: totals[r]!,
        activityTotal,
        total,
        locationQuotient: lq[r * nP + p]!,
      });
    }
  }
  return { dataset, year: props.year, rows };
}

type LevelMatrices = (level: string) => Promise<RegionActivityMatrix>;

/** Each level's matrix for the year, read once per file; rolled-up levels reuse their file's read. */
function levelMatrices(
  dataset: BundledDataset,
  year: string | undefined,
  onStage?: StageListener,
): LevelMatrices {
  const reads = new Map<string, Promise<RegionActivityMatrix>>();
  const read = (level: string): Promise<RegionActivityMatrix> => {
    let known = reads.get(level);
    if (known === undefined) {
      const input = bundledLongInput(dataset.id, { level, ...(year ? { year } : {}) })!;
      known = readLongPanel(input, onStage).then(({ panel }) => panel.matrices[0]!);
      reads.set(level, known);
    }
    return known;
  };
  const rollUp = async (level: string, from: string): Promise<RegionActivityMatrix> => {
    const parents = classificationRollUp(dataset, from, level);
    const source = await read(from);
    return rollUpActivities(
      source,
      source.activities.map((code) => parents.parentOf(code) ?? code),
    );
  };
  const rolled = new Map<string, Promise<RegionActivityMatrix>>();
  return (level) => {
    const info = dataset.levels.find((l) => l.id === level)!;
    if (info.file !== undefined || info.rollUpFrom === undefined) return read(level);
    let known = rolled.get(level);
    if (known === undefined) {
      known = rollUp(level, info.rollUpFrom);
      rolled.set(level, known);
    }
    return known;
  };
}

async function findActivity(
  dataset: BundledDataset,
  classification: ClassificationIndex | undefined,
  written: string,
  matrices: LevelMatrices,
): Promise<{ code: string; title?: string; level: string; matrix: RegionActivityMatrix }> {
  const levels = dataset.levels.map((l) => l.id);
  if (classification !== undefined) {
    // The classification says which level a code is at, so only that level is read.
    const code = normaliseSicCode(written) ?? written.trim();
    const node = classification.node(code);
    if (node !== undefined && levels.includes(node.level)) {
      const matrix = await matrices(node.level);
      if (matrix.activities.includes(code)) return { code, title: node.title, level: node.level, matrix };
    }
    const suggestions = suggestCodes(classification, written, 3, normaliseSicCode);
    const hint =
      suggestions.length > 0
        ? ` Did you mean ${suggestions.map((s) => `${s.code} (${s.title})`).join(", ")}?`
        : "";
    throw new OptionError(
      node === undefined
        ? `"${written}" is not a ${dataset.classification} code.${hint}`
        : `${dataset.id} has no data for ${node.level} ${code} (${node.title}); its levels are ${levels.join(", ")}.`,
    );
  }
  for (const level of levels) {
    const matrix = await matrices(level);
    if (matrix.activities.includes(written)) return { code: written, level, matrix };
  }
  throw new OptionError(
    `${dataset.id} has no activity "${written}" at any of its levels (${levels.join(", ")}).`,
  );
}

/**
 * The row of `code` in `matrix`. A region written in the other UK code system is found too: ITL
 * 2021 codes are NUTS 2016/2018 codes with another prefix (`TLK1` = `UKK1`), and BRES uses NUTS.
 */
function findRegion(dataset: BundledDataset, matrix: RegionActivityMatrix, code: string): number {
  const r = matrix.regions.indexOf(code);
  if (r >= 0) return r;
  const itlToNuts = loadItlToNutsCrosswalk();
  for (const pair of itlToNuts.pairs) {
    const other = pair.from === code ? pair.to : pair.to === code ? pair.from : undefined;
    const found = other === undefined ? -1 : matrix.regions.indexOf(other);
    if (found >= 0) return found;
  }
  throw new OptionError(
    `${dataset.id} has no region "${code}"; its regions are ${matrix.regions.slice(0, 8).join(", ")}${matrix.regions.length > 8 ? ", ..." : ""}.`,
  );
}
