// Files handed over as .xlsx that are something else, each with the exact message. The old-style
// Office files are minimal compound files (a 512-byte header with the OLE signature, then a
// directory sector of 128-byte entries named in UTF-16), enough for what the reader looks at:
// the signature and the stream names ("Workbook" in .xls, "EncryptedPackage" in an encrypted .xlsx).
import { describe, expect, it } from "vitest";
import { tempFolder } from "../../temp-files.ts";
import { makeXlsx } from "./make-xlsx.ts";
import { makeZip } from "./make-zip.ts";
import { readFailure } from "./read-workbook.ts";

const { dir, file } = tempFolder("xlsx-not");

function compoundFile(streams: readonly string[]): Buffer {
  const bytes = Buffer.alloc(512 + 128 * (streams.length + 1));
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  ["Root Entry", ...streams].forEach((name, i) => {
    bytes.write(name, 512 + 128 * i, "utf16le");
    bytes.writeUInt16LE((name.length + 1) * 2, 512 + 128 * i + 64);
  });
  return bytes;
}

async function message(name: string, content: string | Uint8Array): Promise<string> {
  const error = await readFailure(file(name, content), { label: name });
  return `${error.code} | ${error.message}`;
}

const minimal = makeXlsx({ sheets: [{ name: "Data", rows: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });

describe("openXlsxRows says what a file is when it is not an .xlsx workbook", () => {
  it.each([
    [
      "empty.xlsx",
      Buffer.alloc(0),
      "empty-file | empty.xlsx: the file is empty; expected an Excel .xlsx workbook.",
    ],
    [
      "csv.xlsx",
      "region,activity,value\nUKK1,29,5\n",
      "not-a-workbook | csv.xlsx: not an Excel .xlsx workbook (it looks like a text file such as CSV; import it as a CSV file).",
    ],
    [
      "utf16.xlsx",
      Buffer.from("\ufeffregion\tvalue\n", "utf16le"),
      "not-a-workbook | utf16.xlsx: not an Excel .xlsx workbook (it looks like a text file such as CSV; import it as a CSV file).",
    ],
    [
      "page.xls.xlsx",
      "\ufeff  <!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>",
      "not-a-workbook | page.xls.xlsx: not an Excel .xlsx workbook (it is a web page (HTML) saved with an Excel name; open it in Excel and save it as .xlsx, or save the table as CSV).",
    ],
    [
      "xml2003.xlsx",
      '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
      "not-a-workbook | xml2003.xlsx: not an Excel .xlsx workbook (it is an XML Spreadsheet 2003 file; save it as .xlsx or CSV).",
    ],
    [
      "other.xlsx",
      '<?xml version="1.0"?><data/>',
      "not-a-workbook | other.xlsx: not an Excel .xlsx workbook (it is an XML file; save it as .xlsx or CSV).",
    ],
    [
      "image.xlsx",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      "not-a-workbook | image.xlsx: not an Excel .xlsx workbook (it does not start like a zip archive, which every .xlsx file is; check that this is the right file).",
    ],
    [
      "old.xlsx",
      compoundFile(["Workbook", "\u0005SummaryInformation"]),
      "not-a-workbook | old.xlsx: not an Excel .xlsx workbook (it looks like an old .xls file; save it as .xlsx or CSV).",
    ],
    [
      "locked.xlsx",
      compoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]),
      "not-a-workbook | locked.xlsx: the workbook is encrypted with a password; save a copy without the password (or as CSV) and import that.",
    ],
    [
      "letter.xlsx",
      compoundFile(["WordDocument", "1Table"]),
      "not-a-workbook | letter.xlsx: not an Excel .xlsx workbook (it is an old-style Office file, not a workbook; save it as .xlsx or CSV).",
    ],
    [
      "archive.xlsx",
      makeZip([{ name: "readme.txt", data: "hello" }]),
      "not-a-workbook | archive.xlsx: not an Excel .xlsx workbook (it is a zip archive without a workbook inside; check that this is the right file).",
    ],
    [
      "binary.xlsx",
      makeZip([{ name: "xl/workbook.bin", data: "\u0083\u0001" }]),
      "not-a-workbook | binary.xlsx: not an Excel .xlsx workbook (it is a binary .xlsb workbook; save it as .xlsx or CSV).",
    ],
    [
      "calc.xlsx",
      makeZip([
        { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", method: 0 },
        { name: "content.xml", data: "<office:document-content/>" },
      ]),
      "not-a-workbook | calc.xlsx: not an Excel .xlsx workbook (it looks like an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV).",
    ],
    [
      "report.xlsx",
      makeZip([{ name: "word/document.xml", data: "<w:document/>" }]),
      "not-a-workbook | report.xlsx: not an Excel .xlsx workbook (it is a Word document; check that this is the right file).",
    ],
    [
      "zipcrypto.xlsx",
      makeZip([
        { name: "xl/workbook.xml", data: "<workbook/>", flags: 1 },
        { name: "xl/worksheets/sheet1.xml", data: "<worksheet/>", flags: 1 },
      ]),
      "not-a-workbook | zipcrypto.xlsx: the workbook is encrypted with a password; save a copy without the password (or as CSV) and import that.",
    ],
    [
      "cut.xlsx",
      minimal.subarray(0, 300),
      "not-a-workbook | cut.xlsx: not an Excel .xlsx workbook (it starts like a zip archive but is damaged or cut short; download or export it again).",
    ],
  ])("%s", async (name, content, expected) => {
    expect(await message(name, content)).toBe(expected);
  });
});

describe("openXlsxRows reports a file it cannot read", () => {
  it("a missing file and a folder", async () => {
    const missing = await readFailure(`${dir}/missing.xlsx`, { label: "missing.xlsx" });
    expect(`${missing.code} | ${missing.message}`).toBe(
      "unreadable-file | missing.xlsx: cannot read the file (no such file).",
    );
    const folder = await readFailure(dir, { label: "folder.xlsx" });
    expect(folder.message).toBe("folder.xlsx: cannot read the file (it is a folder).");
  });

  it("a sheet whose part the archive does not hold", async () => {
    const path = file(
      "lost.xlsx",
      makeXlsx({ sheets: [{ name: "Data" }], omit: ["xl/worksheets/sheet1.xml"] }),
    );
    const error = await readFailure(path, { label: "lost.xlsx" });
    expect(`${error.code} | ${error.message}`).toBe(
      "unreadable-file | lost.xlsx: cannot read the workbook part xl/worksheets/sheet1.xml (the file does not contain it); open the file in Excel or LibreOffice and save it again.",
    );
  });

  it("a part whose compressed data is damaged", async () => {
    const bytes = makeXlsx({
      sheets: [{ name: "Data", rows: `<row r="1"><c r="A1"><v>${"7".repeat(5000)}</v></c></row>` }],
    });
    // The first occurrence of the name is the sheet's local header; its deflate data follows it.
    const sheetAt = bytes.indexOf("xl/worksheets/sheet1.xml");
    bytes.fill(0xff, sheetAt + 40, sheetAt + 60);
    const error = await readFailure(file("garbled.xlsx", bytes), { label: "garbled.xlsx" });
    // The reason is zlib's own words for the bytes written above.
    expect(`${error.code} | ${error.message}`).toBe(
      "unreadable-file | garbled.xlsx: cannot read the workbook part xl/worksheets/sheet1.xml (it cannot be unpacked: invalid bit length repeat); open the file in Excel or LibreOffice and save it again.",
    );
  });

  it("a chart sheet asked for by name", async () => {
    const path = file(
      "chart.xlsx",
      makeXlsx({
        sheets: [
          { name: "Data", rows: "" },
          { name: "Chart 1", kind: "chartsheet" },
        ],
      }),
    );
    const error = await readFailure(path, { label: "chart.xlsx", sheet: "Chart 1" });
    expect(`${error.code} | ${error.message}`).toBe(
      'unknown-sheet | chart.xlsx: sheet "Chart 1" is a chart sheet, not a table of cells; its worksheets are "Data".',
    );
    const only = file("chart-only.xlsx", makeXlsx({ sheets: [{ name: "Chart 1", kind: "chartsheet" }] }));
    expect((await readFailure(only, { label: "chart-only.xlsx" })).message).toBe(
      "chart-only.xlsx: the workbook has no worksheets (only chart sheets or none).",
    );
  });
});
