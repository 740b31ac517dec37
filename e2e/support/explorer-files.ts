// Files a journey downloads from the explorer (chart and table exports) and the checks on them
// that need no library: the PNG header, an RFC 4180 CSV reader, the dataset's source and licence.
import { readFile } from "node:fs/promises";
import type { Locator, Page } from "playwright-core";

export interface DownloadedFile {
  readonly name: string;
  readonly bytes: Buffer;
}

/**
 * Clicks `button` and resolves with the file the browser saved (suggested name and bytes).
 * Example: `const png = await downloadBy(page, page.getByRole("button", { name: "Download PNG" }))`.
 */
export async function downloadBy(page: Page, button: Locator): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk; throws when the 8-byte signature is not PNG's. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error("Not a PNG: the signature differs");
  if (bytes.subarray(12, 16).toString("latin1") !== "IHDR") throw new Error("Not a PNG: no IHDR first");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Splits CSV text into records of fields (quotes, doubled quotes, CRLF or LF). A blank line is a
 * record with one empty field, so the caller can see where the trailing Source lines start.
 * Example: `csvRecords('a,"b ""c"""\n')` is `[["a", 'b "c"']]`.
 */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && body[index + 1] === "\n") index++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || record.length > 0) records.push([...record, field]);
  return records;
}

export interface ExplorerDataset {
  readonly id: string;
  readonly title: string;
  readonly licence: string;
  readonly attribution: string;
}

/** The catalogue entry of `id` from `GET /api/explorer/datasets` (as the page's session sees it). */
export async function datasetEntry(page: Page, baseUrl: string, id: string): Promise<ExplorerDataset> {
  const response = await page.request.get(`${baseUrl}/api/explorer/datasets`);
  if (response.status() !== 200) throw new Error(`GET /api/explorer/datasets answered ${response.status()}`);
  const list = (await response.json()) as ExplorerDataset[];
  const entry = list.find((dataset) => dataset.id === id);
  if (entry === undefined) throw new Error(`${id} is not in the explorer catalogue`);
  return entry;
}

/**
 * Checks a number as the page shows it against the exact value: it must equal `exact` rounded to
 * the decimals shown (at least `minDecimals`). Returns a message when it does not, else undefined.
 * Example: `shownAs("4.2676", 4.26755890, 2)` is undefined.
 */
export function shownAs(text: string, exact: number, minDecimals: number): string | undefined {
  const match = /-?\d[\d,]*(?:\.(\d+))?/.exec(text.replace(/\u2212/g, "-"));
  if (match === null) return `no number in ${JSON.stringify(text)}`;
  const decimals = match[1]?.length ?? 0;
  if (decimals < minDecimals)
    return `${JSON.stringify(text)} shows ${decimals} decimals, fewer than ${minDecimals}`;
  const shown = Number(match[0].replace(/,/g, ""));
  return shown === Number(exact.toFixed(decimals)) ? undefined : `${text} is not ${exact} to ${decimals} dp`;
}

/** What the browser's XML parser makes of an exported SVG file. */
export interface ParsedSvg {
  /** Number of <parsererror> elements (0 for a well-formed file). */
  readonly errors: number;
  readonly root: string;
  readonly namespace: string | null;
  /** Number of elements by tag name, for the tags asked. */
  readonly counts: Readonly<Record<string, number>>;
  /** All text of the document, white space collapsed. */
  readonly text: string;
}

/**
 * Parses SVG text with the page's DOMParser, as any other program reading the file would, and
 * counts the elements named in `tags`. Example: `await parseSvg(page, text, ["circle"])`.
 */
export async function parseSvg(page: Page, text: string, tags: readonly string[]): Promise<ParsedSvg> {
  return page.evaluate(
    ([svgText, names]: [string, string[]]) => {
      interface XmlDoc {
        documentElement: { localName: string; namespaceURI: string | null; textContent: string | null };
        getElementsByTagName(name: string): { length: number };
      }
      const parser = new (
        globalThis as unknown as { DOMParser: new () => { parseFromString(t: string, m: string): XmlDoc } }
      ).DOMParser();
      const doc = parser.parseFromString(svgText, "image/svg+xml");
      return {
        errors: doc.getElementsByTagName("parsererror").length,
        root: doc.documentElement.localName,
        namespace: doc.documentElement.namespaceURI,
        counts: Object.fromEntries(names.map((name) => [name, doc.getElementsByTagName(name).length])),
        text: (doc.documentElement.textContent ?? "").replace(/\s+/g, " "),
      };
    },
    [text, [...tags]] as [string, string[]],
  );
}

/**
 * Every sheet of an XLSX file as rows of cell values (read with exceljs, as the server wrote it).
 * Example: `(await xlsxSheets(file.bytes)).About` is `[["Data set", "uk-bres-itl2"], ...]`.
 */
export async function xlsxSheets(bytes: Buffer): Promise<Record<string, unknown[][]>> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: Record<string, unknown[][]> = {};
  for (const sheet of book.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    sheets[sheet.name] = rows;
  }
  return sheets;
}

/**
 * The records of an exported CSV split at its blank line: the header, the data records, and the
 * footer lines (each record joined by ","). Throws when there is no blank line.
 */
export function csvParts(text: string): { header: string[]; rows: string[][]; footer: string[] } {
  const records = csvRecords(text);
  const blank = records.findIndex((record) => record.length === 1 && record[0] === "");
  if (blank < 1) throw new Error("The CSV has no blank line before its Source and Licence lines");
  return {
    header: records[0] ?? [],
    rows: records.slice(1, blank),
    footer: records.slice(blank + 1).map((record) => record.join(",")),
  };
}
