import { describe, expect, it } from "vitest";
import { changePoints } from "../../src/explorer/change-plot.ts";
import { sortRows } from "../../src/explorer/sort-rows.ts";
import { spaceLinks } from "../../src/explorer/space-plot.ts";
import { uploadContentType } from "../../src/explorer/upload-content-type.ts";
import { queryString, readViewSearch, viewKeys } from "../../src/explorer/view-search.ts";

describe("readViewSearch / queryString", () => {
  it("keeps well-formed choices and drops malformed ones", () => {
    expect(
      readViewSearch({ year: "2022", level: "class", density: "x", complexity: 0.5, region: " " }),
    ).toEqual({
      year: 2022,
      level: "class",
      complexity: 0.5,
    });
  });
  it("writes only the named keys, in order", () => {
    expect(queryString({ year: 2022, level: "class", activity: "62" }, viewKeys)).toBe(
      "?year=2022&level=class",
    );
    expect(queryString({}, viewKeys)).toBe("");
  });
});

describe("sortRows", () => {
  const rows = [
    { a: 2, b: "y" },
    { a: null, b: "x" },
    { a: 1, b: "z" },
  ];
  it("sorts numbers both ways with missing values last", () => {
    expect(sortRows(rows, { key: "a", direction: "ascending" }).map((row) => row.a)).toEqual([1, 2, null]);
    expect(sortRows(rows, { key: "a", direction: "descending" }).map((row) => row.a)).toEqual([2, 1, null]);
  });
});

describe("changePoints", () => {
  it("turns LQ by year into long rows sorted by activity and year", () => {
    expect(
      changePoints([
        { activity: "62", lqByYear: { 2023: 1.5, 2022: 1.2 } },
        { activity: "10", lqByYear: { 2022: 2 } },
      ]),
    ).toEqual([
      { activity: "10", year: 2022, lq: 2 },
      { activity: "62", year: 2022, lq: 1.2 },
      { activity: "62", year: 2023, lq: 1.5 },
    ]);
  });

  it("drops years the log scale cannot draw: null (undefined) and 0", () => {
    expect(changePoints([{ activity: "30300", lqByYear: { 2019: null, 2020: 0, 2021: 4.5 } }])).toEqual([
      { activity: "30300", year: 2021, lq: 4.5 },
    ]);
  });
});

describe("spaceLinks", () => {
  it("gives each edge its ends' coordinates and drops edges to unknown nodes", () => {
    const node = (activity: string, x: number, y: number) => ({
      activity,
      title: activity,
      section: null,
      x,
      y,
      ubiquity: 1,
      pci: null,
    });
    const links = spaceLinks(
      [node("a", 0, 1), node("b", 2, 3)],
      [
        { source: "a", target: "b", proximity: 0.5, kind: "tree" },
        { source: "a", target: "c", proximity: 0.4, kind: "strong" },
      ],
    );
    expect(links).toEqual([{ x1: 0, y1: 1, x2: 2, y2: 3, kind: "tree" }]);
  });
});

describe("uploadContentType", () => {
  it("sends CSV and XLSX by their types and anything else as bytes", () => {
    expect(uploadContentType({ name: "jobs.CSV", type: "" })).toBe("text/csv");
    expect(uploadContentType({ name: "jobs.xlsx", type: "" })).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(uploadContentType({ name: "jobs.txt", type: "text/plain" })).toBe("application/octet-stream");
  });
});
