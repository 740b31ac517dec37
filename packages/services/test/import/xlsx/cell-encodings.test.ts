// openXlsxRows on hand-written sheet XML: the encodings of a cell that exceljs never writes but
// Excel, LibreOffice and other producers do. Each expectation is read off the XML in the test.
import { describe, expect, it } from "vitest";
import { openXlsxRows } from "../../../src/import/xlsx/open-xlsx-rows.ts";
import { tempFolder } from "../../temp-files.ts";
import { makeXlsx, type XlsxSpec } from "./make-xlsx.ts";
import { allRows, readFailure, readRows } from "./read-workbook.ts";

const { file } = tempFolder("xlsx-cells");
let count = 0;
const saved = (spec: XlsxSpec) => file(`cells-${++count}.xlsx`, makeXlsx(spec));
const oneSheet = (rows: string, more: Partial<XlsxSpec> = {}) =>
  saved({ sheets: [{ name: "Data", rows }], ...more });

describe("openXlsxRows reads every string encoding", () => {
  it("inline strings, plain and rich, with CDATA and entities", async () => {
    const path = oneSheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>plain</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><t xml:space="preserve">West </t></r><r><rPr><b/></rPr><t>of England</t></r></is></c>' +
        '<c r="C1" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c>' +
        '<c r="D1" t="str"><f>"&amp;lt;"</f><v>&amp;lt;</v></c></row>',
    );
    // exceljs 4.4 reads B1 as "of England" (last run only) and D1 as "<" (entities decoded twice).
    expect(await readRows(path)).toEqual([[1, ["plain", "West of England", "a<b", "&lt;"]]]);
  });

  it("shared strings with rich runs, phonetic guides and _xHHHH_ escapes", async () => {
    const path = oneSheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
      {
        sharedStringsXml:
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
          "<si><r><t>Bristol, </t></r><r><rPr><i/></rPr><t>City of</t></r></si>" +
          '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
          "<si><t>line 1_x000D_\nline 2</t></si>" +
          "<si><t>_x005F_x000D_ stays</t></si></sst>",
      },
    );
    // exceljs 4.4 reads B1 as the reading トウキョウ instead of the text.
    expect(await readRows(path)).toEqual([
      [1, ["Bristol, City of", "東京", "line 1\r\nline 2", "_x000D_ stays"]],
    ]);
  });

  it("a character split across two unpacked chunks stays whole (30,000 distinct non-ASCII strings)", async () => {
    // About 1.5 MB of XML, a quarter of its bytes inside multi-byte characters: of the ~24
    // chunk boundaries some split a character (decoding each chunk alone fails this test).
    const strings = Array.from({ length: 30_000 }, (_, i) => `Ynys Môn ☃☃☃☃ ${i}`);
    const rows = strings
      .map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`)
      .join("");
    const source = await openXlsxRows(oneSheet(rows, { sharedStrings: strings }));
    const read = (await allRows(source)).map((row) => row.fields[0]);
    expect(read).toEqual(strings);
  });
});

describe("openXlsxRows reads other cell encodings", () => {
  it("ISO dates (t=d), formula results of each type, shared formulas, and empty values of each type", async () => {
    const path = oneSheet(
      '<row r="1"><c r="A1" t="d"><v>2021-03-04T00:00:00Z</v></c><c r="B1" t="d"><v>2021-03-04T12:30:00.000</v></c>' +
        '<c r="C1" t="b"><f>TRUE()</f><v>1</v></c><c r="D1" t="e"><f>NA()</f><v>#N/A</v></c>' +
        '<c r="E1"><f t="shared" ref="E1:E2" si="0">A1+1</f><v>5</v></c></row>' +
        '<row r="2"><c r="E2"><f t="shared" si="0"/><v>6</v></c><c r="F2" t="str"><f>""</f><v></v></c><c r="G2" t="inlineStr"/>' +
        '<c r="H2" t="s"><v></v></c><c r="I2" t="e"><v/></c></row>',
      { sharedStrings: ["string 0"] },
    );
    expect(await readRows(path)).toEqual([
      [1, ["2021-03-04", "2021-03-04T12:30:00", "TRUE", "#N/A", "5"]],
      [2, ["", "", "", "", "6"]],
    ]);
  });

  it("cells and rows without a reference follow the previous one", async () => {
    const path = oneSheet(
      '<row><c t="s"><v>0</v></c><c><v>5</v></c></row><row><c r="C2"><v>6</v></c><c><v>7</v></c></row>',
      {
        sharedStrings: ["a"],
      },
    );
    expect(await readRows(path)).toEqual([
      [1, ["a", "5"]],
      [2, ["", "", "6", "7"]],
    ]);
  });

  it("prefixed SpreadsheetML elements read like plain ones; extensions after the cells are ignored", async () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="3"><x:c r="B3"><x:v>1.25</x:v></x:c></x:row></x:sheetData>' +
      // A data validation list after the cells: its <xm:f> is not a cell formula.
      '<x:extLst><x:ext xmlns:x14="x14" xmlns:xm="xm"><x14:dataValidations><x14:dataValidation>' +
      "<x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>A2</xm:sqref>" +
      "</x14:dataValidation></x14:dataValidations></x:ext></x:extLst></x:worksheet>";
    expect(await readRows(saved({ sheets: [{ name: "P", xml }] }))).toEqual([[3, ["", "1.25"]]]);
  });

  it("number formats: custom dates, elapsed time, text around numbers, and named styles ignored", async () => {
    const path = oneSheet(
      '<row r="1"><c r="A1" s="1"><v>44259</v></c><c r="B1" s="2"><v>1.5</v></c><c r="C1" s="3"><v>1234.5</v></c>' +
        '<c r="D1"><v>44259</v></c><c r="E1" s="4"><v>44259.75</v></c><c r="F1" s="5"><v>44259</v></c></row>',
      {
        cellFormats: [0, 164, 165, 166, 22, 167],
        customFormats: {
          164: "dd/mm/yyyy",
          165: "[h]:mm:ss",
          166: '#,##0.00 "kg"',
          167: "[$-809]d mmmm yyyy;@",
        },
      },
    );
    // 1.5 days as [h]:mm:ss is 36 hours; D1 has style 0 (General) although the named-style
    // list holds a date format; 44259.75 is 18:00 on 2021-03-04.
    expect(await readRows(path)).toEqual([
      [1, ["2021-03-04", "36:00:00", "1234.5", "44259", "2021-03-04T18:00:00", "2021-03-04"]],
    ]);
  });

  it("a workbook without relationships part finds its parts where every producer puts them", async () => {
    const path = oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', {
      sharedStrings: ["found"],
      omit: ["xl/_rels/workbook.xml.rels"],
    });
    expect(await readRows(path)).toEqual([[1, ["found"]]]);
  });

  it("zip64 archives and stored (uncompressed) entries", async () => {
    const rows = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c></row>';
    expect(await readRows(oneSheet(rows, { sharedStrings: ["z"], zip64: true }))).toEqual([[1, ["z", "2"]]]);
    expect(await readRows(oneSheet(rows, { sharedStrings: ["s"], stored: true }))).toEqual([[1, ["s", "2"]]]);
  });
});

describe("openXlsxRows reports a damaged cell or part with its place", () => {
  it("an empty formula result in a number cell (openpyxl's uncalculated formulas)", async () => {
    const error = await readFailure(oneSheet('<row r="4"><c r="AB4"><f>SUM(A1:A3)</f><v></v></c></row>'), {
      label: "py.xlsx",
    });
    expect(error.message).toBe(
      'py.xlsx [sheet "Data"], cell AB4: the formula =SUM(A1:A3) has no saved result (the program that wrote the file did not calculate it); open the file in Excel or LibreOffice and save it again, then import it.',
    );
  });

  it("a shared string the table does not have", async () => {
    const error = await readFailure(
      oneSheet('<row r="2"><c r="C2" t="s"><v>7</v></c></row>', { sharedStrings: ["a"] }),
      {
        label: "bad.xlsx",
      },
    );
    expect(error.code).toBe("unreadable-file");
    expect(error.message).toBe(
      'bad.xlsx [sheet "Data"], cell C2: the cell points at shared string 7, which the workbook does not have; the file is damaged; open the file in Excel or LibreOffice and save it again.',
    );
  });

  it("malformed sheet XML names the part", async () => {
    const error = await readFailure(oneSheet('<row r="1"><c r="A1"><v>1</v></row>'), {
      label: "broken.xlsx",
    });
    expect(error.code).toBe("unreadable-file");
    expect(error.message).toBe(
      "broken.xlsx: cannot read the workbook part xl/worksheets/sheet1.xml (it is not well-formed XML: unexpected close tag); open the file in Excel or LibreOffice and save it again.",
    );
  });
});
