// One pass of the importer over a source: the header decides the mapping, then every row is
// checked field by field and every good cell is written as it goes. Nothing is held per row:
// codes are interned (CodeColumn), cells are remembered as bits (CellKeySet), problems go to the
// problems file (ProblemLog). The first problem stops the output (it could never be used) but not
// the checking, so one run reports everything.
import { CellKeySet } from "./checks/cell-key-set.ts";
import { CodeColumn, codeVerdict } from "./checks/code-column.ts";
import { maxCodeLength } from "./checks/field-checks.ts";
import type { CodeList } from "./code-list.ts";
import { checkHeader } from "./mapping/check-header.ts";
import { type ColumnMapping, type ColumnRequest, resolveMapping } from "./mapping/resolve-mapping.ts";
import { NormalisedOutput } from "./output/normalised-output.ts";
import { type ImportMessages, importMessages } from "./problems/import-messages.ts";
import type { ImportProblem } from "./problems/import-problem.ts";
import { ProblemLog } from "./problems/problem-log.ts";
import type { RowSource, SourceRow } from "./row-source.ts";
import { decimalHint, parseImportValue, valueVerdict } from "./values/parse-import-value.ts";

export interface PassSettings {
  readonly columns: ColumnRequest;
  /** Decimal separator; default `,` for semicolon-separated CSV, else `.`. */
  readonly decimal: "." | "," | undefined;
  /** Whether suppressed cells are written (with status `suppressed`) or left out. */
  readonly suppressed: "keep" | "omit";
  readonly activityCodes: CodeList | undefined;
  readonly regionCodes: CodeList | undefined;
  readonly out: string;
  readonly problemsPath: string;
  readonly shownProblems: number;
  /** The line (sheet row) of the header; default: the first row with two or more fields. */
  readonly headerRow: number | undefined;
}

/** At most this many one-field rows (titles, notes) are skipped before a header is looked for. */
const maxTitleRows = 50;

/** Most distinct duplicated cells whose first line is looked up (the rest say "earlier"). */
const maxDuplicateKeys = 1_000_000;

export class ImportPass {
  readonly messages: ImportMessages;
  readonly problems: ProblemLog;
  readonly region: CodeColumn;
  readonly activity: CodeColumn;
  readonly time = new CodeColumn("time");
  readonly cells = new CellKeySet();
  /** Duplicated cells ("r,a,t") -> line of their first appearance (-1 until the second pass). */
  readonly duplicateKeys = new Map<string, number>();
  duplicates = 0;
  headerLine = 0;
  /** Rows before the header that were skipped (titles and notes above a table). */
  skippedRows = 0;
  private preamble: SourceRow[] = [];
  labels: readonly string[] = [];
  width = 0;
  mapping: ColumnMapping | undefined;
  /** Wide layouts: per value column, the id of its name as a period or activity code (-1: refused). */
  headerIds = new Int32Array(0);
  decimalComma = false;
  rows = 0;
  cellCount = 0;
  suppressed = 0;
  output: NormalisedOutput | undefined;
  /** Rows written to the output so far. */
  get writtenRows(): number {
    return this.output?.rows ?? 0;
  }

  /** Set when a problem makes reading further rows pointless (no mapping, unreadable text). */
  stopped = false;

  constructor(
    readonly source: RowSource,
    private readonly settings: PassSettings,
  ) {
    this.messages = importMessages({ label: source.label, unit: source.format === "xlsx" ? "row" : "line" });
    this.problems = new ProblemLog(settings.problemsPath, settings.shownProblems);
    this.region = new CodeColumn("region", settings.regionCodes);
    this.activity = new CodeColumn("activity", settings.activityCodes);
  }

  report(problem: ImportProblem): void {
    this.problems.add(problem);
    if (this.output !== undefined) {
      this.output.discard();
      this.output = undefined;
    }
  }

  /** Checks and writes a batch of rows (the first row of the source is the header). */
  take(batch: readonly SourceRow[]): void {
    for (const row of batch) {
      if (this.stopped) return;
      if (this.mapping === undefined) this.beforeHeader(row);
      else if (this.mapping.layout === "long") this.longRow(row);
      else this.wideRow(row);
    }
  }

  /**
   * A row before the header: skipped when it is above `headerRow`, or, without one, when it holds
   * fewer than two fields (a title or a note above the table); else it is the header.
   */
  private beforeHeader(row: SourceRow): void {
    const { headerRow } = this.settings;
    if (headerRow !== undefined ? row.line < headerRow : this.isTitle(row)) {
      this.skippedRows++;
      if (headerRow === undefined) this.preamble.push(row);
      return;
    }
    this.preamble = [];
    this.header(row);
  }

  private isTitle(row: SourceRow): boolean {
    if (this.preamble.length >= maxTitleRows) return false;
    let filled = 0;
    for (const field of row.fields) if (field.trim() !== "" && ++filled === 2) return false;
    return true;
  }

  /** When only one-field rows came, the first of them was the header after all (a one-column file). */
  replayPreamble(): void {
    const rows = this.preamble;
    if (this.mapping !== undefined || this.stopped || rows.length === 0) return;
    this.preamble = [];
    this.skippedRows = 0;
    this.header(rows[0]!);
    this.take(rows.slice(1));
  }

  private header(row: SourceRow): void {
    this.headerLine = row.line;
    const header = checkHeader(row.fields, row.line, this.messages);
    for (const problem of header.problems) this.report(problem);
    this.labels = header.labels;
    this.width = header.names.length;
    const resolved = resolveMapping(header.names, row.line, this.settings.columns, this.messages);
    if ("problems" in resolved) {
      for (const problem of resolved.problems) this.report(problem);
      this.stopped = true;
      return;
    }
    const mapping = resolved.mapping;
    this.mapping = mapping;
    const delimiter = (this.source as { delimiter?: string }).delimiter;
    this.decimalComma = (this.settings.decimal ?? (delimiter === ";" ? "," : ".")) === ",";
    const named = mapping.layout === "wide-periods" ? this.time : this.activity;
    this.headerIds = Int32Array.from(mapping.valueColumns, (i) => {
      const id = named.id(header.names[i]!, row.line, this.labels[i]!);
      if (id < 0) this.codeProblem(id, header.names[i]!, row.line, i, named.role);
      return id;
    });
    const withTime = mapping.layout === "wide-periods" || mapping.columns.time !== undefined;
    if (this.problems.total === 0) this.output = new NormalisedOutput(this.settings.out, withTime);
  }

  /** False (after reporting) when the row's field count does not fit the header. */
  private fits(fields: readonly string[], line: number): boolean {
    const width = this.width;
    if (fields.length < width) {
      // A sheet row simply ends at its last non-empty cell; a CSV row that ends early is broken.
      if (this.source.format === "xlsx") return true;
      this.report(this.messages.tooFewFields(line, fields.length, width, this.labels[fields.length]!));
      return false;
    }
    for (let k = width; k < fields.length; k++) {
      if (fields[k]!.trim() !== "") {
        this.report(this.messages.tooManyFields(line, fields.length, width, k + 1));
        return false;
      }
    }
    return true;
  }

  private longRow(row: SourceRow): void {
    const { fields, line } = row;
    this.rows++;
    if (fields.length !== this.width && !this.fits(fields, line)) return;
    const columns = this.mapping!.columns;
    const ri = columns.region!;
    const ai = columns.activity!;
    const ti = columns.time;
    const vi = columns.value!;
    const r = this.region.id(fields[ri] ?? "", line, this.labels[ri]!);
    const a = this.activity.id(fields[ai] ?? "", line, this.labels[ai]!);
    const t = ti === undefined ? 0 : this.time.id(fields[ti] ?? "", line, this.labels[ti]!);
    if (r < 0) this.codeProblem(r, fields[ri] ?? "", line, ri, "region");
    if (a < 0) this.codeProblem(a, fields[ai] ?? "", line, ai, "activity");
    if (t < 0) this.codeProblem(t, fields[ti!] ?? "", line, ti!, "time");
    const text = fields[vi] ?? "";
    const value = parseImportValue(text, this.decimalComma);
    if (value < 0 && value !== valueVerdict.suppressed) this.valueProblem(value, text, line, vi);
    if (r >= 0 && a >= 0 && t >= 0) this.cell(r, a, t, ti !== undefined, value);
  }

  private wideRow(row: SourceRow): void {
    const { fields, line } = row;
    this.rows++;
    if (fields.length !== this.width && !this.fits(fields, line)) return;
    const mapping = this.mapping!;
    const periods = mapping.layout === "wide-periods";
    const ri = mapping.columns.region!;
    const other = periods ? mapping.columns.activity! : mapping.columns.time;
    const r = this.region.id(fields[ri] ?? "", line, this.labels[ri]!);
    if (r < 0) this.codeProblem(r, fields[ri] ?? "", line, ri, "region");
    let rowId = 0;
    if (other !== undefined) {
      const column = periods ? this.activity : this.time;
      rowId = column.id(fields[other] ?? "", line, this.labels[other]!);
      if (rowId < 0) this.codeProblem(rowId, fields[other] ?? "", line, other, column.role);
    }
    const { valueColumns } = mapping;
    for (let j = 0; j < valueColumns.length; j++) {
      const vi = valueColumns[j]!;
      const text = fields[vi] ?? "";
      const value = parseImportValue(text, this.decimalComma);
      if (value < 0 && value !== valueVerdict.suppressed) this.valueProblem(value, text, line, vi);
      const headerId = this.headerIds[j]!;
      if (r < 0 || rowId < 0 || headerId < 0) continue;
      if (periods) this.cell(r, rowId, headerId, true, value);
      else this.cell(r, headerId, rowId, other !== undefined, value);
    }
  }

  /** A cell with good codes: duplicate check, counts, and the output row when all is well. */
  private cell(r: number, a: number, t: number, withTime: boolean, value: number): void {
    this.cellCount++;
    if (!this.cells.add(r, a, t)) {
      this.duplicates++;
      if (this.duplicateKeys.size < maxDuplicateKeys) this.duplicateKeys.set(`${r},${a},${t}`, -1);
      return;
    }
    if (value === valueVerdict.suppressed) {
      this.suppressed++;
      if (this.settings.suppressed === "omit") return;
    } else if (value < 0) return;
    this.output?.cell(this.region, r, this.activity, a, withTime ? this.time : undefined, t, value);
  }

  private codeProblem(verdict: number, text: string, line: number, column: number, role: string): void {
    const label = this.labels[column]!;
    const code = text.trim();
    if (verdict === codeVerdict.empty) this.report(this.messages.emptyCode(line, label, role));
    else if (verdict === codeVerdict.formula) this.report(this.messages.formula(line, label, code));
    else if (verdict === codeVerdict.tooLong)
      this.report(this.messages.tooLong(line, label, code, maxCodeLength));
    else this.report(this.messages.spreadsheetError(line, label, code));
  }

  private valueProblem(verdict: number, text: string, line: number, column: number): void {
    const label = this.labels[column]!;
    const value = text.trim();
    if (verdict === valueVerdict.negative) this.report(this.messages.negative(line, label, value));
    else if (verdict === valueVerdict.formula) this.report(this.messages.formula(line, label, value));
    else if (verdict === valueVerdict.spreadsheetError)
      this.report(this.messages.spreadsheetError(line, label, value));
    else this.report(this.messages.nonNumeric(line, label, text, decimalHint(text, this.decimalComma)));
  }
}
