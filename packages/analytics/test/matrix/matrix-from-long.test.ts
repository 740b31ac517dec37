import { describe, expect, it } from "vitest";
import { AnalyticsError } from "../../src/common/analytics-error.ts";
import { dropEmpty } from "../../src/matrix/drop-empty.ts";
import { matrixFromLong, panelFromLong } from "../../src/matrix/matrix-from-long.ts";
import { matrixFromRows } from "../../src/matrix/region-activity-matrix.ts";

const panelOf = (table: Parameters<typeof panelFromLong>[0]) => () => panelFromLong(table);

describe("matrixFromLong", () => {
  it("sorts codes as text, keeps leading zeros and fills missing cells with zero", () => {
    const m = matrixFromLong({ region: ["b", "a", "a"], activity: ["0011", "11", "0011"], value: [1, 2, 3] });
    expect(m.regions).toEqual(["a", "b"]);
    expect(m.activities).toEqual(["0011", "11"]);
    expect([...m.values]).toEqual([3, 2, 1, 0]);
  });

  it("names the record of a duplicate cell, or sums on request", () => {
    const table = { region: ["a", "a"], activity: ["x", "x"], value: [1, 2] };
    expect(() => matrixFromLong(table)).toThrow('Region "a", activity "x" appears twice (records 1 and 2).');
    expect([...matrixFromLong(table, { duplicates: "sum" }).values]).toEqual([3]);
  });

  it("names the first record of a repeated cell when other records came between", () => {
    const table = {
      region: ["a", "a", "b", "a", "a"],
      activity: ["y", "x", "x", "y", "x"],
      value: [1, 2, 3, 4, 5],
    };
    expect(() => matrixFromLong(table)).toThrow('Region "a", activity "y" appears twice (records 1 and 4).');
    const coded = panelOf({ ...table, time: ["1", "1", "1", "2", "1"] });
    expect(coded).toThrow('Region "a", activity "x", time "1" appears twice (records 2 and 5).');
  });

  it("rejects negative and non-finite values with the record index", () => {
    try {
      matrixFromLong({ region: ["a", "b"], activity: ["x", "x"], value: [1, -2] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AnalyticsError);
      expect((e as AnalyticsError).code).toBe("invalid-value");
      expect((e as AnalyticsError).details.index).toBe(1);
    }
  });

  it("gives the same panel from interned code ids as from the strings", () => {
    const table = {
      region: ["b", "a", "b"],
      activity: ["11", "0011", "0011"],
      value: [1, 2, 3],
      time: ["2021", "2020", "2020"],
    };
    const coded = {
      region: { codes: ["b", "a"], ids: Int32Array.from([0, 1, 0]) },
      activity: { codes: ["11", "0011"], ids: Int32Array.from([0, 1, 1]) },
      time: { codes: ["2021", "2020"], ids: Int32Array.from([0, 1, 1]) },
    };
    const fromStrings = panelFromLong(table);
    const fromIds = panelFromLong({ ...table, coded });
    expect(fromIds.times).toEqual(["2020", "2021"]);
    expect(fromIds.matrices[0]!.regions).toEqual(["a", "b"]);
    expect(fromIds.matrices[0]!.activities).toEqual(["0011", "11"]);
    expect(fromIds.matrices.map((m) => [...m.values])).toEqual(
      fromStrings.matrices.map((m) => [...m.values]),
    );
    expect(fromIds.matrices.map((m) => [...m.values])).toEqual([
      [2, 0, 3, 0],
      [0, 0, 0, 1],
    ]);
  });

  it("builds one matrix per period over the union of codes", () => {
    const panel = panelFromLong({
      region: ["a", "a", "b"],
      activity: ["x", "y", "x"],
      value: [1, 2, 3],
      time: ["2021", "2020", "2021"],
    });
    expect(panel.times).toEqual(["2020", "2021"]);
    expect([...panel.matrices[0]!.values]).toEqual([0, 2, 0, 0]);
    expect([...panel.matrices[1]!.values]).toEqual([1, 0, 3, 0]);
  });
});

describe("dropEmpty", () => {
  it("drops and reports all-zero regions and activities", () => {
    const m = matrixFromRows(
      ["a", "b", "c"],
      ["x", "y", "z"],
      [
        [1, 0, 2],
        [0, 0, 0],
        [3, 0, 4],
      ],
    );
    const result = dropEmpty(m);
    expect(result.droppedRegions).toEqual(["b"]);
    expect(result.droppedActivities).toEqual(["y"]);
    expect([...result.matrix.values]).toEqual([1, 2, 3, 4]);
    expect([...result.keptRegionIndex]).toEqual([0, 2]);
  });

  it("finds empty rows after every column is covered (the scan that stops at a row's first cell)", () => {
    const m = matrixFromRows(
      ["a", "b", "c", "d", "e"],
      ["x", "y", "z"],
      [
        [1, 0, 2],
        [0, 5, 0], // every column covered from here
        [0, 0, 0],
        [0, 0, 7],
        [0, 0, 0],
      ],
    );
    const result = dropEmpty(m);
    expect(result.droppedRegions).toEqual(["c", "e"]);
    expect(result.droppedActivities).toEqual([]);
    expect([...result.keptRegionIndex]).toEqual([0, 1, 3]);
    expect([...result.matrix.values]).toEqual([1, 0, 2, 0, 5, 0, 0, 0, 7]);
  });
});
