// Regional GVA: the derived long files hold one non-overlapping industry level per table.
// Independent check: Python's csv module on the wide ONS tables (commas stripped), per region and
// year `Total - 68IMP` against the sum of the long file's rows.
import { describe, expect, it } from "vitest";
import { findBundledDataset, readTable, type Table } from "../src/index.ts";

const tables = (["uk-gva-itl2", "uk-gva-itl3"] as const).map((id) => {
  const dataset = findBundledDataset(id)!;
  return { id, long: readTable(dataset.files.long!), wide: readTable(dataset.files.wide!) };
});

/** Sums of the long file by "region year". */
function longSums(long: Table): Map<string, number> {
  const [region, year, value] = ["itl_code", "year", "gva_gbp_million"].map((c) =>
    long.column(c),
  ) as number[];
  const sums = new Map<string, number>();
  for (const row of long.rows) {
    const key = `${row[region!]} ${row[year!]}`;
    sums.set(key, (sums.get(key) ?? 0) + Number(row[value!]));
  }
  return sums;
}

/** A wide table's value for one region, industry code and year. */
function wideValue(wide: Table, region: string, industry: string, year: string): number {
  const row = wide.rows.find((r) => r[0] === region && r[2] === industry)!;
  return Number(row[wide.column(year)]!.replace(/,/g, ""));
}

describe("UK regional GVA, current prices", () => {
  it("has the rows of SOURCE.md and 71 (ITL2) / 47 (ITL3) industries over 24 years", () => {
    const [itl2, itl3] = tables;
    expect(itl2!.wide.rows.length).toBe(3_936);
    expect(itl3!.wide.rows.length).toBe(11_456);
    expect(itl2!.long.rows.length).toBe(41 * 71 * 24);
    expect(itl3!.long.rows.length).toBe(179 * 47 * 24);
    const industries = (t: Table) => new Set(t.rows.map((r) => r[t.column("industry_code")]));
    expect(industries(itl2!.long).size).toBe(71);
    expect(industries(itl3!.long).has("CK-CL")).toBe(true);
    expect(industries(itl2!.long).has("68IMP")).toBe(false);
  });

  it.each([
    ["uk-gva-itl2", 9],
    ["uk-gva-itl3", 8],
  ])("%s: industries of a region-year sum to Total - 68IMP within GBP %i million", (id, tolerance) => {
    const { long, wide } = tables.find((t) => t.id === id)!;
    const sums = longSums(long);
    let worst = 0;
    for (const row of wide.rows.filter((r) => r[2] === "Total")) {
      for (const year of wide.header.slice(4)) {
        const expected = wideValue(wide, row[0]!, "Total", year) - wideValue(wide, row[0]!, "68IMP", year);
        worst = Math.max(worst, Math.abs(sums.get(`${row[0]} ${year}`)! - expected));
      }
    }
    // The published figures are rounded to GBP 1 million each; the largest gap observed.
    expect(worst).toBe(tolerance);
  });

  it("gives the West of England figures for 2021 (by hand from the wide tables)", () => {
    const [itl2, itl3] = tables;
    // TLK1: Total 80,175 - 68IMP 7,206 = 72,969; the 71 industries sum to 72,971.
    expect(longSums(itl2!.long).get("TLK1 2021")).toBe(72_971);
    // TLK11 Bristol: Total 16,773 - 68IMP 1,268 = 15,505; the 47 industries sum to 15,507.
    expect(longSums(itl3!.long).get("TLK11 2021")).toBe(15_507);
    const aerospace = itl2!.long.rows.find((r) => r[0] === "TLK1" && r[1] === "30" && r[2] === "2021");
    expect(Number(aerospace![3])).toBe(wideValue(itl2!.wide, "TLK1", "30", "2021"));
  });
});
