import { describe, expect, it } from "vitest";
import { exportFileName, sourceLine, toCsv } from "../../src/explorer/export-files.ts";

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

describe("sourceLine", () => {
  it("is the one footer line of SVG and PNG exports", () => {
    expect(sourceLine("ONS", "OGL v3")).toBe("Source: ONS Licence: OGL v3");
    expect(sourceLine("Source: ONS.", "OGL v3")).toBe("Source: ONS. Licence: OGL v3");
  });
});
