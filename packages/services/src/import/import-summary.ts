// What an import reports back: enough for the CLI's summary and --json, and for tests to check
// exact counts.
import type { ImportPass } from "./import-pass.ts";
import type { ColumnRole } from "./mapping/guess-columns.ts";
import type { ColumnMapping } from "./mapping/resolve-mapping.ts";
import type { ImportProblem, ImportProblemCode } from "./problems/import-problem.ts";

export interface ImportSummary {
  /** True when the output was written: the file had no problem at all. */
  readonly ok: boolean;
  readonly source: {
    readonly label: string;
    readonly format: "csv" | "xlsx";
    /** What the reader found out: encoding, delimiter, compression, sheet... */
    readonly facts: Readonly<Record<string, string>>;
  };
  /** The line (sheet row) of the header; undefined when none was found. */
  readonly headerLine: number | undefined;
  /** Rows above the header that were skipped (titles, notes). */
  readonly skippedRows: number;
  /** Undefined when the header could not be mapped. */
  readonly layout: ColumnMapping["layout"] | undefined;
  /** Header name of each role's column. */
  readonly columns: Partial<Record<ColumnRole, string>>;
  readonly guessed: readonly ColumnRole[];
  /** Wide layouts: the names of the value columns (periods or activities). */
  readonly valueColumns: readonly string[];
  readonly ignored: readonly string[];
  readonly decimal: "." | ",";
  /** Data rows read (blank rows are not counted). */
  readonly rows: number;
  /** Cells found (long: one per row; wide: one per row and value column). */
  readonly cells: number;
  /** Cells kept as suppressed (`..`, `[c]`, blank...). */
  readonly suppressed: number;
  /** Rows written to the output (0 when not ok). */
  readonly written: number;
  readonly regions: number;
  readonly activities: number;
  readonly periods: number;
  /** Codes rewritten to their listed form, per role: rows, and the distinct rewrites. */
  readonly rewritten: readonly {
    readonly role: string;
    readonly rows: number;
    readonly codes: readonly { readonly from: string; readonly to: string }[];
  }[];
  /** The output file, when written. */
  readonly out: string | undefined;
  readonly problems: {
    readonly total: number;
    readonly byCode: Partial<Record<ImportProblemCode, number>>;
    /** The first problems by line (at most `shownProblems`). */
    readonly shown: readonly ImportProblem[];
    /** The problems CSV, when there were problems. */
    readonly file: string | undefined;
  };
}

/** The summary of a finished pass. */
export function summarise(
  pass: ImportPass,
  files: { out: string | undefined; problemsFile: string | undefined },
): ImportSummary {
  const mapping = pass.mapping;
  const name = (i: number) => pass.labels[i]!;
  const columns = Object.fromEntries(
    Object.entries(mapping?.columns ?? {}).map(([role, i]) => [role, name(i)]),
  ) as Partial<Record<ColumnRole, string>>;
  const ok = files.out !== undefined;
  return {
    ok,
    source: { label: pass.source.label, format: pass.source.format, facts: { ...pass.source.facts } },
    headerLine: pass.headerLine === 0 ? undefined : pass.headerLine,
    skippedRows: pass.skippedRows,
    layout: mapping?.layout,
    columns,
    guessed: mapping?.guessed ?? [],
    valueColumns: mapping?.valueColumns.map(name) ?? [],
    ignored: mapping?.ignored.map(name) ?? [],
    decimal: pass.decimalComma ? "," : ".",
    rows: pass.rows,
    cells: pass.cellCount,
    suppressed: pass.suppressed,
    written: ok ? pass.writtenRows : 0,
    regions: pass.region.codes.length,
    activities: pass.activity.codes.length,
    periods: pass.time.codes.length,
    rewritten: [pass.region, pass.activity]
      .filter((column) => column.rewrittenRows > 0)
      .map((column) => ({
        role: column.role,
        rows: column.rewrittenRows,
        codes: [...column.rewrites].map(([from, to]) => ({ from, to })),
      })),
    out: files.out,
    problems: {
      total: pass.problems.total,
      byCode: { ...pass.problems.byCode },
      shown: pass.problems.shown,
      file: files.problemsFile,
    },
  };
}
