// Guesses the field delimiter of a CSV text from its first records, not from the header alone: a
// header "region;activity;value" could be one comma-free field per line if only counts mattered.
import type { SourceRow } from "../row-source.ts";
import { CsvTokenizer } from "./csv-tokenizer.ts";

export const importDelimiters = [",", ";", "\t", "|"] as const;
export type ImportDelimiter = (typeof importDelimiters)[number];

const sampleRecords = 50;

/**
 * The delimiter among comma, semicolon, tab and pipe that splits the most of the first records
 * (title lines of one field aside) into the same number of fields, and then into the most fields;
 * ties go to the earlier one in that order. A text no candidate splits is read as comma-separated.
 * Example: `guessDelimiter("a;b\n1,5;2\n", true)` is ";".
 */
export function guessDelimiter(sample: string, final: boolean): ImportDelimiter {
  let best: ImportDelimiter = ",";
  let bestScore = 0;
  for (const delimiter of importDelimiters) {
    const rows: SourceRow[] = [];
    const tokenizer = new CsvTokenizer(delimiter, "", Number.POSITIVE_INFINITY);
    try {
      tokenizer.push(sample, final, rows);
    } catch {
      continue; // an unclosed quote in the sample: judge by the other candidates
    }
    const counts = new Map<number, number>();
    for (const row of rows.slice(0, sampleRecords)) {
      if (row.fields.length >= 2) counts.set(row.fields.length, (counts.get(row.fields.length) ?? 0) + 1);
    }
    for (const [width, rowsOfWidth] of counts) {
      // The most rows of one width first, then the widest.
      const score = rowsOfWidth * 1e6 + width;
      if (score > bestScore) {
        best = delimiter;
        bestScore = score;
      }
    }
  }
  return best;
}
