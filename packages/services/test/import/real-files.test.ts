// The importer on real published files from /work/shared/data (issue #3 "Must show"): the ONS
// regional GVA tables (wide, years as columns, thousands separators) and the BRES employment
// extract (long, Nomis column names). Expected figures were computed from the raw files with
// Python's csv module, independently of the importer (the script is quoted beside each number).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { activityCodeList, importDataset } from "../../src/index.ts";
import { tempFolder } from "../temp-files.ts";

const data = "/work/shared/data";
const gva = join(data, "uk-regional-gva-itl-industry");
const work = tempFolder("import-real");

/** The output rows keyed by their codes: "region,activity,time" -> "value,status" (no code here holds a comma). */
function cellsOf(path: string): Map<string, string> {
  const lines = readFileSync(path, "utf8").trimEnd().split("\n").slice(1);
  return new Map(
    lines.map((line) => {
      const fields = line.split(",");
      return [fields.slice(0, 3).join(","), fields.slice(3).join(",")];
    }),
  );
}

describe("ONS regional GVA by industry (wide)", () => {
  it("imports the ITL3 chained-volume table with exact values", async () => {
    const out = join(work.dir, "gva-itl3.csv");
    const summary = await importDataset({
      path: join(gva, "Table_3b_ITL3_UK_chained_volume_measures_in_2019_money_value_pounds_million.csv.gz"),
      out,
    });
    // python: rows = list(csv.reader(gzip.open(f, "rt"))); len(rows) - 1 == 11456; 24 year columns;
    // 179 distinct ITL region codes, 64 distinct SIC07 codes; no value starts with "-".
    expect(summary).toMatchObject({
      ok: true,
      layout: "wide-periods",
      columns: { region: "ITL region code", activity: "SIC07 code" },
      ignored: ["ITL region name", "SIC07 description"],
      rows: 11456,
      cells: 11456 * 24,
      written: 11456 * 24,
      suppressed: 0,
      regions: 179,
      activities: 64,
      periods: 24,
    });
    const cells = cellsOf(out);
    // Raw rows: TLK12,...,C (10-33),Manufacturing,"2,029",...,"2,487" and
    // TLK11,...,CK-CL (28-30),...,76,...,93 (first and last year).
    expect(cells.get("TLK12,C (10-33),1998")).toBe("2029,");
    expect(cells.get("TLK12,C (10-33),2021")).toBe("2487,");
    expect(cells.get("TLK11,CK-CL (28-30),1998")).toBe("76,");
    expect(cells.get("TLK11,CK-CL (28-30),2021")).toBe("93,");
  });

  it("lists all 17 negative values of the ITL2 current-price table, and writes nothing", async () => {
    const out = join(work.dir, "gva-itl2.csv");
    const summary = await importDataset({
      path: join(gva, "Table_2c_ITL2_UK_current_price_estimates_pounds_million.csv.gz"),
      label: "Table_2c.csv.gz",
      out,
    });
    // python: [(i + 2, h[j], v) for i, r in enumerate(data) for j, v in enumerate(r)
    //          if j >= 4 and v.startswith("-")] has 17 entries, the first three
    // (144, "2021", "-93"), (336, "2021", "-184"), (912, "2021", "-7").
    expect(summary.ok).toBe(false);
    expect(summary.problems.total).toBe(17);
    expect(summary.problems.byCode).toEqual({ "negative-value": 17 });
    expect(summary.problems.shown.slice(0, 3).map((p) => p.message)).toEqual([
      'Table_2c.csv.gz, line 144, column "2021": "-93" is negative; values must be zero or more.',
      'Table_2c.csv.gz, line 336, column "2021": "-184" is negative; values must be zero or more.',
      'Table_2c.csv.gz, line 912, column "2021": "-7" is negative; values must be zero or more.',
    ]);
  });
});

describe("BRES employment by ITL2 x SIC 2007 subclass (long)", () => {
  it("imports every row, keeps the 15 blank counts as suppressed, and checks codes against SIC 2007", async () => {
    const out = join(work.dir, "bres.csv");
    const summary = await importDataset({
      path: join(data, "uk-bres-itl2-sic2007", "bres_employment_itl2_sic5_2015_2021.csv.gz"),
      out,
      activityCodes: activityCodeList("sic2007"),
    });
    // python: 204120 data rows; 15 with COUNT == "" (the first on line 25517: 2015, UKM5, 01000);
    // 40 regions, 729 industry codes, 7 years.
    expect(summary).toMatchObject({
      ok: true,
      layout: "long",
      columns: { region: "GEOGRAPHY_CODE", activity: "INDUSTRY_CODE", time: "DATE", value: "COUNT" },
      rows: 204120,
      written: 204120,
      suppressed: 15,
      regions: 40,
      activities: 729,
      periods: 7,
      rewritten: [],
    });
    const cells = cellsOf(out);
    // Lines 196382 and 196391: 2021, UKK1, 29100 -> 3000 and 30300 -> 13000.
    expect(cells.get("UKK1,29100,2021")).toBe("3000,");
    expect(cells.get("UKK1,30300,2021")).toBe("13000,");
    expect(cells.get("UKM5,01000,2015")).toBe(",suppressed");
    // python: sum(int(r[5]) for r in data if r[0] == "2021" and r[5] != "") == 31366000
    let total2021 = 0;
    for (const [key, value] of cells) if (key.endsWith(",2021")) total2021 += Number(value.split(",")[0]);
    expect(total2021).toBe(31366000);
  });
});
