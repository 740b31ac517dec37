// Collects every problem of an import without holding them all: each goes straight to the
// problems CSV (a temporary file until the import ends), and only the `shownLimit` with the
// smallest line numbers stay in memory for the terminal. A file with 10^7 bad cells therefore
// costs disk, not memory.
import { looksLikeFormula } from "../checks/field-checks.ts";
import { TemporaryCsvFile } from "../output/temporary-file.ts";
import type { ImportProblem, ImportProblemCode } from "./import-problem.ts";

export const problemColumns = ["line", "column", "problem", "value", "message"] as const;

/** A problems-CSV field that a spreadsheet will not run: formula-looking text gets a leading `'`. */
function inertCell(text: string): string {
  return looksLikeFormula(text.trimStart()) ? `'${text}` : text;
}

export class ProblemLog {
  total = 0;
  readonly byCode: Partial<Record<ImportProblemCode, number>> = {};
  private readonly kept: { problem: ImportProblem; order: number }[] = [];
  private file: TemporaryCsvFile | undefined;

  constructor(
    /** Where the problems CSV goes when the import fails. */
    readonly path: string,
    readonly shownLimit = 50,
  ) {}

  add(problem: ImportProblem): void {
    const order = this.total++;
    this.byCode[problem.code] = (this.byCode[problem.code] ?? 0) + 1;
    this.keep(problem, order);
    if (this.file === undefined) {
      this.file = new TemporaryCsvFile(this.path);
      this.file.writer.line(problemColumns);
    }
    const { line, column, code, value, message } = problem;
    this.file.writer.line([
      line === undefined ? "" : String(line),
      inertCell(column ?? ""),
      code,
      inertCell(value ?? ""),
      message,
    ]);
  }

  /** The first problems by line (file-level ones first), at most `shownLimit`. */
  get shown(): ImportProblem[] {
    return [...this.kept].sort(byLine).map((k) => k.problem);
  }

  /** Keeps the problem when it is among the `shownLimit` smallest lines so far. */
  private keep(problem: ImportProblem, order: number): void {
    const entry = { problem, order };
    if (this.kept.length < this.shownLimit) {
      this.kept.push(entry);
      return;
    }
    let worst = 0;
    for (let i = 1; i < this.kept.length; i++) if (byLine(this.kept[i]!, this.kept[worst]!) > 0) worst = i;
    if (byLine(entry, this.kept[worst]!) < 0) this.kept[worst] = entry;
  }

  /** Gives the problems CSV its final name; returns its path, or undefined when there were none. */
  commit(): string | undefined {
    if (this.file === undefined) return undefined;
    this.file.commit();
    return this.path;
  }

  /** Removes the temporary problems file (a restarted pass, or an unexpected failure). */
  discard(): void {
    this.file?.discard();
  }
}

function byLine(
  a: { problem: ImportProblem; order: number },
  b: { problem: ImportProblem; order: number },
): number {
  return (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.order - b.order;
}
