// The CSV tables of `smartspec relatedness` (contract in README, "relatedness").
import { renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { appendCodeRows } from "../output/code-table-rows.ts";
import { encodeCodesWithComma } from "../output/csv-codes.ts";
import { CsvFileWriter, encodeCsvField } from "../output/csv-file-writer.ts";
import { NumberTextCache } from "../output/number-text.ts";
import type { RelatednessIndices } from "./relatedness-indices.ts";

export const relatednessTableNames = [
  "regions.csv",
  "activities.csv",
  "cells.csv",
  "relatedness.csv",
] as const;
export type RelatednessTableName = (typeof relatednessTableNames)[number];

export function relatednessTableHeaders(
  time: boolean,
  zScore: boolean,
): Record<RelatednessTableName, string[]> {
  const t = time ? ["time"] : [];
  return {
    "regions.csv": [...t, "region", "diversity", "density_internal_average", "density_external_average"],
    "activities.csv": [...t, "activity", "ubiquity", "cooccurrence_total"],
    "cells.csv": [...t, "region", "activity", "m", "relatedness_density"],
    "relatedness.csv": [
      ...t,
      "activity_1",
      "activity_2",
      "cooccurrence",
      "relatedness",
      ...(zScore ? ["z_score"] : []),
    ],
  };
}

const comma = 44;
const newline = 10;

export class RelatednessTables {
  private readonly writers: Record<RelatednessTableName, CsvFileWriter>;
  private readonly regionFields: Uint8Array[];
  private readonly activityFields: Uint8Array[];
  private readonly texts = new NumberTextCache();

  constructor(
    private readonly outDir: string,
    readonly headers: Record<RelatednessTableName, string[]>,
    regions: readonly string[],
    activities: readonly string[],
  ) {
    this.regionFields = encodeCodesWithComma(regions);
    this.activityFields = encodeCodesWithComma(activities);
    const open = (name: RelatednessTableName) => {
      const writer = new CsvFileWriter(join(outDir, `${name}.partial`));
      writer.line(headers[name]);
      return writer;
    };
    this.writers = {
      "regions.csv": open("regions.csv"),
      "activities.csv": open("activities.csv"),
      "cells.csv": open("cells.csv"),
      "relatedness.csv": open("relatedness.csv"),
    };
  }

  rows(): Record<RelatednessTableName, number> {
    return Object.fromEntries(relatednessTableNames.map((n) => [n, this.writers[n].rows])) as Record<
      RelatednessTableName,
      number
    >;
  }

  writePeriod(time: string | undefined, x: RelatednessIndices): void {
    const timeField = time === undefined ? undefined : encodeCsvField(time);
    const start = (w: CsvFileWriter) => {
      if (timeField !== undefined) {
        w.bytes(timeField);
        w.byte(comma);
      }
    };
    appendCodeRows(this.writers["regions.csv"], timeField, this.regionFields, [
      x.diversity,
      x.internalAverage,
      x.externalAverage,
    ]);
    appendCodeRows(this.writers["activities.csv"], timeField, this.activityFields, [
      x.ubiquity,
      x.cooccurrenceTotal,
    ]);
    const nP = this.activityFields.length;
    const cells = this.writers["cells.csv"];
    for (let r = 0; r < this.regionFields.length; r++) {
      for (let p = 0; p < nP; p++) {
        start(cells);
        cells.bytes(this.regionFields[r]!);
        cells.bytes(this.activityFields[p]!);
        cells.byte(x.presence[r * nP + p]! === 0 ? 48 : 49);
        cells.byte(comma);
        cells.number(x.density[r * nP + p]!, this.texts);
        cells.byte(newline);
      }
    }
    cells.rows += this.regionFields.length * nP;
    const pairs = this.writers["relatedness.csv"];
    for (let i = 0; i < nP; i++) {
      for (let j = i + 1; j < nP; j++) {
        const k = i * nP + j;
        start(pairs);
        pairs.bytes(this.activityFields[i]!);
        pairs.bytes(this.activityFields[j]!);
        pairs.number(x.cooccurrence[k]!);
        pairs.byte(comma);
        pairs.number(x.relatedness[k]!, this.texts);
        if (x.zScore) {
          pairs.byte(comma);
          pairs.number(x.zScore[k]!, this.texts);
        }
        pairs.byte(newline);
      }
    }
    pairs.rows += (nP * (nP - 1)) / 2;
  }

  commit(): void {
    for (const name of relatednessTableNames) {
      this.writers[name].close();
      renameSync(join(this.outDir, `${name}.partial`), join(this.outDir, name));
    }
  }

  discard(): void {
    for (const name of relatednessTableNames) {
      try {
        this.writers[name].close();
      } catch {
        // already closed
      }
      rmSync(join(this.outDir, `${name}.partial`), { force: true });
    }
  }
}
