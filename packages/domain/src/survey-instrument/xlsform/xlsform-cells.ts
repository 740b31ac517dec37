// Reading XLSForm cells the way pyxform does: headers ignore case and surrounding space, a
// translated column (`label::English (en)`) stands in for `label` when there is no plain one, and
// yes / true / true() / 1 mean yes.
import type { XlsFormRow } from "./xlsform-sheets.ts";

/** The trimmed text of `column` in `row` ("" when blank or absent). */
export function cell(row: XlsFormRow, column: string): string {
  for (const [key, value] of Object.entries(row)) {
    if (key.trim().toLowerCase() === column) return value.trim();
  }
  if (column === "label" || column === "hint") {
    for (const [key, value] of Object.entries(row)) {
      if (key.trim().toLowerCase().startsWith(`${column}::`)) return value.trim();
    }
  }
  return "";
}

/** Whether a yes/no cell says yes. */
export const isYes = (text: string): boolean => ["yes", "true", "true()", "1"].includes(text.toLowerCase());

/** `key=value` pairs of a parameters cell (`randomize=true start=1 end=5`). */
export function parameters(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of text.split(/[\s;,]+/)) {
    const eq = part.indexOf("=");
    if (eq > 0) out.set(part.slice(0, eq).toLowerCase(), part.slice(eq + 1));
  }
  return out;
}

/** `. >= 1 and . <= 10` (either part optional) as bounds, or undefined when the constraint is anything else. */
export function rangeBounds(constraint: string): { min?: number; max?: number } | undefined {
  const bounds: { min?: number; max?: number } = {};
  for (const part of constraint.split(/\s+and\s+/)) {
    const m = /^\.\s*(>=|<=)\s*(-?[0-9]+(?:\.[0-9]+)?)$/.exec(part.trim());
    if (m === null) return undefined;
    if (m[1] === ">=") bounds.min = Number(m[2]);
    else bounds.max = Number(m[2]);
  }
  return bounds;
}
