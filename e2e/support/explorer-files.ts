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
