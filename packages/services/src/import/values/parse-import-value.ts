// Reads a value cell the way people write numbers in published tables: plain decimals, thousands
// separators ("3,345", "1 234"), a decimal comma in semicolon files ("1.234,5"), and the markers
// for withheld figures. The answer is a number, so 10^7 cells make no objects: a value >= 0, or
// one of the negative verdicts below.
import { parseDecimalText } from "../../input/parse-decimal.ts";
import { isSpreadsheetError, looksLikeFormula } from "../checks/field-checks.ts";
import { isSuppressionMarker } from "./suppression-markers.ts";

/** What a cell that is not a usable value is; every verdict is negative, every value >= 0. */
export const valueVerdict = {
  suppressed: -1,
  negative: -2,
  notNumber: -3,
  formula: -4,
  spreadsheetError: -5,
} as const;

const pointGrouped = /^[+-]?\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:\.\d+)?$/;
const commaPlain = /^[+-]?\d+(?:,\d+)?(?:[eE][+-]?\d+)?$/;
const commaGrouped = /^[+-]?\d{1,3}(?:(?:\.\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:,\d+)?$/;

/** The number in `text` (trimmed) with `.` or `,` as the decimal separator, or NaN. */
function parseNumber(text: string, decimalComma: boolean): number {
  if (!decimalComma) {
    if (pointGrouped.test(text)) return Number(text.replace(/[, \u00a0\u202f]/g, ""));
    return parseDecimalText(text);
  }
  if (commaPlain.test(text)) return parseDecimalText(text.replace(",", "."));
  if (commaGrouped.test(text)) return Number(text.replace(/[. \u00a0\u202f]/g, "").replace(",", "."));
  return Number.NaN;
}

/**
 * The value of a cell: a number >= 0, or a `valueVerdict` (all negative). Markers of withheld
 * figures (`..`, `[c]`, blank...) are `suppressed`, never 0. With `decimalComma`, `1.234,5` is
 * 1234.5 and `12.5` is not a number. Examples: `parseImportValue("3,345", false)` is 3345;
 * `parseImportValue("..", false)` is `valueVerdict.suppressed`.
 */
export function parseImportValue(text: string, decimalComma: boolean): number {
  const length = text.length;
  if (length > 0 && length <= 15) {
    // Plain digit strings are most cells of a big file: no regex, no string.
    let value = 0;
    let i = 0;
    for (; i < length; i++) {
      const digit = text.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
    }
    if (i === length) return value;
  }
  const trimmed = text.trim();
  if (isSuppressionMarker(trimmed)) return valueVerdict.suppressed;
  if (looksLikeFormula(trimmed)) return valueVerdict.formula;
  if (isSpreadsheetError(trimmed)) return valueVerdict.spreadsheetError;
  const value = parseNumber(trimmed, decimalComma);
  if (Number.isNaN(value)) return valueVerdict.notNumber;
  return value < 0 ? valueVerdict.negative : value;
}

/** Why a text that is not a number might still be meant as one, for the message ("" when no idea). */
export function decimalHint(text: string, decimalComma: boolean): string {
  const trimmed = text.trim();
  if (!decimalComma && /^[+-]?\d+,\d+$/.test(trimmed)) return " (with a decimal comma? give --decimal ,)";
  if (decimalComma && /^[+-]?\d*\.\d+$/.test(trimmed)) {
    return " (it is read with a decimal comma; give --decimal . if the point is the decimal separator)";
  }
  return "";
}
