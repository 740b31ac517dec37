// What a file given as a workbook really is. An .xlsx is a zip archive holding xl/workbook.xml;
// users also hand over old .xls files (an OLE compound file, as are password-encrypted .xlsx
// files: MS-OFFCRYPTO 2.3.4.4 stores them as an "EncryptedPackage" stream), .xlsb and .ods
// archives, CSV files renamed and HTML pages that web sites save with an Excel name. Each gets a
// message that says what the file looks like and what to do.
import type { FileHandle } from "node:fs/promises";
import { xlsxMessages } from "./xlsx-messages.ts";
import { readZipDirectory, type ZipEntry } from "./zip-directory.ts";

const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (name: string) => Buffer.from(name, "utf16le");
const saveAs = "save it as .xlsx or CSV";

const startsWith = (head: Buffer, bytes: readonly number[]) => bytes.every((b, i) => head[i] === b);

/** Whether an OLE compound file names a stream, by its UTF-16 name in a directory entry. */
async function oleHasStream(handle: FileHandle, size: number, names: readonly Buffer[]): Promise<boolean> {
  const chunk = Buffer.alloc(1 << 20);
  for (let at = 0; at < size; at += chunk.length - 64) {
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, at);
    const view = chunk.subarray(0, bytesRead);
    if (names.some((name) => view.includes(name))) return true;
    if (bytesRead < chunk.length) break;
  }
  return false;
}

async function describeOleFile(handle: FileHandle, size: number, file: string): Promise<never> {
  if (await oleHasStream(handle, size, [utf16("EncryptedPackage")])) throw xlsxMessages.encrypted(file);
  const why = (await oleHasStream(handle, size, [utf16("Workbook"), utf16("Book")]))
    ? "it looks like an old .xls file"
    : "it is an old-style Office file, not a workbook";
  throw xlsxMessages.notAWorkbook(file, why, saveAs);
}

function describeArchive(entries: Map<string, ZipEntry>, file: string): never {
  if (entries.has("xl/workbook.bin"))
    throw xlsxMessages.notAWorkbook(file, "it is a binary .xlsb workbook", saveAs);
  if (entries.has("mimetype") || entries.has("content.xml")) {
    throw xlsxMessages.notAWorkbook(file, "it looks like an OpenDocument spreadsheet (.ods)", saveAs);
  }
  const what = entries.has("word/document.xml")
    ? "it is a Word document"
    : "it is a zip archive without a workbook inside";
  throw xlsxMessages.notAWorkbook(file, what, "check that this is the right file");
}

function describeOtherFile(head: Buffer, file: string): never {
  const text = head
    .toString("latin1")
    .replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, "")
    .trimStart();
  const lower = text.slice(0, 4096).toLowerCase();
  if (text.startsWith("<")) {
    if (lower.includes("urn:schemas-microsoft-com:office:spreadsheet")) {
      throw xlsxMessages.notAWorkbook(file, "it is an XML Spreadsheet 2003 file", saveAs);
    }
    if (lower.includes("<html") || lower.includes("<!doctype html")) {
      throw xlsxMessages.notAWorkbook(
        file,
        "it is a web page (HTML) saved with an Excel name",
        "open it in Excel and save it as .xlsx, or save the table as CSV",
      );
    }
    throw xlsxMessages.notAWorkbook(file, "it is an XML file", saveAs);
  }
  if (!head.includes(0) || head[0] === 0xff || head[0] === 0xfe) {
    throw xlsxMessages.notAWorkbook(file, "it looks like a text file such as CSV", "import it as a CSV file");
  }
  throw xlsxMessages.notAWorkbook(
    file,
    "it does not start like a zip archive, which every .xlsx file is",
    "check that this is the right file",
  );
}

/**
 * The zip entries of an .xlsx file, or an `InputError` saying what else the file is (empty,
 * old .xls, encrypted, .xlsb, .ods, a zip without a workbook, text, HTML, damaged).
 * Example: `const entries = await identifyWorkbookFile(handle, size, "data.xlsx")`.
 */
export async function identifyWorkbookFile(
  handle: FileHandle,
  size: number,
  file: string,
): Promise<Map<string, ZipEntry>> {
  if (size === 0) throw xlsxMessages.emptyFile(file);
  const head = Buffer.alloc(Math.min(size, 4096));
  await handle.read(head, 0, head.length, 0);
  if (startsWith(head, oleMagic)) return describeOleFile(handle, size, file);
  if (!startsWith(head, [0x50, 0x4b])) describeOtherFile(head, file);
  const entries = await readZipDirectory(handle, size);
  if (entries === undefined) {
    throw xlsxMessages.notAWorkbook(
      file,
      "it starts like a zip archive but is damaged or cut short",
      "download or export it again",
    );
  }
  if ([...entries.values()].some((entry) => (entry.flags & 1) !== 0)) throw xlsxMessages.encrypted(file);
  if (!entries.has("xl/workbook.xml")) describeArchive(entries, file);
  return entries;
}
