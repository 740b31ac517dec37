export const csvDelimiters = [",", ";", "\t"] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/**
 * Guesses the field delimiter from the header line: the one of comma, semicolon and tab that
 * occurs most often outside double quotes (ties in that order). A header without any of them
 * is one column, read as comma-separated.
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts = [0, 0, 0];
  let quoted = false;
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted) {
      const k = csvDelimiters.indexOf(c as CsvDelimiter);
      if (k >= 0) counts[k]!++;
    }
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k]! > counts[best]!) best = k;
  return csvDelimiters[best]!;
}
