// A1-style cell references: columns A..Z, AA..ZZ, AAA..XFD are a bijective base-26 number.

/**
 * The 1-based column number of the letters at the start of a reference (`"C7"` -> 3, `"AA1"` ->
 * 27); 0 when it starts with no letter. Example: `columnNumber("XFD1048576")` is 16384.
 */
export function columnNumber(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i) | 0x20; // lower case
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  return column;
}

/** The letters of a 1-based column number. Example: `columnLetters(28)` is `"AB"`. */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(0x41 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The reference of a cell from its sheet row (1-based, `SourceRow.line`) and its index in
 * `SourceRow.fields` (0-based). Example: `cellReference(7, 2)` is `"C7"`.
 */
export function cellReference(line: number, fieldIndex: number): string {
  return `${columnLetters(fieldIndex + 1)}${line}`;
}
