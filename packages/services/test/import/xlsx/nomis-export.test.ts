// The real Nomis export of UK Business Counts (fixtures/, see fixtures/SOURCE.md; one
// sheet "Data", 90 stacked blocks, written by Nomis with shared strings before the sheet).
// Expected rows computed independently with Python's zipfile and ElementTree:
//   z = zipfile.ZipFile(path); ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
//   ss = ["".join(t.text or "" for t in si.iter(ns + "t")) for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(ns + "si")]
//   for each <row> of xl/worksheets/sheet1.xml: each <c> with a <v>: t="s" -> ss[int(v)], else the
//   number (integers without ".0"); keep rows with any non-empty text, fields by column letter.
// That gives 36,360 rows (every cell is a shared string or a number; no formulas, no dates).
import { describe, expect, it } from "vitest";
import { openXlsxRows } from "../../../src/import/xlsx/open-xlsx-rows.ts";
import { allRows } from "./read-workbook.ts";

const path = new URL("./fixtures/nomis_2022_11_08_144021.xlsx", import.meta.url).pathname;

describe("openXlsxRows on the Nomis UK Business Counts export", () => {
  it("reads every non-blank row with its sheet row number", async () => {
    const source = await openXlsxRows(path, { label: "nomis.xlsx" });
    expect(source.label).toBe('nomis.xlsx [sheet "Data"]');
    const rows = await allRows(source);
    expect(rows.length).toBe(36_360);
    expect(rows.slice(0, 8).map((row) => [row.line, row.fields])).toEqual([
      [1, ["UK Business Counts - enterprises by industry and employment size band"]],
      [2, ["ONS Crown Copyright Reserved [from Nomis on 8 November 2022]"]],
      [4, ["date", "2018"]],
      [5, ["industry", "1 : Agriculture, forestry & fishing (A)"]],
      [6, ["legal status", "Total"]],
      [
        8,
        ["Area", "Total", "Micro (0 to 9)", "Small (10 to 49)", "Medium-sized (50 to 249)", "Large (250+)"],
      ],
      [9, ["ladu:Barnsley", "260", "255", "0", "0", "0"]],
      [10, ["ladu:Bradford", "310", "305", "5", "0", "0"]],
    ]);
    expect(rows.slice(-4, -2).map((row) => [row.line, row.fields])).toEqual([
      [36_804, ["lep:Hull and East Riding", "1365", "1250", "100", "10", "0"]],
      [36_805, ["lep:Leeds City Region", "4950", "4500", "390", "50", "10"]],
    ]);
    expect(rows.at(-1)?.line).toBe(36_808);
    expect(rows.at(-1)?.fields[0]?.startsWith("In 2015, ONS extended the coverage of businesses")).toBe(true);
    expect(source.facts).toEqual({ sheet: "Data", worksheets: "1" });
  });
});
