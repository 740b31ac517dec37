// A file written under a hidden temporary name in its final folder and renamed into place only
// when complete, so a failed or interrupted import never leaves a file that looks finished
// (the same rule as the analysis tables, docs/decisions/0004-writing-tables.md).
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { inputMessages } from "../../input/input-messages.ts";
import { describeSystemError } from "../../input/read-byte-chunks.ts";
import { CsvFileWriter } from "../../output/csv-file-writer.ts";

/** A CSV writer on `.<name>.<pid>-<random>.tmp` beside `path`; `commit` renames, `discard` removes. */
export class TemporaryCsvFile {
  readonly writer: CsvFileWriter;
  readonly temporaryPath: string;
  private done = false;

  constructor(readonly path: string) {
    const folder = dirname(path);
    const suffix = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    this.temporaryPath = join(folder, `.${basename(path)}.${suffix}.tmp`);
    try {
      mkdirSync(folder, { recursive: true });
      this.writer = new CsvFileWriter(this.temporaryPath);
    } catch (error) {
      throw inputMessages.unwritableOutput(folder, describeSystemError(error));
    }
  }

  /** Closes the file and gives it its final name. */
  commit(): void {
    if (this.done) return;
    this.done = true;
    try {
      this.writer.close();
      renameSync(this.temporaryPath, this.path);
    } catch (error) {
      rmSync(this.temporaryPath, { force: true });
      throw inputMessages.unwritableOutput(this.path, describeSystemError(error));
    }
  }

  /** Closes and removes the temporary file (safe to call twice, or after `commit`). */
  discard(): void {
    if (this.done) return;
    this.done = true;
    try {
      this.writer.close();
    } finally {
      rmSync(this.temporaryPath, { force: true });
    }
  }
}
