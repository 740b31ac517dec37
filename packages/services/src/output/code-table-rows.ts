import type { CsvFileWriter } from "./csv-file-writer.ts";

const comma = 44;
const newline = 10;

/**
 * Appends one row per code: `[time,]code,column1[i],column2[i]...`. `codeFields` are the codes
 * pre-encoded with their trailing comma (`encodeCodesWithComma`); `timeField` the encoded time
 * (panels) or undefined. Numbers are written round-trip exact, NaN as an empty field.
 */
export function appendCodeRows(
  writer: CsvFileWriter,
  timeField: Uint8Array | undefined,
  codeFields: readonly Uint8Array[],
  columns: readonly ArrayLike<number>[],
): void {
  for (let i = 0; i < codeFields.length; i++) {
    if (timeField !== undefined) {
      writer.bytes(timeField);
      writer.byte(comma);
    }
    writer.bytes(codeFields[i]!);
    for (let c = 0; c < columns.length; c++) {
      if (c > 0) writer.byte(comma);
      writer.number(columns[c]![i]!);
    }
    writer.byte(newline);
  }
  writer.rows += codeFields.length;
}
