// The `import` use case: a user's CSV or XLSX file -> a validated long CSV
// (`region,activity[,time],value,status`) that the analysis commands can read, or the full list of
// what is wrong with it. Nothing half-done is ever left: the output is written under a temporary
// name and renamed only when the whole file passed (docs/decisions/0006-importing-user-data.md).
//
//   1. open      the file by its content: xlsx workbook, else CSV (gzip, encoding, delimiter)
//   2. read      header -> column mapping -> every row checked, good cells written as they come
//                (a CSV that turns out not to be UTF-8 is read again as Windows-1252)
//   3. repeats   only if cells repeat: read again to name the first line of each
//   4. codes     unknown codes, one problem per code with "did you mean" suggestions
//   5. finish    rename the output into place, or remove it and write the problems CSV
import { InputError } from "../input/input-error.ts";
import { OptionError } from "../pipeline/option-error.ts";
import { inStageAsync, type StageListener } from "../pipeline/stage-listener.ts";
import type { CodeColumn } from "./checks/code-column.ts";
import type { CodeList } from "./code-list.ts";
import type { ImportDelimiter } from "./csv/guess-delimiter.ts";
import type { TextEncodingName } from "./csv/text-decoding.ts";
import { reportDuplicates } from "./duplicate-pass.ts";
import { ImportPass } from "./import-pass.ts";
import { type ImportSummary, summarise } from "./import-summary.ts";
import type { ColumnRequest } from "./mapping/resolve-mapping.ts";
import { openRowSource } from "./open-row-source.ts";
import { SourceRestart } from "./source-restart.ts";

export interface ImportDatasetProps {
  /** The file to import: .csv (any delimiter, .gz too) or .xlsx. */
  readonly path: string;
  /** The file as messages show it (default: `path`). */
  readonly label?: string;
  /** The normalised long CSV to write. */
  readonly out: string;
  /** Where the list of problems goes when there are any (default: `<out without .csv>.problems.csv`). */
  readonly problemsPath?: string;
  readonly columns?: ColumnRequest;
  readonly sheet?: string;
  readonly delimiter?: ImportDelimiter;
  readonly encoding?: TextEncodingName;
  readonly decimal?: "." | ",";
  /** Suppressed cells: written with status `suppressed` (default) or left out. */
  readonly suppressed?: "keep" | "omit";
  /** Activity codes must be in this list (codes it can rewrite to a listed one are rewritten). */
  readonly activityCodes?: CodeList;
  /** Region codes must be in this list. */
  readonly regionCodes?: CodeList;
  /** How many problems the summary carries for display (all go to the problems CSV); default 50. */
  readonly shownProblems?: number;
  /** The line (sheet row) of the header, when rows above it are to be skipped. */
  readonly headerRow?: number;
  readonly onStage?: StageListener;
}

/** Suggestions are looked up for this many unknown codes per column (each costs a list search). */
const suggestedCodes = 1000;

/** The default problems file: `out.csv` -> `out.problems.csv`. */
export function defaultProblemsPath(out: string): string {
  return `${out.replace(/\.csv$/i, "")}.problems.csv`;
}

function checkOptions(props: ImportDatasetProps): void {
  const { layout, value, activity, time } = props.columns ?? {};
  if (layout === "wide" && value !== undefined) {
    throw new OptionError("--value is for the long layout; in the wide layout every value column is read");
  }
  if (layout === "wide" && activity !== undefined && time !== undefined) {
    throw new OptionError(
      "in the wide layout give --activity (the other columns are periods) or --time (the other columns are activities), not both",
    );
  }
}

/**
 * Imports `props.path` into the long CSV `props.out`. Resolves to a summary: `ok` with counts,
 * mapping and source facts, or not `ok` with every problem (row, column, message) in the
 * problems CSV and the first ones in `problems.shown`. Throws `InputError` when the file cannot
 * be opened at all, `OptionError` for contradictory options. Example:
 * `await importDataset({ path: "gva.csv", out: "gva-long.csv" })`.
 */
export async function importDataset(props: ImportDatasetProps): Promise<ImportSummary> {
  checkOptions(props);
  const label = props.label ?? props.path;
  const source = await openRowSource(props.path, { ...props, label });
  const settings = {
    columns: props.columns ?? {},
    decimal: props.decimal,
    suppressed: props.suppressed ?? "keep",
    activityCodes: props.activityCodes,
    regionCodes: props.regionCodes,
    out: props.out,
    problemsPath: props.problemsPath ?? defaultProblemsPath(props.out),
    shownProblems: props.shownProblems ?? 50,
    headerRow: props.headerRow,
  } as const;
  for (;;) {
    const pass = new ImportPass(source, settings);
    try {
      await inStageAsync(props.onStage, "read", () => read(pass));
      return await finish(pass, props);
    } catch (error) {
      pass.output?.discard();
      pass.problems.discard();
      if (!(error instanceof SourceRestart)) throw error;
    }
  }
}

async function read(pass: ImportPass): Promise<void> {
  try {
    for await (const batch of pass.source.rows()) {
      pass.take(batch);
      if (pass.stopped) break;
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // The text cannot be read on (an unclosed quote, a NUL byte...): what was found so far stands.
    pass.report(pass.messages.unreadableText(error.location.line, error.message));
    pass.stopped = true;
  }
}

async function finish(pass: ImportPass, props: ImportDatasetProps): Promise<ImportSummary> {
  pass.replayPreamble();
  if (pass.mapping === undefined && !pass.stopped) pass.report(pass.messages.emptyFile());
  else if (pass.mapping !== undefined && pass.rows === 0 && !pass.stopped) {
    pass.report(pass.messages.noDataRows(pass.headerLine));
  }
  if (pass.duplicates > 0 && !pass.stopped) {
    await inStageAsync(props.onStage, "repeats", () => reportDuplicates(pass));
  }
  reportUnknownCodes(pass, pass.region, props.regionCodes);
  reportUnknownCodes(pass, pass.activity, props.activityCodes);
  if (pass.problems.total > 0) {
    pass.output?.discard();
    const problemsFile = pass.problems.commit();
    return summarise(pass, { out: undefined, problemsFile });
  }
  pass.output!.commit();
  return summarise(pass, { out: props.out, problemsFile: undefined });
}

function reportUnknownCodes(pass: ImportPass, column: CodeColumn, list: CodeList | undefined): void {
  if (list === undefined) return;
  const fromHeader = pass.mapping?.layout === "wide-activities" && column === pass.activity;
  column.unknown.forEach((code, i) => {
    const suggestions = i < suggestedCodes ? list.suggest(code.text, 3) : [];
    const rows = fromHeader && code.line === pass.headerLine ? undefined : code.rows;
    pass.report(pass.messages.unknownCode(code.line, code.column, code.text, list.title, rows, suggestions));
  });
}
