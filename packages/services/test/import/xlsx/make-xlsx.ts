// Test helper: a minimal .xlsx written from its XML parts, for the cell encodings exceljs never
// writes (inline and rich inline strings, phonetic runs, `t="d"`, cells without `r`, prefixed
// elements, CDATA) and for damaged or unusual archives.
import { makeZip, type ZipFileSpec } from "./make-zip.ts";

const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export interface SheetSpec {
  readonly name: string;
  /** What goes inside `<sheetData>`. */
  readonly rows?: string;
  /** The whole worksheet part instead. */
  readonly xml?: string;
  readonly state?: "hidden" | "veryHidden";
  /** A chart sheet: listed in the workbook, its part under xl/chartsheets/. */
  readonly kind?: "chartsheet";
}

export interface XlsxSpec {
  readonly sheets: readonly SheetSpec[];
  readonly sharedStrings?: readonly string[];
  /** The whole shared string part instead of `sharedStrings`. */
  readonly sharedStringsXml?: string;
  /** numFmtId of each cell style (`s` index), and custom format codes by id. */
  readonly cellFormats?: readonly number[];
  readonly customFormats?: Readonly<Record<number, string>>;
  readonly date1904?: boolean;
  /** Parts to leave out, by name (e.g. the relationships). */
  readonly omit?: readonly string[];
  readonly zip64?: boolean;
  /** Store every part uncompressed (zip method 0). */
  readonly stored?: boolean;
  /** Write the workbook parts after the sheets, as exceljs does. */
  readonly sheetsFirst?: boolean;
}

export const worksheetXml = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>${rows}</sheetData></worksheet>`;

export function sharedStringsXml(strings: readonly string[]): string {
  const items = strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}" count="${strings.length}">${items}</sst>`;
}

function stylesXml(spec: XlsxSpec): string {
  const custom = Object.entries(spec.customFormats ?? {})
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code).replace(/"/g, "&quot;")}"/>`)
    .join("");
  const xfs = (spec.cellFormats ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0"/>`).join("");
  // A named-style list first, with a date format, to show it is not mistaken for cell styles.
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${main}"><numFmts>${custom}</numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs>${xfs}</cellXfs></styleSheet>`;
}

/** The bytes of the workbook. */
export function makeXlsx(spec: XlsxSpec): Buffer {
  const sheetEntries = spec.sheets.map(
    (sheet, i) =>
      `<sheet name="${escapeXml(sheet.name).replace(/"/g, "&quot;")}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rId${i + 1}"/>`,
  );
  const pr = spec.date1904 ? `<workbookPr date1904="1"/>` : "";
  const workbook = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${relNs}">${pr}<sheets>${sheetEntries.join("")}</sheets></workbook>`;
  const relType = (t: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}`;
  const partOf = (sheet: SheetSpec, i: number) => `${sheet.kind ?? "worksheet"}s/sheet${i + 1}.xml`;
  const rels = spec.sheets.map(
    (sheet, i) =>
      `<Relationship Id="rId${i + 1}" Type="${relType(sheet.kind ?? "worksheet")}" Target="${partOf(sheet, i)}"/>`,
  );
  rels.push(`<Relationship Id="rIdS" Type="${relType("sharedStrings")}" Target="sharedStrings.xml"/>`);
  rels.push(`<Relationship Id="rIdT" Type="${relType("styles")}" Target="styles.xml"/>`);
  const book: ZipFileSpec[] = [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    },
    { name: "xl/workbook.xml", data: workbook },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
    },
    { name: "xl/styles.xml", data: stylesXml(spec) },
    {
      name: "xl/sharedStrings.xml",
      data: spec.sharedStringsXml ?? sharedStringsXml(spec.sharedStrings ?? []),
    },
  ];
  const sheets = spec.sheets.map((sheet, i) => ({
    name: `xl/${partOf(sheet, i)}`,
    data: sheet.xml ?? worksheetXml(sheet.rows ?? ""),
  }));
  const files = spec.sheetsFirst ? [...sheets, ...book] : [...book, ...sheets];
  return makeZip(
    files
      .filter((f) => !(spec.omit ?? []).includes(f.name))
      .map((f) => ({ ...f, method: spec.stored ? 0 : 8 })),
    { zip64: spec.zip64 ?? false },
  );
}
