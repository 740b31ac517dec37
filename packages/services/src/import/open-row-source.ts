// Picks the reader for a file: a workbook by its magic bytes (zip or OLE compound file) or by a
// spreadsheet name, where the XLSX reader explains what the file really is (an old .xls, a CSV
// renamed, an HTML page...); anything else is CSV text.
import { open } from "node:fs/promises";
import { inputMessages } from "../input/input-messages.ts";
import { describeSystemError } from "../input/read-byte-chunks.ts";
import { OptionError } from "../pipeline/option-error.ts";
import type { ImportDelimiter } from "./csv/guess-delimiter.ts";
import { openCsvRows } from "./csv/open-csv-rows.ts";
import type { TextEncodingName } from "./csv/text-decoding.ts";
import type { RowSource } from "./row-source.ts";
import { openXlsxRows } from "./xlsx/open-xlsx-rows.ts";

export interface OpenRowSourceOptions {
  readonly label: string;
  readonly sheet?: string;
  readonly delimiter?: ImportDelimiter;
  readonly encoding?: TextEncodingName;
}

const workbookName = /\.(xlsx|xlsm|xls|xlsb|ods)$/i;

/** Whether the file starts like a zip archive (every .xlsx) or an OLE compound file (.xls). */
async function startsLikeWorkbook(path: string, label: string): Promise<boolean> {
  try {
    const handle = await open(path, "r");
    try {
      const head = new Uint8Array(4);
      await handle.read(head, 0, 4, 0);
      const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4;
      const ole = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
      return zip || ole;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw inputMessages.unreadableFile(label, describeSystemError(error));
  }
}

/**
 * The rows of `path` as a `RowSource`: an XLSX worksheet or CSV text. Throws `InputError` when
 * the file cannot be opened, `OptionError` for CSV options on a workbook and the reverse.
 */
export async function openRowSource(path: string, options: OpenRowSourceOptions): Promise<RowSource> {
  const { label, sheet, delimiter, encoding } = options;
  if ((await startsLikeWorkbook(path, label)) || workbookName.test(path)) {
    if (delimiter !== undefined || encoding !== undefined) {
      throw new OptionError("--delimiter and --encoding are for CSV files; this file is a workbook");
    }
    return openXlsxRows(path, sheet === undefined ? { label } : { label, sheet });
  }
  if (sheet !== undefined) throw new OptionError(`--sheet is for .xlsx workbooks; ${label} is read as CSV`);
  return openCsvRows(path, {
    label,
    ...(delimiter === undefined ? {} : { delimiter }),
    ...(encoding === undefined ? {} : { encoding }),
  });
}
