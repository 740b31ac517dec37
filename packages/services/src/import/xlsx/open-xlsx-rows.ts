// The .xlsx row source of the importer. Opening reads only the small parts (zip directory,
// workbook, relationships, styles) and checks the file and the sheet, so every file-level
// problem is reported before any row; `rows()` then streams the shared strings and the sheet.
//
//   open:  identify the file -> zip directory -> workbook + rels -> choose the sheet -> styles
//   rows:  shared strings (once, kept) -> sheet XML chunk by chunk -> batches of SourceRow
//
// The reader unpacks the zip itself (node:zlib) and parses XML with saxes instead of using
// exceljs 4.4's WorkbookReader: that reader decodes each chunk on its own (a character split
// across chunks is garbled: 19 of 200,000 distinct strings in a trial), drops the type of formula
// results (=TRUE() reads 1, =NA() loses its #N/A), keeps only the last run of a rich inline
// string, and copies a sheet to a temporary file whenever the shared strings come after it in
// the zip, which is the order Excel writes. exceljs stays the tool for writing workbooks.
import { type FileHandle, open } from "node:fs/promises";
import { inputMessages } from "../../input/input-messages.ts";
import { describeSystemError } from "../../input/read-byte-chunks.ts";
import type { RowSource } from "../row-source.ts";
import { readCellFormats } from "./cell-formats.ts";
import { chooseSheet } from "./choose-sheet.ts";
import { identifyWorkbookFile } from "./identify-workbook-file.ts";
import { inPart } from "./in-part.ts";
import { readWorkbookLayout } from "./workbook-sheets.ts";
import { xlsxMessages } from "./xlsx-messages.ts";
import { XlsxRowSource } from "./xlsx-row-source.ts";
import type { ZipEntry } from "./zip-directory.ts";
import { entryDataOffset, readZipEntry } from "./zip-entry.ts";

export interface XlsxRowsOptions {
  /** The file as messages show it; default: `path` as given. */
  readonly label?: string;
  /** The worksheet to read (exact name, else the one name that matches ignoring case); default: the first visible worksheet. */
  readonly sheet?: string;
}

async function openFile(path: string, file: string): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, "r");
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    return { handle, size: stats.size };
  } catch (error) {
    await handle?.close();
    throw inputMessages.unreadableFile(file, describeSystemError(error));
  }
}

/**
 * Opens the worksheet of an .xlsx (or .xlsm) workbook as a `RowSource` labelled
 * `data.xlsx [sheet "Data"]`. Rows come in batches as the sheet is unpacked; `rows()` can be
 * iterated again (each pass re-reads the sheet). Throws `InputError` when the file is not an
 * .xlsx workbook (old .xls, encrypted, .xlsb, .ods, CSV or HTML renamed, damaged), when the named
 * sheet does not exist or when the workbook has no worksheet; `rows()` throws for an empty sheet,
 * a formula without a saved result and a damaged part. Error cells are passed through as their
 * text (`"#N/A"`) and counted in `facts.errorCells` once `rows()` has run.
 * Example: `const source = await openXlsxRows("data.xlsx", { sheet: "Data" })`.
 */
export async function openXlsxRows(path: string, options: XlsxRowsOptions = {}): Promise<RowSource> {
  const file = options.label ?? path;
  const { handle, size } = await openFile(path, file);
  try {
    const entries = await identifyWorkbookFile(handle, size, file);
    const whole = (name: string | undefined): Promise<Uint8Array | undefined> => {
      const entry = name === undefined ? undefined : entries.get(name);
      return entry === undefined
        ? Promise.resolve(undefined)
        : inPart(file, entry.name, () => readZipEntry(handle, entry));
    };
    const workbookXml = (await whole("xl/workbook.xml"))!;
    const relsXml = await whole("xl/_rels/workbook.xml.rels");
    const layout = await inPart(file, "xl/workbook.xml", async () =>
      readWorkbookLayout(workbookXml, relsXml),
    );
    const sheet = chooseSheet(layout, options.sheet, file);
    const stylesXml = await whole(layout.stylesPart);
    const formats = await inPart(file, layout.stylesPart ?? "styles", async () => readCellFormats(stylesXml));
    const located = async (name: string) => {
      const entry = entries.get(name) as ZipEntry;
      return { entry, offset: await inPart(file, name, () => entryDataOffset(handle, entry)) };
    };
    if (sheet.part === undefined || !entries.has(sheet.part)) {
      throw xlsxMessages.damagedPart(
        file,
        sheet.part ?? `of sheet "${sheet.name}"`,
        "the file does not contain it",
      );
    }
    const sharedStringsPart = layout.sharedStringsPart;
    return new XlsxRowSource({
      path,
      file,
      sheet: sheet.name,
      worksheets: layout.sheets.filter((s) => s.kind === "worksheet").length,
      date1904: layout.date1904,
      formats,
      sheetPart: await located(sheet.part),
      sharedStringsPart:
        sharedStringsPart !== undefined && entries.has(sharedStringsPart)
          ? await located(sharedStringsPart)
          : undefined,
    });
  } finally {
    await handle.close();
  }
}
