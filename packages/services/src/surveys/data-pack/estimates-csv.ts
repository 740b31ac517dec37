// The report's estimates as the data pack's CSV, in the rows the R script writes
// (estimate,by,category,quantity,value; codes for by and category), so the script can check its
// own numbers against them. Numbers in their shortest round-trip form (R reads back the same
// doubles); NaN as NA and infinities as Inf / -Inf, as R writes them.
import type { EstimateRow } from "@smartspec/domain";
import { rNumber } from "./r-literal.ts";

const needsQuotes = /[",\r\n]/;
const field = (text: string) => (needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** RFC 4180 bytes (CRLF, no byte-order mark: the content is ASCII codes and numbers). */
export function estimatesCsv(rows: readonly EstimateRow[]): Uint8Array {
  const lines = ["estimate,by,category,quantity,value"];
  for (const row of rows) {
    lines.push(
      [row.estimate, row.by, row.category, row.quantity].map(field).concat(rNumber(row.value)).join(","),
    );
  }
  return new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
}
