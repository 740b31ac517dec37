// The CSV tables of `smartspec complexity` (contract in README, "complexity"): one writer per
// file, kept open across the periods of a panel so each period is written and released in turn.
// Files are written under a temporary name and renamed on success, so a failed run never leaves
// a half-written table that looks complete.
import { renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { ComplexityAnalysis } from "@smartspec/analytics";
import { BackgroundWrites } from "../output/background-writes.ts";
import { writeRowBlocks } from "../output/block-writer.ts";
import { encodeCodesWithComma } from "../output/csv-codes.ts";
import { CsvFileWriter, encodeCsvField } from "../output/csv-file-writer.ts";
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

/** Rough bytes per cells.csv row and per proximity.csv row, to decide on background writes. */
const cellRowBytes = 60;
const pairRowBytes = 20;
/** Above this many output bytes, the write system calls move to a helper thread. */
const backgroundThreshold = 32 << 20;
/** Above this many, a second thread formats every other block of rows (it costs ~20 MB and a start). */
const parallelThreshold = 32 << 20;

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

export class ComplexityTables {
  private readonly writers: Record<ComplexityTableName, CsvFileWriter>;
  private regionFields: Uint8Array[] = [];
  private activityFields: Uint8Array[] = [];
  private codesOf: readonly string[] | undefined;
  private readonly scratch = kernelScratch();
  private readonly helper: ParallelFormatter | undefined;

  private readonly background: BackgroundWrites | undefined;

  /** `size`: regions, activities and periods of the panel, to estimate the output size. */
  constructor(
    private readonly outDir: string,
    private readonly layout: ComplexityTableLayout,
    size: { readonly regions: number; readonly activities: number; readonly periods: number },
  ) {
    const headers = complexityTableHeaders(layout);
    const { regions, activities, periods } = size;
    const expectedBytes =
      periods * (regions * activities * cellRowBytes + ((activities * (activities - 1)) / 2) * pairRowBytes);
    this.background = expectedBytes > backgroundThreshold ? new BackgroundWrites() : undefined;
    this.helper = expectedBytes > parallelThreshold ? new ParallelFormatter() : undefined;
    const big = new Set<ComplexityTableName>(["cells.csv", "proximity.csv"]);
    const open = (name: ComplexityTableName) => {
      const writer = new CsvFileWriter(
        join(outDir, `${name}.partial`),
        big.has(name) ? this.background : undefined,
      );
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

  private encodeCodes(analysis: ComplexityAnalysis): void {
    if (this.codesOf === analysis.regions) return;
    this.codesOf = analysis.regions;
    this.regionFields = encodeCodesWithComma(analysis.regions);
    this.activityFields = encodeCodesWithComma(analysis.activities);
  }

  /** Appends one period's rows to every table (`time` is the period's code, or undefined). */
  writePeriod(time: string | undefined, analysis: ComplexityAnalysis): void {
    this.encodeCodes(analysis);
    const timeField = this.layout.time ? encodeCsvField(time ?? "") : undefined;
    this.writeRegions(timeField, analysis);
    this.writeActivities(timeField, analysis);
    this.writeCells(timeField, analysis);
    this.writeProximity(timeField, analysis);
  }

  private startRow(writer: CsvFileWriter, timeField: Uint8Array | undefined): void {
    if (timeField !== undefined) {
      writer.bytes(timeField);
      writer.byte(comma);
    }
  }

  private writeRegions(timeField: Uint8Array | undefined, a: ComplexityAnalysis): void {
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

  private writeActivities(timeField: Uint8Array | undefined, a: ComplexityAnalysis): void {
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
    const timePrefix = new Uint8Array(timeField === undefined ? 0 : timeField.length + 1);
    if (timeField !== undefined) {
      timePrefix.set(timeField);
      timePrefix[timeField.length] = comma;
    }
    const codes = { regionFields: this.regionFields, activityFields: this.activityFields, timePrefix };
    this.helper?.setCodes(codes);
    return codes;
  }

  private writeCells(timeField: Uint8Array | undefined, a: ComplexityAnalysis): void {
    const w = this.writers["cells.csv"];
    writeRowBlocks(w, cellBlocks(a, this.rowCodes(timeField), this.scratch), this.helper);
    w.rows += a.regions.length * a.activities.length;
  }

  private writeProximity(timeField: Uint8Array | undefined, a: ComplexityAnalysis): void {
    const w = this.writers["proximity.csv"];
    writeRowBlocks(w, pairBlocks(a.proximity, this.rowCodes(timeField), this.scratch), this.helper);
    const nP = a.activities.length;
    w.rows += (nP * (nP - 1)) / 2;
  }

  /** Closes every table and gives it its final name. */
  commit(): void {
    for (const name of complexityTableNames) {
      this.writers[name].close();
      renameSync(join(this.outDir, `${name}.partial`), join(this.outDir, name));
    }
    void this.background?.close();
    void this.helper?.close();
  }

  /** Closes and removes the partial tables (after a failure). */
  discard(): void {
    for (const name of complexityTableNames) {
      try {
        this.writers[name].close();
      } catch {
        // already closed
      }
      rmSync(join(this.outDir, `${name}.partial`), { force: true });
    }
    void this.background?.close();
    void this.helper?.close();
  }
}
