// Decides, from the header and the user's options, which column plays which role and whether the
// file is long (one value column) or wide (one value column per period or per activity).
//
//   given columns (exact name, else one case-insensitive match) -> guesses for the rest
//   -> layout: given, else long when there is a value column, else wide
//   -> wide: with an activity column the value columns are the periods (2021, 2021Q1...),
//      without one every other column except labels is an activity
import type { ImportMessages } from "../problems/import-messages.ts";
import type { ImportProblem } from "../problems/import-problem.ts";
import {
  type ColumnRole,
  columnRoles,
  guessColumns,
  isLabelHeader,
  isPeriodHeader,
} from "./guess-columns.ts";

export const importLayouts = ["long", "wide"] as const;
export type ImportLayout = (typeof importLayouts)[number];

/** What the user said about the columns; anything left out is guessed. */
export interface ColumnRequest {
  readonly layout?: ImportLayout;
  readonly region?: string;
  readonly activity?: string;
  readonly value?: string;
  readonly time?: string;
  /** Columns never read (wide files with extra label or total columns). */
  readonly ignore?: readonly string[];
}

export interface ColumnMapping {
  /** "wide-periods": one value column per period; "wide-activities": one per activity. */
  readonly layout: "long" | "wide-periods" | "wide-activities";
  /** Header position of each role's column (value: long layout only). */
  readonly columns: Partial<Record<ColumnRole, number>>;
  /** Roles whose column was guessed rather than given. */
  readonly guessed: readonly ColumnRole[];
  /** Wide layouts: the value columns, whose names become periods or activity codes. */
  readonly valueColumns: readonly number[];
  /** Columns not read. */
  readonly ignored: readonly number[];
}

/** Header position of `wanted`: the exact name, else the one name equal to it ignoring case and spaces. */
export function findColumn(header: readonly string[], wanted: string): number | undefined {
  const exact = header.indexOf(wanted);
  if (exact >= 0) return exact;
  const loose = wanted.trim().toLowerCase();
  const matches = header.flatMap((name, i) => (name.trim().toLowerCase() === loose ? [i] : []));
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The column mapping for `header` (found on `line`), or the problems that prevent one. Example:
 * the ONS GVA header [ITL region code, ITL region name, SIC07 code, SIC07 description, 1998, ...]
 * maps to wide-periods with region 0, activity 2 and value columns 4...
 */
export function resolveMapping(
  header: readonly string[],
  line: number,
  request: ColumnRequest,
  messages: ImportMessages,
): { mapping: ColumnMapping } | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const columns: Partial<Record<ColumnRole, number>> = {};
  const taken = new Set<number>();
  for (const role of columnRoles) {
    const wanted = request[role];
    if (wanted === undefined) continue;
    const found = findColumn(header, wanted);
    if (found === undefined) problems.push(messages.missingColumn(line, wanted, role, header));
    else {
      columns[role] = found;
      taken.add(found);
    }
  }
  const ignored = new Set<number>();
  for (const name of request.ignore ?? []) {
    const found = findColumn(header, name);
    if (found === undefined) problems.push(messages.missingColumn(line, name, "ignore", header));
    else ignored.add(found);
  }
  if (problems.length > 0) return { problems };
  const open = columnRoles.filter((role) => columns[role] === undefined);
  const periods = header.flatMap((name, i) =>
    isPeriodHeader(name) && !taken.has(i) && !ignored.has(i) ? [i] : [],
  );
  const guesses = guessColumns(header, open, new Set([...taken, ...ignored, ...periods]));
  const hasValue = columns.value !== undefined || guesses.value !== undefined;
  const region = columns.region ?? guesses.region;
  const activity = columns.activity ?? guesses.activity;
  const wideByActivity = periods.length === 0 && region !== undefined && activity === undefined;
  const layout = request.layout ?? (!hasValue && (periods.length > 0 || wideByActivity) ? "wide" : "long");
  const wanted: ColumnRole[] =
    layout === "long" ? ["region", "activity", "time", "value"] : ["region", "activity", "time"];
  const guessed: ColumnRole[] = [];
  for (const role of wanted) {
    if (columns[role] !== undefined || guesses[role] === undefined) continue;
    columns[role] = guesses[role];
    guessed.push(role);
  }
  const required: ColumnRole[] = layout === "long" ? ["region", "activity", "value"] : ["region"];
  for (const role of required) {
    if (columns[role] === undefined) problems.push(messages.unmappedColumn(line, role, header));
  }
  if (problems.length > 0) return { problems };
  const used = new Set(Object.values(columns));
  let valueColumns: number[] = [];
  let kind: ColumnMapping["layout"] = "long";
  if (layout === "wide") {
    if (columns.activity !== undefined) {
      // Periods are the value columns: a guessed time column would be a second time dimension.
      if (guessed.includes("time")) {
        delete columns.time;
        guessed.splice(guessed.indexOf("time"), 1);
      }
      kind = "wide-periods";
      valueColumns = periods.filter((i) => !used.has(i));
      if (valueColumns.length === 0) return { problems: [messages.noPeriodColumns(line, header)] };
    } else {
      kind = "wide-activities";
      valueColumns = header.flatMap((name, i) =>
        used.has(i) || ignored.has(i) || isLabelHeader(name) ? [] : [i],
      );
      if (valueColumns.length === 0) return { problems: [messages.unmappedColumn(line, "activity", header)] };
    }
  }
  const read = new Set([...Object.values(columns), ...valueColumns]);
  return {
    mapping: {
      layout: kind,
      columns,
      guessed,
      valueColumns,
      ignored: header.flatMap((_, i) => (read.has(i) ? [] : [i])),
    },
  };
}
