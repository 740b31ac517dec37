// Reading and writing the small respondent-level CSV files of `smartspec survey`: csv-parse/sync
// (quotes, embedded newlines, a BOM; delimiter , ; or tab guessed from the header line), every
// record kept as text with its file line, and each problem an InputError naming file, line and
// column. Numbers are written in shortest round-trip form; NaN as an empty field.
import { readFileSync, writeFileSync } from "node:fs";
import { InputError } from "@smartspec/services";
import { parse } from "csv-parse/sync";

export interface SurveyTable {
  /** The file as the user named it (for messages). */
  readonly file: string;
  readonly header: readonly string[];
  readonly records: readonly (readonly string[])[];
  /** The 1-based file line where each record starts. */
  readonly lines: readonly number[];
}

function guessDelimiter(text: string): string {
  const first = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
  const counts = [",", ";", "\t"].map((d) => [d, first.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** Reads `path` (shown as `file`); throws InputError for an unreadable, empty or ragged file. */
export function readSurveyCsv(path: string, file: string): SurveyTable {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError("unreadable-file", `${file}: cannot read the file (${(error as Error).message}).`, {
      file,
    });
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    throw new InputError("empty-file", `${file}: the file is empty; expected a header line and data rows.`, {
      file,
    });
  }
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      bom: true,
      delimiter: guessDelimiter(text),
      info: true,
      skip_empty_lines: true,
    }) as unknown as typeof parsed;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const reason = (error as Error).message.replace(/^Invalid Record Length: /, "");
    throw new InputError(
      "ragged-row",
      `${file}${line ? `, line ${line}` : ""}: ${reason}`,
      line ? { file, line } : { file },
    );
  }
  const [header, ...rows] = parsed;
  if (rows.length === 0) {
    throw new InputError("no-data-rows", `${file}: the file has a header line but no data rows.`, {
      file,
      line: 1,
    });
  }
  return {
    file,
    header: header!.record.map((name) => name.trim()),
    records: rows.map((row) => row.record),
    lines: rows.map((row) => row.info.lines),
  };
}

/** The index of column `name` (the `role` column); throws InputError listing the header. */
export function columnIndex(table: SurveyTable, name: string, role: string): number {
  const index = table.header.indexOf(name);
  if (index >= 0) return index;
  throw new InputError(
    "missing-column",
    `${table.file}, line 1: no column "${name}" (the ${role} column); the header has ${table.header.map((h) => `"${h}"`).join(", ")}.`,
    { file: table.file, line: 1, column: name },
  );
}

/** The text of column `name` per record (trimmed). */
export function textColumn(table: SurveyTable, name: string, role: string): string[] {
  const index = columnIndex(table, name, role);
  return table.records.map((record) => (record[index] ?? "").trim());
}

/** Column `name` as codes that must not be empty (strata, margin variables). */
export function codeColumn(table: SurveyTable, name: string, role: string): string[] {
  const values = textColumn(table, name, role);
  const empty = values.indexOf("");
  if (empty >= 0) {
    throw new InputError(
      "empty-code",
      `${table.file}, line ${table.lines[empty]}, column "${name}": the code is empty.`,
      {
        file: table.file,
        line: table.lines[empty]!,
        column: name,
      },
    );
  }
  return values;
}

/** Column `name` as positive numbers (weights, fpc); throws InputError at the first bad field. */
export function positiveColumn(table: SurveyTable, name: string, role: string): Float64Array {
  const values = textColumn(table, name, role);
  return Float64Array.from(values, (text, i) => {
    const value = Number(text);
    if (text === "" || !Number.isFinite(value) || value <= 0) {
      const problem = text === "" ? "the value is empty" : `"${text}" is not a positive number`;
      throw new InputError(
        text === "" ? "empty-value" : "non-numeric-value",
        `${table.file}, line ${table.lines[i]}, column "${name}": ${problem}; ${role} values must be numbers above 0.`,
        { file: table.file, line: table.lines[i]!, column: name },
      );
    }
    return value;
  });
}

function field(value: string | number): string {
  if (typeof value === "number") return Number.isNaN(value) ? "" : String(value);
  return /[",\n\r]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes a CSV table; throws InputError when the file cannot be written. */
export function writeSurveyCsv(
  path: string,
  file: string,
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): void {
  const text = [header, ...rows].map((row) => row.map(field).join(",")).join("\n");
  writeOutput(path, file, `${text}\n`);
}

/** Writes `text` to `path`; throws InputError when it cannot. */
export function writeOutput(path: string, file: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new InputError(
      "unwritable-output",
      `${file}: cannot write the file (${(error as Error).message}).`,
      {
        file,
      },
    );
  }
}
