// UK Business Counts as loaded: row counts from SOURCE.md, the derived coded files against the
// original table, and LEP totals rebuilt from districts through the LAD -> LEP crosswalk.
// Independent figures: Python's csv module on the original gzip CSV, summing `enterprise_count`
// over the 18 industry groups of size band "Total" by geography name and year.
import { applyCrosswalk, sumThroughCrosswalk } from "@smartspec/domain";
import { describe, expect, it } from "vitest";
import { findBundledDataset, loadLadToLepCrosswalk, readTable, type Table } from "../src/index.ts";

const original = readTable(findBundledDataset("uk-business-counts-england-sizeband")!.files.table!);
const lep = readTable(findBundledDataset("uk-business-counts-lep")!.files.lep!);
const lad = readTable(findBundledDataset("uk-business-counts-lad")!.files.lad!);

/** Total enterprises by "year code" over all industry groups of a derived file. */
function totals(table: Table): Map<string, number> {
  const [year, code, count] = ["year", "area_code", "enterprise_count"].map((c) =>
    table.column(c),
  ) as number[];
  const sums = new Map<string, number>();
  for (const row of table.rows) {
    const key = `${row[year!]} ${row[code!]}`;
    sums.set(key, (sums.get(key) ?? 0) + Number(row[count!]));
  }
  return sums;
}

describe("UK Business Counts by district and LEP", () => {
  it("has the 178,200 rows of SOURCE.md and derived files of size band Total only", () => {
    expect(original.rows.length).toBe(178_200);
    expect(lep.rows.length).toBe(38 * 18 * 5);
    expect(lad.rows.length).toBe(309 * 18 * 5);
  });

  it("keeps every Total value of the original in the derived files", () => {
    const [type, band, count] = ["geography_type", "employment_sizeband", "enterprise_count"].map((c) =>
      original.column(c),
    ) as number[];
    const sumOf = (geographyType: string) =>
      original.rows
        .filter((r) => r[type!] === geographyType && r[band!] === "Total")
        .reduce((sum, r) => sum + Number(r[count!]), 0);
    const derivedSum = (table: Table) => [...totals(table).values()].reduce((a, b) => a + b, 0);
    expect(derivedSum(lep)).toBe(sumOf("local_enterprise_partnership"));
    expect(derivedSum(lad)).toBe(sumOf("local_authority_district"));
  });

  it("reproduces every LEP total from its districts within 0.17% (0.15% except Tees Valley 2019)", () => {
    const districtTotals = totals(lad);
    const lepTotals = totals(lep);
    const crosswalk = loadLadToLepCrosswalk();
    const over = new Set<string>();
    let worst = 0;
    for (const year of ["2018", "2019", "2020", "2021", "2022"]) {
      const districts = [...districtTotals.keys()].filter((k) => k.startsWith(year)).map((k) => k.slice(5));
      const mapping = applyCrosswalk(crosswalk, districts);
      expect(mapping.unmapped).toEqual([]);
      expect(mapping.targetCodes).toHaveLength(38);
      const sums = sumThroughCrosswalk(
        mapping,
        districts.map((d) => districtTotals.get(`${year} ${d}`)!),
      );
      mapping.targetCodes.forEach((code, i) => {
        const published = lepTotals.get(`${year} ${code}`)!;
        const relative = Math.abs(sums[i]! - published) / published;
        worst = Math.max(worst, relative);
        if (relative > 0.0015) over.add(`${year} ${code}`);
      });
    }
    // Each of the 18 x n district cells is rounded to 5, so the sums drift a little: Tees Valley
    // 2019 sums to 17,745 against 17,775 published (0.169%).
    expect(worst).toBeCloseTo(30 / 17_775, 12);
    expect([...over]).toEqual(["2019 E37000034"]);
  });

  it("gives the exact West of England figures for 2022 (E37000037 = E06000022..25)", () => {
    const members = applyCrosswalk(loadLadToLepCrosswalk(), [
      "E06000022",
      "E06000023",
      "E06000024",
      "E06000025",
    ]);
    expect(members.targetCodes).toEqual(["E37000037"]);
    const districtTotals = totals(lad);
    // Bath and NE Somerset 8,545 + Bristol 18,475 + North Somerset 8,955 + South Gloucestershire 10,290.
    expect(
      ["E06000022", "E06000023", "E06000024", "E06000025"].map((c) => districtTotals.get(`2022 ${c}`)),
    ).toEqual([8_545, 18_475, 8_955, 10_290]);
    expect(totals(lep).get("2022 E37000037")).toBe(46_265);
    // 2018 differs by rounding: districts 44,995, LEP 45,000.
    expect(totals(lep).get("2018 E37000037")).toBe(45_000);
  });

  it("codes the two LEPs whose Nomis names differ from the boundary file", () => {
    const [code, name] = [lep.column("area_code"), lep.column("area_name")];
    const names = new Map(lep.rows.map((r) => [r[name]!, r[code]!]));
    expect(names.get("Buckinghamshire Thames Valley")).toBe("E37000043");
    expect(names.get("Hull and East Riding")).toBe("E37000061");
    expect(names.get("West of England")).toBe("E37000037");
  });
});

describe("UK Business Counts, GB by subclass and size band", () => {
  const gb = readTable(findBundledDataset("uk-business-counts-gb-sic5-sizeband")!.files.table!);
  const [date, code, band, count] = ["DATE", "INDUSTRY_CODE", "EMPLOYMENT_SIZEBAND_NAME", "COUNT"].map((c) =>
    gb.column(c),
  ) as number[];

  it("has 45,927 rows (729 subclasses x 9 bands x 7 years) and 2,687,840 enterprises in 2021", () => {
    expect(gb.rows.length).toBe(45_927);
    const in2021 = gb.rows.filter((r) => r[date!] === "2021").reduce((sum, r) => sum + Number(r[count!]), 0);
    expect(in2021).toBe(2_687_840);
  });

  it("shows 530 of 700 aircraft makers (30300) with 0-4 employees in 2021, as SOURCE.md says", () => {
    const aircraft = gb.rows.filter((r) => r[date!] === "2021" && r[code!] === "30300");
    expect(aircraft.reduce((sum, r) => sum + Number(r[count!]), 0)).toBe(700);
    expect(aircraft.find((r) => r[band!] === "0 to 4")?.[count!]).toBe("530");
  });
});
