// The CSV tables of `smartspec complexity` (contract in README, "complexity"): one writer per
// file, kept open across the periods of a panel so each period is written and released in turn.
// Files are written under a temporary name and renamed on success, so a failed run never leaves
// a half-written table that looks complete.
import { renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import type {
  CellBand,
  CompactProximity,
  ComplexityAnalysisWithoutCells,
  KernelHelper,
  ProximityMatrix,
} from "@smartspec/analytics";
import { writeRowBlocks } from "../output/block-writer.ts";
import { emitCountPairRows, formatCountPairRows, packCodes, pairTexts } from "../output/count-pair-rows.ts";
import { encodeCodesWithComma } from "../output/csv-codes.ts";
import { CsvFileWriter, encodeCsvField } from "../output/csv-file-writer.ts";
import { PairFileWriter } from "../output/pair-file-writer.ts";
import { ParallelFormatter } from "../output/parallel-formatter.ts";
import { kernelScratch, type RowCodes } from "../output/row-kernels.ts";
import { cellBlocks, pairBlocks } from "../output/table-blocks.ts";

export const complexityTableNames = ["regions.csv", "activities.csv", "cells.csv", "proximity.csv"] as const;
export type ComplexityTableName = (typeof complexityTableNames)[number];

export interface ComplexityTableLayout {
  /** Whether rows start with a `time` column (a panel). */
  readonly time: boolean;
  /** Whether regions.csv has a `fitness` column (method "fitness"). */
  readonly fitness: boolean;
}

/** Rough bytes per cells.csv row and per proximity.csv row, to decide on helper threads. */
const cellRowBytes = 60;
const pairRowBytes = 20;
/**
 * Above this many output bytes, a second thread formats every other block of rows and lends itself
 * to the engine (it costs ~15 MB and a start). The write system calls stay on the main thread: a
 * thread of their own measured no faster and 12-20 MiB larger once the engine shared the second
 * core (decision 0013).
 */
const threadThreshold = 32 << 20;
/**
 * proximity.csv gets its own thread above this many bytes of pairs (or `threadsAboveBytes`, if
 * lower): it works while the main thread computes density, so it pays for its start sooner.
 */
const pairThreadThreshold = 8 << 20;

/** The header of each table for a layout. */
export function complexityTableHeaders(layout: ComplexityTableLayout): Record<ComplexityTableName, string[]> {
  const t = layout.time ? ["time"] : [];
  return {
    "regions.csv": [...t, "region", "diversity", "eci", "coi", ...(layout.fitness ? ["fitness"] : [])],
    "activities.csv": [...t, "activity", "ubiquity", "pci"],
    "cells.csv": [...t, "region", "activity", "value", "rca", "m", "density", "cog"],
    "proximity.csv": [...t, "activity_1", "activity_2", "proximity"],
  };
}

const comma = 44;
const newline = 10;

/** The longest text of a proximity value ("0.0012345678901234567") plus its newline. */
const pairValueRoom = 25;

/** `time,` bytes for panels, or an empty array. */
function timePrefixOf(timeField: Uint8Array | undefined): Uint8Array {
  const prefix = new Uint8Array(timeField === undefined ? 0 : timeField.length + 1);
  if (timeField !== undefined) {
    prefix.set(timeField);
    prefix[timeField.length] = comma;
  }
  return prefix;
}

/** A min-conditional-probability proximity over co-occurrence counts (the engine's own), if it is one. */
function compactProximity(proximity: ProximityMatrix): CompactProximity | undefined {
  const compact = proximity as Partial<CompactProximity>;
  return compact.cooccurrence !== undefined && compact.diagonal !== undefined
    ? (proximity as CompactProximity)
    : undefined;
}

export class ComplexityTables {
  private readonly writers: Record<ComplexityTableName, CsvFileWriter>;
  private regionFields: Uint8Array[] = [];
  private activityFields: Uint8Array[] = [];
  private codesOf: readonly string[] | undefined;
  private readonly scratch = kernelScratch();
  private readonly helper: ParallelFormatter | undefined;

  /** The thread writing proximity.csv from co-occurrence counts, once started. */
  private pairWriter: PairFileWriter | undefined;
  /** Whether the current period's proximity rows are being written by `pairWriter`. */
  private pairsStarted = false;

  /** `size`: regions, activities and periods of the panel, to estimate the output size. */
  constructor(
    private readonly outDir: string,
    private readonly layout: ComplexityTableLayout,
    size: { readonly regions: number; readonly activities: number; readonly periods: number },
    /** Output bytes above which helper threads are used (default 32 MiB; tests lower it). */
    private readonly threadsAboveBytes = threadThreshold,
    /** A helper thread started earlier (to parse the input); closed here if the output is small. */
    started?: ParallelFormatter,
  ) {
    const headers = complexityTableHeaders(layout);
    const { regions, activities, periods } = size;
    const expectedBytes =
      periods * (regions * activities * cellRowBytes + ((activities * (activities - 1)) / 2) * pairRowBytes);
    this.helper = expectedBytes > threadsAboveBytes ? (started ?? new ParallelFormatter()) : undefined;
    if (started !== undefined && this.helper !== started) void started.close();
    // The pair thread is started now when its rows will likely pay for it: a thread's start costs
    // ~60 ms of CPU, here taken while the engine's first steps leave the second core idle, not when
    // the proximity is ready and both cores are busy with density.
    if (this.pairRowsPay(activities)) this.pairWriter = new PairFileWriter();
    const open = (name: ComplexityTableName) => {
      const writer = new CsvFileWriter(join(outDir, `${name}.partial`));
      writer.line(headers[name]);
      return writer;
    };
    this.writers = {
      "regions.csv": open("regions.csv"),
      "activities.csv": open("activities.csv"),
      "cells.csv": open("cells.csv"),
      "proximity.csv": open("proximity.csv"),
    };
  }

  /** Data rows written so far, per table. */
  rowCounts(): Record<ComplexityTableName, number> {
    const w = this.writers;
    return {
      "regions.csv": w["regions.csv"].rows,
      "activities.csv": w["activities.csv"].rows,
      "cells.csv": w["cells.csv"].rows,
      "proximity.csv": w["proximity.csv"].rows,
    };
  }

  private encodeCodes(codes: {
    readonly regions: readonly string[];
    readonly activities: readonly string[];
  }): void {
    if (this.codesOf === codes.regions) return;
    this.codesOf = codes.regions;
    this.regionFields = encodeCodesWithComma(codes.regions);
    this.activityFields = encodeCodesWithComma(codes.activities);
  }

  /** Whether `startProximity` would start a thread for this proximity (many rows, co-occurrence counts). */
  proximityThreadPays(activities: readonly string[], proximity: ProximityMatrix): boolean {
    const compact = compactProximity(proximity);
    const nP = activities.length;
    if (compact === undefined || compact.size !== nP) return false;
    return this.pairRowsPay(nP);
  }

  /** Whether `nP` activities give enough proximity rows for their own thread. */
  private pairRowsPay(nP: number): boolean {
    return ((nP * (nP - 1)) / 2) * pairRowBytes > Math.min(this.threadsAboveBytes, pairThreadThreshold);
  }

  /**
   * Starts writing a period's proximity rows on their own thread, if there are many and they can be
   * read from co-occurrence counts (then `writePeriod` waits for them instead of writing them).
   * Called as soon as the engine has the proximity, so the rows are written while it computes the rest.
   * Returns whether it started.
   */
  startProximity(
    time: string | undefined,
    codes: { readonly regions: readonly string[]; readonly activities: readonly string[] },
    proximity: ProximityMatrix,
  ): boolean {
    const compact = compactProximity(proximity);
    if (compact === undefined || !this.proximityThreadPays(codes.activities, proximity)) return false;
    this.encodeCodes(codes);
    const timePrefix = timePrefixOf(this.layout.time ? encodeCsvField(time ?? "") : undefined);
    const longest = this.activityFields.reduce((m, f) => Math.max(m, f.length), 0);
    const { counts, rowOffsets, occurrences, events } = compact.cooccurrence;
    this.pairWriter ??= new PairFileWriter();
    this.pairWriter.start(
      this.writers["proximity.csv"].handOver(),
      { counts, rowOffsets, occurrences, events },
      { activityFields: this.activityFields, timePrefix },
      timePrefix.length + 2 * longest + pairValueRoom,
    );
    this.pairsStarted = true;
    return true;
  }

  /** The helper thread, lent to the engine for its heaviest kernels (big outputs only). */
  kernelHelper(): KernelHelper | undefined {
    return this.helper;
  }

  /**
   * Appends one band of a period's cells.csv rows (the engine gives them in region order, band by
   * band, in arrays it reuses: they are written before this returns).
   */
  writeCellBand(
    time: string | undefined,
    codes: { readonly regions: readonly string[]; readonly activities: readonly string[] },
    band: CellBand,
  ): void {
    this.encodeCodes(codes);
    const timeField = this.layout.time ? encodeCsvField(time ?? "") : undefined;
    const w = this.writers["cells.csv"];
    writeRowBlocks(w, cellBlocks(band, this.rowCodes(timeField), this.scratch), this.helper);
    w.rows += band.regionCount * codes.activities.length;
  }

  /**
   * Appends one period's rows to regions.csv, activities.csv and proximity.csv (`time` is the
   * period's code, or undefined); its cells went to `writeCellBand`.
   */
  writePeriod(time: string | undefined, analysis: ComplexityAnalysisWithoutCells): void {
    this.encodeCodes(analysis);
    const timeField = this.layout.time ? encodeCsvField(time ?? "") : undefined;
    this.writeRegions(timeField, analysis);
    this.writeActivities(timeField, analysis);
    this.writeProximity(timeField, analysis);
  }

  private startRow(writer: CsvFileWriter, timeField: Uint8Array | undefined): void {
    if (timeField !== undefined) {
      writer.bytes(timeField);
      writer.byte(comma);
    }
  }

  private writeRegions(timeField: Uint8Array | undefined, a: ComplexityAnalysisWithoutCells): void {
    const w = this.writers["regions.csv"];
    const fitness = this.layout.fitness ? a.fitness : undefined;
    for (let r = 0; r < a.regions.length; r++) {
      this.startRow(w, timeField);
      w.bytes(this.regionFields[r]!);
      w.number(a.diversity[r]!);
      w.byte(comma);
      w.number(a.eci[r]!);
      w.byte(comma);
      w.number(a.coi[r]!);
      if (this.layout.fitness) {
        w.byte(comma);
        w.number(fitness === undefined ? Number.NaN : fitness[r]!);
      }
      w.byte(newline);
      w.rows++;
    }
  }

  private writeActivities(timeField: Uint8Array | undefined, a: ComplexityAnalysisWithoutCells): void {
    const w = this.writers["activities.csv"];
    for (let p = 0; p < a.activities.length; p++) {
      this.startRow(w, timeField);
      w.bytes(this.activityFields[p]!);
      w.number(a.ubiquity[p]!);
      w.byte(comma);
      w.number(a.pci[p]!);
      w.byte(newline);
      w.rows++;
    }
  }

  private rowCodes(timeField: Uint8Array | undefined): RowCodes {
    const codes = {
      regionFields: this.regionFields,
      activityFields: this.activityFields,
      timePrefix: timePrefixOf(timeField),
    };
    this.helper?.setCodes(codes);
    return codes;
  }

  private writeProximity(timeField: Uint8Array | undefined, a: ComplexityAnalysisWithoutCells): void {
    const w = this.writers["proximity.csv"];
    const nP = a.activities.length;
    const compact = compactProximity(a.proximity);
    if (this.pairsStarted) {
      this.pairsStarted = false;
      this.pairWriter!.wait();
    } else if (compact !== undefined && compact.size === nP) {
      // The engine's proximity, too few rows for a thread: the same count kernel, here (3-4x fewer
      // CPU ns per row than the generic number writer, as the values are fractions of small integers).
      const timePrefix = timePrefixOf(timeField);
      const longest = this.activityFields.reduce((m, f) => Math.max(m, f.length), 0);
      const rowBytes = timePrefix.length + 2 * longest + pairValueRoom;
      const codes = { packed: packCodes(this.activityFields), timePrefix };
      const out = new Uint8Array(Math.max(1 << 20, nP * rowBytes));
      const { counts, rowOffsets, occurrences, events } = compact.cooccurrence;
      const pairs = { counts, rowOffsets, occurrences, events };
      emitCountPairRows(pairs, codes, rowBytes, out, pairTexts(events), formatCountPairRows, (bytes, n) =>
        w.largeBytes(bytes.subarray(0, n)),
      );
    } else {
      writeRowBlocks(w, pairBlocks(a.proximity, this.rowCodes(timeField), this.scratch), this.helper);
    }
    w.rows += (nP * (nP - 1)) / 2;
  }

  /** Closes every table and gives it its final name. */
  commit(): void {
    this.pairWriter?.wait();
    for (const name of complexityTableNames) {
      this.writers[name].close();
      renameSync(join(this.outDir, `${name}.partial`), join(this.outDir, name));
    }
    void this.helper?.close();
    void this.pairWriter?.close();
  }

  /** Closes and removes the partial tables (after a failure). */
  discard(): void {
    try {
      // Its thread may still be writing to proximity.csv: let it finish before the file is closed.
      this.pairWriter?.wait();
    } catch {
      // the table is removed anyway
    }
    for (const name of complexityTableNames) {
      try {
        this.writers[name].close();
      } catch {
        // already closed
      }
      rmSync(join(this.outDir, `${name}.partial`), { force: true });
    }
    void this.helper?.close();
    void this.pairWriter?.close();
  }
}
