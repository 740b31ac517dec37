// Reads a sampling-frame file (CSV or XLSX bytes) with the importer's row readers into FrameRows,
// mapping columns by header and checking every value; every problem carries its line and column.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { activityCodeList } from "../../import/bundled-code-lists.ts";
import type { CodeList } from "../../import/code-list.ts";
import { openRowSource } from "../../import/open-row-source.ts";
import type { SourceRow } from "../../import/row-source.ts";
import { SourceRestart } from "../../import/source-restart.ts";
import { InputError } from "../../input/input-error.ts";
import type { FrameRow } from "../frame/import-frame.ts";
import {
  type CellCheck,
  checkEligibility,
  checkEmail,
  checkSic,
  checkSizeBand,
  type FrameColumn,
  frameColumns,
} from "./frame-columns.ts";

export interface FrameFileProblem {
  readonly line: number | null;
  readonly column: string | null;
  readonly message: string;
}

export type FrameFileResult =
  | { readonly ok: true; readonly rows: FrameRow[] }
  | { readonly ok: false; readonly problems: FrameFileProblem[]; readonly total: number };

/** Problems listed in a refusal (the total is always given). */
export const maxFrameProblems = 1000;

/** Every row of the file (header included), read again from the start if the reader restarts. */
async function readAllRows(path: string, label: string): Promise<SourceRow[]> {
  for (;;) {
    const source = await openRowSource(path, { label });
    const rows: SourceRow[] = [];
    try {
      for await (const batch of source.rows()) rows.push(...batch);
      return rows;
    } catch (error) {
      if (!(error instanceof SourceRestart)) throw error;
    }
  }
}

/**
 * The frame rows of a CSV or XLSX file (`format` picks the file name the reader sees), or every
 * problem. Columns: name (required), email, sic, size_band, region, postcode, stratum, eligibility;
 * other columns are kept in `extra`.
 * Example: `await readFrameFile(bytes, "csv", "frame.csv")`.
 */
export async function readFrameFile(
  bytes: Uint8Array,
  format: "csv" | "xlsx",
  label: string,
  sic: CodeList = activityCodeList("sic2007"),
): Promise<FrameFileResult> {
  const folder = mkdtempSync(join(tmpdir(), "smartspec-frame-"));
  try {
    const path = join(folder, `frame.${format}`);
    writeFileSync(path, bytes);
    let rows: SourceRow[];
    try {
      rows = await readAllRows(path, label);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const { line, column } = error.location;
      return {
        ok: false,
        problems: [{ line: line ?? null, column: column ?? null, message: error.message }],
        total: 1,
      };
    }
    return frameRows(rows, sic);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Maps and checks the rows (the first is the header). Pure. */
export function frameRows(rows: readonly SourceRow[], sic: CodeList): FrameFileResult {
  const [header, ...data] = rows;
  const problems: FrameFileProblem[] = [];
  if (header === undefined) return refusal([{ line: null, column: null, message: "The file is empty" }]);
  const names = header.fields.map((field) => field.trim());
  const known = new Map<FrameColumn, number>();
  names.forEach((name, i) => {
    const key = name.toLowerCase() as FrameColumn;
    if (!Object.hasOwn(frameColumns, key)) return;
    if (known.has(key))
      problems.push({ line: header.line, column: name, message: `${name}: column given twice` });
    else known.set(key, i);
  });
  if (!known.has("name")) {
    problems.push({
      line: header.line,
      column: "name",
      message: `the header has no "name" column (found: ${names.join(", ") || "nothing"})`,
    });
  }
  if (data.length === 0) problems.push({ line: null, column: null, message: "The file has no data rows" });
  if (problems.length > 0) return refusal(problems);
  const extraColumns = names.flatMap((name, i) =>
    name !== "" && !Object.hasOwn(frameColumns, name.toLowerCase()) ? [{ name, i }] : [],
  );
  const out: FrameRow[] = [];
  for (const row of data) {
    const text = (column: FrameColumn): string => {
      const i = known.get(column);
      return i === undefined ? "" : (row.fields[i] ?? "").trim();
    };
    const checked = (column: FrameColumn, check: CellCheck): string | null => {
      if ("value" in check) return check.value;
      problems.push({ line: row.line, column, message: `${column}: ${check.problem}` });
      return null;
    };
    const name = text("name");
    if (name === "") problems.push({ line: row.line, column: "name", message: "name: is empty" });
    else if (name.length > 300)
      problems.push({ line: row.line, column: "name", message: "name: longer than 300 characters" });
    const extra: Record<string, string> = {};
    for (const { name: column, i } of extraColumns) extra[column] = row.fields[i] ?? "";
    out.push({
      rowNumber: row.line,
      organisationName: name,
      email: checked("email", checkEmail(text("email"))),
      sicCode: checked("sic", checkSic(text("sic"), sic)),
      sizeBand: checked("size_band", checkSizeBand(text("size_band"))),
      region: text("region") || null,
      postcode: text("postcode") || null,
      stratum: text("stratum") || null,
      eligibility: checked("eligibility", checkEligibility(text("eligibility"))),
      extra,
    });
  }
  return problems.length > 0 ? refusal(problems) : { ok: true, rows: out };
}

function refusal(problems: FrameFileProblem[]): FrameFileResult {
  return { ok: false, problems: problems.slice(0, maxFrameProblems), total: problems.length };
}
