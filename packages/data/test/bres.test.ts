// BRES employment files as loaded: row counts and totals from SOURCE.md, the SIC roll-up, and the
// region codes' match to ITL 2021. Expected figures were computed independently from the raw
// files: totals with `zcat FILE | awk -F, 'NR>1 { s[$1] += $NF } END { for (y in s) print y, s[y] }'`
// (COUNT is the last, never-quoted column; awk reads "1e+05" as 100000), the rest with Python's csv
// module summing by `INDUSTRY_CODE[:2]` and by the Nomis lookup's SIC_SECTION_LETTER.
import { applyCrosswalk, createClassificationIndex, rollUpCodes, sumByGroup } from "@smartspec/domain";
import { describe, expect, it } from "vitest";
import {
  boundaryAreas,
  findBundledDataset,
  loadItlToNutsCrosswalk,
  loadSic2007,
  readTable,
  reverseCrosswalk,
  type Table,
} from "../src/index.ts";

const bres = findBundledDataset("uk-bres-itl2")!;
const fulltime = findBundledDataset("uk-bres-itl2-fulltime")!;
const sic5 = readTable(bres.files.sic5!);
const sic2 = readTable(bres.files.sic2!);

/** COUNT as a number, NaN for an empty cell (Number("") would be 0). */
const count = (text: string) => (text === "" ? Number.NaN : Number(text));

function totalsByYear(table: Table): Record<string, number> {
  const [date, value] = [table.column("DATE"), table.column("COUNT")];
  const totals: Record<string, number> = {};
  for (const row of table.rows) totals[row[date]!] = (totals[row[date]!] ?? 0) + (count(row[value]!) || 0);
  return totals;
}

describe("BRES files", () => {
  it("have the row counts of SOURCE.md (40 regions x industries x 7 years)", () => {
    expect(sic5.rows.length).toBe(204_120);
    expect(sic2.rows.length).toBe(24_640);
    expect(readTable(fulltime.files.sic2!).rows.length).toBe(24_640);
  });

  it("give 2021 employment of about 31.3 million (exact figures from awk)", () => {
    expect(totalsByYear(sic5)["2021"]).toBe(31_366_000);
    expect(totalsByYear(sic2)["2021"]).toBe(31_341_585);
    expect(totalsByYear(readTable(fulltime.files.sic2!))["2021"]).toBe(20_683_615);
    expect(totalsByYear(sic5)["2015"]).toBe(29_737_315);
  });

  it("leave COUNT empty only for 01000 in the five Scottish regions, 2015-2017", () => {
    const [date, region, code, value] = ["DATE", "GEOGRAPHY_CODE", "INDUSTRY_CODE", "COUNT"].map((c) =>
      sic5.column(c),
    );
    const empty = sic5.rows
      .filter((r) => r[value!] === "")
      .map((r) => `${r[date!]} ${r[region!]} ${r[code!]}`);
    expect(empty).toHaveLength(15);
    expect(new Set(empty.map((e) => e.slice(5)))).toEqual(
      new Set(["UKM5 01000", "UKM6 01000", "UKM7 01000", "UKM8 01000", "UKM9 01000"]),
    );
    expect(new Set(empty.map((e) => e.slice(0, 4)))).toEqual(new Set(["2015", "2016", "2017"]));
  });
});

describe("BRES up the SIC 2007 hierarchy", () => {
  const index = createClassificationIndex(loadSic2007());
  const [date, region, code, value] = ["DATE", "GEOGRAPHY_CODE", "INDUSTRY_CODE", "COUNT"].map((c) =>
    sic5.column(c),
  ) as number[];
  const codes = sic5.rows.map((r) => r[code!]!);
  const values = sic5.rows.map((r) => count(r[value!]!) || 0);

  /** Sums subclass rows into cells keyed "year region group" through a group-of-row function. */
  function cells(groupOfRow: (i: number) => string | undefined): Map<string, number> {
    const sums = new Map<string, number>();
    sic5.rows.forEach((row, i) => {
      const key = `${row[date!]} ${row[region!]} ${groupOfRow(i)}`;
      sums.set(key, (sums.get(key) ?? 0) + values[i]!);
    });
    return sums;
  }

  it("knows every one of the 729 subclass codes and 88 division codes", () => {
    expect(new Set(codes).size).toBe(729);
    expect(rollUpCodes(index, codes, "subclass").unknown).toEqual([]);
    const divisions = sic2.rows.map((r) => r[sic2.column("INDUSTRY_CODE")]!);
    expect(new Set(divisions).size).toBe(88);
    expect(rollUpCodes(index, divisions, "division").unknown).toEqual([]);
  });

  it("rolls subclasses to divisions exactly as summing by the first two digits does", () => {
    const rolled = rollUpCodes(index, codes, "division");
    expect(rolled.groupCodes).toHaveLength(88);
    const viaClassification = cells((i) => rolled.groupCodes[rolled.groupOf[i]!]);
    const direct = cells((i) => codes[i]!.slice(0, 2));
    expect(viaClassification).toEqual(direct);
    // The worked case's cells (UKK1, 2021), by hand from the subclass rows of divisions 29 and 30.
    expect(direct.get("2021 UKK1 29")).toBe(6_475);
    expect(direct.get("2021 UKK1 30")).toBe(15_325);
  });

  it("differs from the separately rounded 2-digit file by at most 2,100 jobs a cell", () => {
    const rolled = rollUpCodes(index, codes, "division");
    const fromSubclasses = cells((i) => rolled.groupCodes[rolled.groupOf[i]!]);
    const [d, g, c, v] = ["DATE", "GEOGRAPHY_CODE", "INDUSTRY_CODE", "COUNT"].map((n) =>
      sic2.column(n),
    ) as number[];
    let worst = { difference: 0, cell: "" };
    for (const row of sic2.rows) {
      const cell = `${row[d!]} ${row[g!]} ${row[c!]}`;
      const difference = Math.abs(fromSubclasses.get(cell)! - Number(row[v!]));
      if (difference > worst.difference) worst = { difference, cell };
    }
    // Nomis rounds each published cell (to 5 ... 1,000 by size), the 2-digit and 5-digit tables
    // independently; the largest gap observed is accommodation and food (56) in Inner London East.
    expect(worst).toEqual({ difference: 2_100, cell: "2018 UKI7 56" });
    expect(Number(sic2.rows.find((r) => `${r[d!]} ${r[g!]} ${r[c!]}` === "2021 UKK1 29")![v!])).toBe(7_000);
  });

  it("rolls 2021 subclasses to sections as the Nomis lookup's section letters do", () => {
    const rolled = rollUpCodes(index, codes, "section");
    const in2021 = sic5.rows.map((r, i) => (r[date!] === "2021" ? values[i]! : 0));
    const sums = sumByGroup(rolled.groupOf, in2021, rolled.groupCodes.length);
    const bySection = Object.fromEntries(rolled.groupCodes.map((s, i) => [s, sums[i]]));
    expect(bySection).toEqual({
      A: 485_920,
      B: 45_240,
      C: 2_328_280,
      D: 136_740,
      E: 215_935,
      F: 1_567_440,
      G: 4_500_310,
      H: 1_587_760,
      I: 2_337_495,
      J: 1_360_640,
      K: 1_094_320,
      L: 592_590,
      M: 2_791_050,
      N: 2_738_455,
      O: 1_395_335,
      P: 2_653_250,
      Q: 4_185_315,
      R: 732_160,
      S: 617_765,
      T: 0,
      U: 0,
    });
  });
});

describe("BRES regions", () => {
  it("all map to an ITL2 2021 code of ITL2_UK_2021.topo.json (UKK1 -> TLK1)", () => {
    const regions = [...new Set(sic5.rows.map((r) => r[sic5.column("GEOGRAPHY_CODE")]!))];
    expect(regions).toHaveLength(40);
    const mapping = applyCrosswalk(reverseCrosswalk(loadItlToNutsCrosswalk()), regions);
    expect(mapping.unmapped).toEqual([]);
    expect(mapping.from).toHaveLength(40);
    const itl2 = new Set(boundaryAreas("uk-boundaries-itl2-2021").map((a) => a.code));
    expect(mapping.targetCodes.filter((code) => !itl2.has(code))).toEqual([]);
    expect(mapping.targetCodes).toContain("TLK1");
    // Northern Ireland is the one ITL2 region BRES does not cover.
    expect([...itl2].filter((code) => !mapping.targetCodes.includes(code))).toEqual(["TLN0"]);
  });
});
