// Row filters (a year, a size band) and empty values in the long-CSV reader.
import { describe, expect, it } from "vitest";
import { readLongCsv } from "../src/input/read-long-csv.ts";
import { tempFolder } from "./temp-files.ts";

const { file } = tempFolder("filters");
const columns = { region: "region", activity: "activity", value: "value" };
const data = [
  "year,band,region,activity,value",
  "2020,Total,R1,A,1", // line 2
  "2021,Total,R2,B,2", // line 3
  "2021,Small,R3,C,3", // line 4
  "2021,Total,R1,C,", // line 5: empty
  "2020,Total,R4,A,", // line 6: empty, another year
  "",
].join("\n");

describe("readLongCsv filters", () => {
  it("keeps the rows matching every filter, with their file lines, and interns only their codes", async () => {
    const path = file("bands.csv", data);
    const long = await readLongCsv({
      path,
      label: "bands.csv",
      columns,
      filters: [
        { column: "year", equals: "2021" },
        { column: "band", equals: "Total" },
      ],
      emptyValues: "zero",
    });
    expect(long.table.region).toEqual(["R2", "R1"]);
    expect(long.table.activity).toEqual(["B", "C"]);
    expect([...long.table.value]).toEqual([2, 0]);
    expect([...long.lines]).toEqual([3, 5]);
    expect(long.table.coded!.region.codes).toEqual(["R2", "R1"]);
    expect([...long.table.coded!.region.ids]).toEqual([0, 1]);
    expect(long.table.coded!.activity.codes).toEqual(["B", "C"]);
    expect(long.filtered).toEqual({
      filters: [
        { column: "year", equals: "2021" },
        { column: "band", equals: "Total" },
      ],
      rowsRead: 5,
    });
    expect(long.emptyValuesAsZero).toEqual({ count: 1, firstLines: [5] });
  });

  it("filters on the time column too", async () => {
    const path = file("time.csv", data);
    const long = await readLongCsv({
      path,
      columns: { ...columns, time: "year" },
      filters: [{ column: "year", equals: "2020" }],
      emptyValues: "zero",
    });
    expect(long.table.time).toEqual(["2020", "2020"]);
    expect([...long.lines]).toEqual([2, 6]);
  });

  it("fails on an empty value only in a kept row, naming its line", async () => {
    const path = file("empty.csv", data);
    const only2020Total = readLongCsv({
      path,
      label: "empty.csv",
      columns,
      filters: [{ column: "band", equals: "Small" }],
    });
    await expect(only2020Total).resolves.toMatchObject({ lines: Int32Array.from([4]) });
    const withEmpty = readLongCsv({
      path,
      label: "empty.csv",
      columns,
      filters: [{ column: "year", equals: "2021" }],
    });
    await expect(withEmpty).rejects.toThrow(
      'empty.csv, line 5, column "value": the value is empty; write 0 for a zero cell or leave the row out.',
    );
  });

  it("says so when no row matches", async () => {
    const path = file("none.csv", data);
    await expect(
      readLongCsv({ path, label: "none.csv", columns, filters: [{ column: "year", equals: "1999" }] }),
    ).rejects.toThrow('none.csv: no data rows have year = "1999".');
  });

  it("reads empty values as zero without filters when asked, and counts them", async () => {
    const path = file("zero.csv", "region,activity,value\nR1,A,\nR2,A,3\nR3,A, \n");
    const long = await readLongCsv({ path, columns, emptyValues: "zero" });
    expect([...long.table.value]).toEqual([0, 3, 0]);
    expect(long.emptyValuesAsZero).toEqual({ count: 2, firstLines: [2, 4] });
  });

  it("reads negative values as zero when asked, and counts them; else fails at the first kept one", async () => {
    const path = file(
      "negative.csv",
      "year,region,activity,value\n2020,R1,A,-5\n2021,R1,A,-93\n2021,R2,A,4\n",
    );
    const long = await readLongCsv({ path, columns, negativeValues: "zero" });
    expect([...long.table.value]).toEqual([0, 0, 4]);
    expect(long.negativeValuesAsZero).toEqual({ count: 2, firstLines: [2, 3] });
    const filtered = readLongCsv({
      path,
      label: "negative.csv",
      columns,
      filters: [{ column: "year", equals: "2021" }],
    });
    await expect(filtered).rejects.toThrow(
      'negative.csv, line 3, column "value": "-93" is negative; values must be zero or more.',
    );
  });
});
