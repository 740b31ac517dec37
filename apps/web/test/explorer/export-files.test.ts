import { describe, expect, it } from "vitest";
import { viewXlsxUrl } from "../../src/api/explorer-endpoints.ts";
import { exportBaseName, exportFileName, sourceLine, toCsv } from "../../src/explorer/export-files.ts";
import { sectionLegendEntries } from "../../src/explorer/section-colours.ts";

describe("toCsv", () => {
  it("writes the rows, a blank line, then the Source and Licence lines", () => {
    const csv = toCsv(
      [
        { code: "62", title: "Computer programming, consultancy", lq: 1.5 },
        { code: "10", title: 'Say "food"', lq: 0.25 },
      ],
      [
        { key: "code", label: "Activity" },
        { key: "title", label: "Title" },
        { key: "lq", label: "LQ" },
      ],
      "Office for National Statistics, BRES",
      "Open Government Licence v3.0",
    );
    expect(csv).toBe(
      'Activity,Title,LQ\r\n62,"Computer programming, consultancy",1.5\r\n10,"Say ""food""",0.25\r\n\r\n' +
        "Source: Office for National Statistics, BRES\r\nLicence: Open Government Licence v3.0\r\n",
    );
  });

  it("defuses cells that a spreadsheet would run as formulas, but not negative numbers", () => {
    const csv = toCsv(
      [{ a: "=HYPERLINK(1)", b: -1.5 }],
      [
        { key: "a", label: "A" },
        { key: "b", label: "B" },
      ],
      "S",
      "L",
    );
    expect(csv.split("\r\n")[1]).toBe(`"'=HYPERLINK(1)",-1.5`);
  });
});

describe("exportFileName", () => {
  it("joins data set, region and view, keeping the codes' case", () => {
    expect(exportFileName("uk-bres-itl2", "TLI3", "opportunities 2023", "svg")).toBe(
      "uk-bres-itl2-TLI3-opportunities-2023.svg",
    );
  });
});

describe("exportBaseName", () => {
  it("leaves out empty parts and replaces what a file name should not hold", () => {
    expect(exportBaseName(["uk-bres-itl2", "", "space 2021"])).toBe("uk-bres-itl2-space-2021");
    expect(exportBaseName(["upload-1", "R/1 ", "compare"])).toBe("upload-1-R-1-compare");
  });
});

describe("viewXlsxUrl", () => {
  it("carries each view's own choices, as its JSON route does", () => {
    const search = { year: 2021, level: "subclass", activity: "30300", region: "UKK1", regions: "UKK1,UKC1" };
    expect(viewXlsxUrl("map", "uk-bres-itl2", search)).toBe(
      "/api/explorer/uk-bres-itl2/map.xlsx?year=2021&level=subclass&activity=30300",
    );
    expect(viewXlsxUrl("space", "uk-bres-itl2", search)).toBe(
      "/api/explorer/uk-bres-itl2/space.xlsx?year=2021&level=subclass&region=UKK1",
    );
    expect(viewXlsxUrl("compare", "uk-bres-itl2", search)).toBe(
      "/api/explorer/uk-bres-itl2/compare.xlsx?year=2021&level=subclass&regions=UKK1%2CUKC1",
    );
  });
});

describe("sectionLegendEntries", () => {
  it("is the legend's sections with their colours, Other last", () => {
    expect(sectionLegendEntries([{ section: null }, { section: "J" }, { section: "c" }])).toEqual([
      { colour: "#1d5aa6", label: "Section C" },
      { colour: "#0369a1", label: "Section J" },
      { colour: "#6b7686", label: "Other" },
    ]);
  });
});

describe("sourceLine", () => {
  it("is the one footer line of SVG and PNG exports", () => {
    expect(sourceLine("ONS", "OGL v3")).toBe("Source: ONS Licence: OGL v3");
    expect(sourceLine("Source: ONS.", "OGL v3")).toBe("Source: ONS. Licence: OGL v3");
  });
});
