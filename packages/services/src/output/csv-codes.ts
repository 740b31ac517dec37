import { encodeCsvField } from "./csv-file-writer.ts";

const comma = 44;

/** Each code as CSV field bytes followed by a comma, encoded once and reused for every row. */
export function encodeCodesWithComma(codes: readonly string[]): Uint8Array[] {
  return codes.map((code) => {
    const field = encodeCsvField(code);
    const bytes = new Uint8Array(field.length + 1);
    bytes.set(field);
    bytes[field.length] = comma;
    return bytes;
  });
}
