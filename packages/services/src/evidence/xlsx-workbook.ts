// The explorer's XLSX files: data sheets, then an "About" sheet saying what the file holds, where
// the data come from and under which licence (issue 5: every export carries source and licence).
import type { ExplorerView } from "@smartspec/domain";

/** A downloadable workbook: its bytes and the file name the server suggests. */
export interface XlsxFile {
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

export interface XlsxSheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

export interface AboutFacts {
  readonly view: ExplorerView;
  /** What the data sheet holds, e.g. "Map: LQ of 30300 in every itl2 region". */
  readonly content: string;
  /** Rows naming the view's subject: [["Region", "UKK1"]], [["Activity", "30300 ..."]]. */
  readonly subject: readonly (readonly [string, string])[];
  readonly attribution: string;
  readonly licence: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly date: Date;
}

/**
 * A file name from its parts: anything but [A-Za-z0-9.-] becomes "-" (uploaded codes may hold
 * quotes or spaces, which a content-disposition header cannot carry), parts joined by "-".
 * Example: xlsxFileName(["uk-bres-itl2", "UKK1", "profile"]) -> "uk-bres-itl2-UKK1-profile.xlsx".
 */
export function xlsxFileName(parts: readonly string[]): string {
  const clean = parts
    .map((part) => part.replace(/[^A-Za-z0-9.-]+/g, "-").replace(/^-+|-+$/g, ""))
    .filter((part) => part !== "");
  return `${clean.join("-")}.xlsx`;
}

/** The About sheet's rows: data set, content, subject, source, licence, view, profile, parameters, date. */
export function aboutRows(facts: AboutFacts): [string, string][] {
  const { view } = facts;
  return [
    ["Data set", view.dataset],
    ["Content", facts.content],
    ...facts.subject.map(([name, value]): [string, string] => [name, value]),
    ["Source", facts.attribution],
    ["Attribution", facts.attribution],
    ["Licence", facts.licence],
    ["View", `year ${view.year}, level ${view.level}, geography ${view.geography}`],
    ["Profile", view.profile],
    ["Parameters", JSON.stringify(facts.parameters)],
    ["Date", facts.date.toISOString()],
  ];
}

/** XLSX bytes of the sheets in order, then "About" with `about`'s rows. */
export async function xlsxWorkbook(
  sheets: readonly XlsxSheet[],
  about: readonly (readonly [string, string])[],
): Promise<Uint8Array> {
  // exceljs is large: loaded on the first export, not by every importer of services (the CLI).
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const data = book.addWorksheet(sheet.name);
    data.addRow([...sheet.header]);
    for (const row of sheet.rows) data.addRow([...row]);
  }
  const sheet = book.addWorksheet("About");
  for (const pair of about) sheet.addRow([...pair]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
