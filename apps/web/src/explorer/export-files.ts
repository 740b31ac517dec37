// Export helpers that need no DOM: file names and CSV text with the source and licence footer
// (issue 5: every export carries the data source and licence).

/**
 * An export's file name without extension: the parts joined by "-", each with anything but
 * [A-Za-z0-9.-] turned into "-", empty parts left out; codes keep their case (`UKK1`, as the
 * server's XLSX names do). Example: ["uk-bres-itl2", "", "space 2021"] -> "uk-bres-itl2-space-2021".
 */
export function exportBaseName(parts: readonly string[]): string {
  return parts
    .map((text) => text.replace(/[^A-Za-z0-9.-]+/g, "-").replace(/^-+|-+$/g, ""))
    .filter((part) => part !== "")
    .join("-");
}

/**
 * `<dataset>-<region>-<view>.<ext>` (see exportBaseName). Example: ("uk-bres-itl2", "UKK1",
 * "opportunities 2021", "svg") -> "uk-bres-itl2-UKK1-opportunities-2021.svg".
 */
export function exportFileName(dataset: string, region: string, view: string, extension: string): string {
  return `${exportBaseName([dataset, region, view])}.${extension}`;
}

/**
 * An attribution without a leading "Source:" (publishers' texts often start with it, and the
 * footers add their own). Example: "Source: ONS" -> "ONS".
 */
export function attributionText(attribution: string): string {
  return attribution.replace(/^\s*source:\s*/i, "").trim();
}

/** The one-line footer of SVG and PNG exports: "Source: <attribution> Licence: <licence>". */
export function sourceLine(attribution: string, licence: string): string {
  return `Source: ${attributionText(attribution)} Licence: ${licence}`;
}

const cell = (value: unknown): string => {
  const text = value === null || value === undefined ? "" : String(value);
  const formula = /^[=+\-@\t]/.test(text) && Number.isNaN(Number(text));
  const safe = formula ? `'${text}` : text;
  return formula || /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};
const oneLine = (text: string) => text.replace(/[\r\n]+/g, " ");

/**
 * RFC 4180 CSV (CRLF line ends) of the given columns, then a blank line and the "Source:" and
 * "Licence:" lines. Cells that look like spreadsheet formulas get a leading apostrophe (CSV
 * injection); the footer lines are written as they are (not quoted). Example: `toCsv([{ a: 1 }], [{ key: "a", label: "A" }], "ONS", "OGL")` ->
 * "A\r\n1\r\n\r\nSource: ONS\r\nLicence: OGL\r\n".
 */
export function toCsv<Row>(
  rows: readonly Row[],
  columns: readonly { readonly key: keyof Row; readonly label: string }[],
  attribution: string,
  licence: string,
): string {
  const lines = [columns.map((column) => cell(column.label)).join(",")];
  for (const row of rows) lines.push(columns.map((column) => cell(row[column.key])).join(","));
  // The footer stays unquoted so each line starts with "Source:" / "Licence:" as the contract says.
  lines.push("", `Source: ${oneLine(attributionText(attribution))}`, `Licence: ${oneLine(licence)}`);
  return `${lines.join("\r\n")}\r\n`;
}
