// One cell's value as the text a user expects to see (ECMA-376 Part 1, 18.3.1.4 `<c>` and
// 18.18.11 ST_CellType): numbers as their shortest round-trip text (`String(n)`: 3, 1.5, 1e-7),
// dates as ISO 8601, booleans TRUE / FALSE, strings as written, formulas as their saved result,
// error values (#N/A...) as their text.
import { type FormatKind, formatKind } from "./cell-formats.ts";
import { excelDateText } from "./excel-date.ts";
import { unescapeText } from "./shared-strings.ts";
import { xlsxMessages } from "./xlsx-messages.ts";

/** What the sheet XML says about one cell. */
export interface RawCell {
  /** The `t` attribute: "n" (default), "s", "str", "inlineStr", "b", "e" or "d". */
  type: string;
  /** The `s` attribute: index into the workbook's cell styles. */
  style: number;
  /** Whether a `<v>` (or `<is>`) element is present, and its text. */
  hasValue: boolean;
  value: string;
  hasFormula: boolean;
  formula: string;
}

export interface SheetContext {
  /** Source label (`data.xlsx [sheet "Data"]`) for messages. */
  readonly label: string;
  readonly sharedStrings: readonly string[];
  /** Format kind per style index, from `readCellFormats`. */
  readonly formats: Uint8Array;
  readonly date1904: boolean;
  /** Called for every error cell, with its position; the reader counts them for the facts. */
  readonly onErrorCell: (line: number, fieldIndex: number, error: string) => void;
}

/** A `t="d"` cell holds ISO 8601 text already; midnight and a trailing Z or zero milliseconds are dropped. */
function isoDateText(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2})(\.\d+)?Z?)?$/.exec(value.trim());
  if (match === null) return value;
  const [, date, time, fraction] = match;
  const ms = fraction === undefined || Number(fraction) === 0 ? "" : fraction;
  return time === undefined || (time === "00:00:00" && ms === "") ? date! : `${date}T${time}${ms}`;
}

/**
 * The text of a cell at sheet row `line`, 0-based column `fieldIndex`; "" for an empty cell.
 * A formula without a saved result throws (the whole file needs recalculating, not one cell);
 * an error value comes back as its text (`"#N/A"`) and is reported to `context.onErrorCell`.
 * Example: a cell `<c s="3"><v>44259</v></c>` with a date style 3 gives `"2021-03-04"`.
 */
export function cellText(cell: RawCell, context: SheetContext, line: number, fieldIndex: number): string {
  const { type, value } = cell;
  if (cell.hasFormula && (!cell.hasValue || (value === "" && type !== "str" && type !== "inlineStr"))) {
    throw xlsxMessages.formulaWithoutResult(context.label, line, fieldIndex, cell.formula);
  }
  if (!cell.hasValue || value === "") return "";
  switch (type) {
    case "s": {
      const text = context.sharedStrings[Number(value)];
      if (text === undefined) throw xlsxMessages.missingSharedString(context.label, line, fieldIndex, value);
      return text;
    }
    case "str":
      return unescapeText(value);
    case "inlineStr":
      return value; // unescaped by the sheet reader's StringItemText
    case "b":
      return value === "1" || value === "true" ? "TRUE" : "FALSE";
    case "e":
      context.onErrorCell(line, fieldIndex, value);
      return value;
    case "d":
      return isoDateText(value);
    default: {
      const number = Number(value);
      if (Number.isNaN(number)) return value;
      const kind = (context.formats[cell.style] ?? formatKind.number) as FormatKind;
      return kind === formatKind.number ? String(number) : excelDateText(number, kind, context.date1904);
    }
  }
}
