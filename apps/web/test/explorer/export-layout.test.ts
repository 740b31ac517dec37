// Expected positions by hand from exportLayout's constants: padding 8, title 28, key rows 18 and
// columns 180, footer lines 14 (first baseline 16 below the key, 10 under the last), characters
// counted 6.5 units wide.
import { describe, expect, it } from "vitest";
import { exportLayout, wrapWords } from "../../src/explorer/export-layout.ts";

const entries = [
  { colour: "#1d5aa6", label: "Section C" },
  { colour: "#0369a1", label: "Section J" },
  { colour: "#6b7686", label: "Other" },
];
const footer = ["Source: ONS", "Licence: OGL"];

describe("exportLayout", () => {
  it("puts only the footer lines under a chart without title or key", () => {
    expect(exportLayout(400, 300, { footer })).toEqual({
      width: 400,
      height: 338,
      chartY: 0,
      titleY: null,
      legend: [],
      footer: [
        { text: "Source: ONS", y: 316 },
        { text: "Licence: OGL", y: 330 },
      ],
    });
  });

  it("fills the key row by row in as many 180-unit columns as fit", () => {
    // (400 - 16) / 180 = 2.1 -> 2 columns; 3 entries -> 2 rows of 18 plus 4 above.
    const layout = exportLayout(400, 300, { legend: entries, footer });
    expect(layout.legend.map(({ x, y, label }) => [x, y, label])).toEqual([
      [8, 304, "Section C"],
      [188, 304, "Section J"],
      [8, 322, "Other"],
    ]);
    expect([layout.footer.map((line) => line.y), layout.height]).toEqual([[356, 370], 378]);
  });

  it("moves the chart and everything under it down by the title line", () => {
    const layout = exportLayout(400, 300, { title: "Activity space", legend: entries, footer });
    expect([layout.chartY, layout.titleY, layout.legend[0]?.y, layout.footer[0]?.y, layout.height]).toEqual([
      28, 19, 332, 384, 406,
    ]);
  });

  it("keeps one key column on a narrow chart and wraps the footer to its width", () => {
    // (150 - 16) / 6.5 = 20.6 -> lines of at most 20 characters.
    const layout = exportLayout(150, 100, {
      legend: entries.slice(0, 2),
      footer: ["Source: Office for National Statistics", "Licence: OGL"],
    });
    expect(layout.legend.map(({ x, y }) => [x, y])).toEqual([
      [8, 104],
      [8, 122],
    ]);
    expect(layout.footer).toEqual([
      { text: "Source: Office for", y: 156 },
      { text: "National Statistics", y: 170 },
      { text: "Licence: OGL", y: 184 },
    ]);
  });
});

describe("wrapWords", () => {
  it("fills lines up to the limit and gives a longer word a line of its own", () => {
    expect(wrapWords("Source: ONS, BRES", 12)).toEqual(["Source: ONS,", "BRES"]);
    expect(wrapWords("a verylongword b", 5)).toEqual(["a", "verylongword", "b"]);
    expect(wrapWords("  ", 5)).toEqual([]);
  });
});
