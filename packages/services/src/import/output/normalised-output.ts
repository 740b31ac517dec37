// The importer's output: `region,activity[,time],value,status`, one row per cell, in input order.
// Codes are copied from their columns' pre-encoded bytes (each CSV field followed by its comma),
// values written as doubles in shortest round-trip form; a suppressed cell has an empty value and
// status `suppressed`.
import type { CodeColumn } from "../checks/code-column.ts";
import { TemporaryCsvFile } from "./temporary-file.ts";

const encoder = new TextEncoder();
const plainEnd = encoder.encode(",\n");
const suppressedEnd = encoder.encode(",suppressed\n");

export class NormalisedOutput {
  private readonly file: TemporaryCsvFile;
  rows = 0;

  constructor(path: string, withTime: boolean) {
    this.file = new TemporaryCsvFile(path);
    this.file.writer.line(
      withTime
        ? ["region", "activity", "time", "value", "status"]
        : ["region", "activity", "value", "status"],
    );
  }

  /** One cell by code ids; `time` is undefined without a time column; a negative `value` is suppressed. */
  cell(
    region: CodeColumn,
    r: number,
    activity: CodeColumn,
    a: number,
    time: CodeColumn | undefined,
    t: number,
    value: number,
  ): void {
    const writer = this.file.writer;
    region.appendTo(writer, r);
    activity.appendTo(writer, a);
    time?.appendTo(writer, t);
    if (value >= 0) {
      writer.number(value);
      writer.bytes(plainEnd);
    } else writer.bytes(suppressedEnd);
    this.rows++;
  }

  commit(): void {
    this.file.commit();
  }

  discard(): void {
    this.file.discard();
  }
}
