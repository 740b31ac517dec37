// Checks on single fields that do not depend on what the column holds.

/** Codes and header names longer than this are refused (no classification comes near it). */
export const maxCodeLength = 1000;

const spreadsheetErrors = new Set([
  "#N/A",
  "#DIV/0!",
  "#REF!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#GETTING_DATA",
]);

/**
 * Whether `text` would be taken for a formula by a spreadsheet (the CSV-injection rule of OWASP):
 * it starts with `=`, `+` or `@`, or with `-` not followed by a digit or a point. Such fields are
 * refused rather than escaped, so the output never carries them. Example: `"=1+2"` is true,
 * `"-12"` is false. `text` is trimmed already.
 */
export function looksLikeFormula(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first === 61 || first === 43 || first === 64) return true; // = + @
  if (first !== 45) return false; // -
  const next = text.charCodeAt(1);
  return !((next >= 48 && next <= 57) || next === 46);
}

/** Whether `text` (trimmed) is an Excel error value such as `#N/A` or `#DIV/0!`. */
export function isSpreadsheetError(text: string): boolean {
  return text.charCodeAt(0) === 35 && spreadsheetErrors.has(text.toUpperCase());
}
