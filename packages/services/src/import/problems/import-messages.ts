// Every message the importer shows a user, in one place, so the wording stays consistent and the
// corpus test can assert exact text. Each names the file (and sheet), the line or sheet row and
// the column, in the form the analysis commands use (input/input-messages.ts).
import type { ImportProblem, ImportProblemCode, ProblemPlace } from "./import-problem.ts";

/** One suggested code for an unknown one. */
export interface CodeSuggestion {
  readonly code: string;
  readonly title: string;
}

const shownHeaderNames = 20;

/** Shows a field as the user wrote it, shortened so one bad cell cannot flood the terminal. */
export const shown = (text: string): string =>
  JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}...` : text);

const quoteList = (names: readonly string[]): string => {
  const listed = names.slice(0, shownHeaderNames).map((n) => shown(n));
  if (names.length > shownHeaderNames) listed.push(`... (${names.length} columns)`);
  return listed.join(", ");
};

const plural = (n: number, word: string): string =>
  `${n.toLocaleString("en-GB")} ${word}${n === 1 ? "" : "s"}`;

/** Builds the problems of one source: `place` says how to name it and its rows. */
export function importMessages(place: ProblemPlace) {
  const where = (line: number | undefined, column?: string): string => {
    const row = line === undefined ? "" : `, ${place.unit} ${line}`;
    const col =
      column === undefined ? "" : column.startsWith("column ") ? `, ${column}` : `, column ${shown(column)}`;
    return `${place.label}${row}${col}`;
  };
  const problem = (
    code: ImportProblemCode,
    line: number | undefined,
    column: string | undefined,
    text: string,
    value?: string,
  ): ImportProblem => ({
    code,
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
    ...(value === undefined ? {} : { value: value.slice(0, 1000) }),
    message: `${where(line, column)}: ${text}`,
  });
  const container = place.unit === "row" ? "sheet" : "file";
  const headerRow = place.unit === "row" ? "header row" : "header line";
  return {
    unreadableText: (line: number | undefined, message: string) =>
      ({ code: "unreadable-text", ...(line === undefined ? {} : { line }), message }) as ImportProblem,
    emptyFile: () =>
      problem(
        "empty-file",
        undefined,
        undefined,
        `the ${container} is empty; expected a ${headerRow} and data rows.`,
      ),
    noDataRows: (line: number) =>
      problem("no-data-rows", line, undefined, `the ${container} has a ${headerRow} but no data rows.`),
    emptyHeader: (line: number, position: number) =>
      problem(
        "empty-header",
        line,
        `column ${position}`,
        "the column has no name; give every column a name.",
      ),
    duplicateHeader: (line: number, name: string, position: number, first: number) =>
      problem(
        "duplicate-header",
        line,
        `column ${position}`,
        `the name ${shown(name)} is already used by column ${first}; give every column its own name.`,
        name,
      ),
    missingColumn: (line: number, wanted: string, role: string, header: readonly string[]) =>
      problem(
        "missing-column",
        line,
        undefined,
        `no column ${shown(wanted)} (given as --${role}); the header has ${quoteList(header)}.`,
      ),
    unmappedColumn: (line: number, role: string, header: readonly string[]) =>
      problem(
        "unmapped-column",
        line,
        undefined,
        `no column looks like the ${role} column; the header has ${quoteList(header)}. Give --${role} COL.`,
      ),
    noPeriodColumns: (line: number, header: readonly string[]) =>
      problem(
        "no-period-columns",
        line,
        undefined,
        `in the wide layout with an activity column, the other columns must be periods (named like 2021, 2021Q1 or 2021-03); the header has ${quoteList(header)}. Without --activity, the columns are read as activities.`,
      ),
    tooFewFields: (line: number, fields: number, columns: number, missing: string) =>
      problem(
        "ragged-row",
        line,
        missing,
        `the row ends after ${plural(fields, "field")} but the header has ${plural(columns, "column")}.`,
      ),
    tooManyFields: (line: number, fields: number, columns: number, firstExtra: number) =>
      problem(
        "ragged-row",
        line,
        `column ${firstExtra}`,
        `the row has ${plural(fields, "field")} but the header has ${plural(columns, "column")}; this field is not empty.`,
      ),
    emptyCode: (line: number, column: string, role: string) =>
      problem("empty-code", line, column, `the ${role} code is empty.`, ""),
    formula: (line: number, column: string, text: string) =>
      problem(
        "formula",
        line,
        column,
        `${shown(text)} looks like a spreadsheet formula (it starts with ${shown(text[0] ?? "")}); it is refused so that it cannot run when the output is opened in a spreadsheet.`,
        text,
      ),
    tooLong: (line: number, column: string, text: string, limit: number) =>
      problem(
        "too-long",
        line,
        column,
        `the field is ${plural(text.length, "character")} long; a code or header name may have at most ${limit.toLocaleString("en-GB")}.`,
        text,
      ),
    spreadsheetError: (line: number, column: string, text: string) =>
      problem("spreadsheet-error", line, column, `the cell holds the spreadsheet error ${text}.`, text),
    nonNumeric: (line: number, column: string, text: string, hint: string) =>
      problem("non-numeric-value", line, column, `${shown(text)} is not a number${hint}.`, text),
    negative: (line: number, column: string, text: string) =>
      problem(
        "negative-value",
        line,
        column,
        `${shown(text)} is negative; values must be zero or more.`,
        text,
      ),
    duplicateCell: (
      line: number,
      column: string | undefined,
      key: readonly (readonly [role: string, code: string])[],
      firstLine: number | undefined,
    ) =>
      problem(
        "duplicate-cell",
        line,
        column,
        `${key.map(([role, code]) => `${role} ${shown(code)}`).join(", ")} already appears ${firstLine === undefined ? "earlier" : `on ${place.unit} ${firstLine}`}; give each cell once (or add up the rows first).`,
      ),
    unknownCode: (
      line: number,
      column: string,
      code: string,
      listTitle: string,
      rows: number | undefined,
      suggestions: readonly CodeSuggestion[],
    ) =>
      problem(
        "unknown-code",
        line,
        column,
        `${shown(code)} is not in ${listTitle}${rows === undefined ? "" : ` (${rows === 1 ? "1 row" : `${plural(rows, "row")}, the first here`})`}; ${
          suggestions.length === 0
            ? "no similar code found."
            : `did you mean ${suggestions.map((s) => `${s.code} (${s.title.length > 60 ? `${s.title.slice(0, 60)}...` : s.title})`).join(", ")}?`
        }`,
        code,
      ),
  };
}

export type ImportMessages = ReturnType<typeof importMessages>;
