// The derived district -> ITL3 lookup (scripts/derive-lad-itl.ts), the ITL1 > ITL2 > ITL3 > district
// hierarchy built on it, LEPs placed in ITL1 regions, and a roll-up of real district data.
import { createClassificationIndex, rollUpCodes } from "@smartspec/domain";
import { describe, expect, it } from "vitest";
import {
  boundaryAreas,
  findBundledDataset,
  ladToItl3File,
  loadLepToItl1Crosswalk,
  loadUkAreaHierarchy,
  loadUkAreaHierarchyIndex,
  readTable,
} from "../src/index.ts";

const lookup = readTable(ladToItl3File);
const rows = lookup.rows.map(([lad, ladName, itl3, itl3Name]) => ({ lad, ladName, itl3, itl3Name }));
const itl3Of = (lad: string) => rows.find((r) => r.lad === lad)?.itl3;

describe("lad21_to_itl321_derived.csv", () => {
  it("places each of the 374 districts of the boundary file in one ITL3 region, names as in the files", () => {
    expect(lookup.header).toEqual(["LAD21CD", "LAD21NM", "ITL321CD", "ITL321NM"]);
    const districts = boundaryAreas("uk-boundaries-lad-2021");
    expect(rows.map((r) => [r.lad, r.ladName]).sort()).toEqual(districts.map((d) => [d.code, d.name]).sort());
    expect(new Set(rows.map((r) => r.lad)).size).toBe(374);
    const itl3Names = new Map(boundaryAreas("uk-boundaries-itl3-2021").map((a) => [a.code, a.name]));
    expect(rows.filter((r) => itl3Names.get(r.itl3!) !== r.itl3Name)).toEqual([]);
  });

  it("uses all 179 ITL3 regions", () => {
    const used = new Set(rows.map((r) => r.itl3));
    expect(used.size).toBe(179);
  });

  it("places the West of England districts as ONS does", () => {
    expect(itl3Of("E06000023")).toBe("TLK11"); // Bristol, City of
    for (const lad of ["E06000022", "E06000024", "E06000025"]) expect(itl3Of(lad)).toBe("TLK12");
  });

  it("keeps each district in its own country (E -> TLC..TLK, W -> TLL, S -> TLM, N -> TLN)", () => {
    const country: Record<string, RegExp> = { E: /^TL[C-K]/, W: /^TLL/, S: /^TLM/, N: /^TLN/ };
    expect(rows.filter((r) => !country[r.lad![0]!]!.test(r.itl3!))).toEqual([]);
    const letters = rows.map((r) => r.lad![0]!);
    expect(["E", "W", "S", "N"].map((c) => letters.filter((l) => l === c).length)).toEqual([309, 22, 32, 11]);
  });

  it("places a district in the ITL3 region bearing its name wherever one does", () => {
    // An independent check: 92 districts share their ITL3 region's name exactly.
    const named = new Map(rows.map((r) => [r.itl3Name, r.itl3]));
    const same = rows.filter((r) => named.has(r.ladName));
    expect(same).toHaveLength(92);
    expect(same.filter((r) => named.get(r.ladName) !== r.itl3)).toEqual([]);
  });

  it("places the three Scottish council areas split between ITL3 regions by best fit", () => {
    // Area shares measured by the script: Highland TLM61 49.8%, TLM63 27.9%, TLM62 21.9%;
    // North Ayrshire TLM93 49.8% (mainland), TLM63 49.2% (Arran, Cumbrae); Argyll and Bute
    // TLM63 94.1%, TLM81 5.4% (Helensburgh and Lomond).
    expect(["S12000017", "S12000021", "S12000035"].map(itl3Of)).toEqual(["TLM61", "TLM93", "TLM63"]);
  });
});

describe("loadUkAreaHierarchy", () => {
  const index = loadUkAreaHierarchyIndex();

  it("has levels itl1 > itl2 > itl3 > lad with 12 / 41 / 179 / 374 codes", () => {
    const hierarchy = loadUkAreaHierarchy();
    expect(hierarchy.id).toBe("uk-areas-2021");
    expect(hierarchy.levels.map((l) => l.id)).toEqual(["itl1", "itl2", "itl3", "lad"]);
    expect(["itl1", "itl2", "itl3", "lad"].map((l) => index.codesAt(l).length)).toEqual([12, 41, 179, 374]);
    expect(createClassificationIndex(hierarchy).ancestorAt("E06000023", "itl1")).toBe("TLK");
  });

  it("rolls districts up to every ITL level", () => {
    expect(["itl3", "itl2", "itl1"].map((l) => index.ancestorAt("E06000023", l))).toEqual([
      "TLK11",
      "TLK1",
      "TLK",
    ]);
    expect(index.ancestorAt("S12000017", "itl2")).toBe("TLM6");
    expect(index.children("TLK12")).toEqual(["E06000022", "E06000024", "E06000025"]);
    expect(index.codesAt("itl3").filter((c) => index.children(c).length === 0)).toEqual([]);
  });
});

describe("loadLepToItl1Crosswalk", () => {
  it("places the 38 LEPs in ITL1 regions: 42 pairs, three LEPs across a regional boundary", () => {
    const { pairs } = loadLepToItl1Crosswalk();
    expect(new Set(pairs.map((p) => p.from)).size).toBe(38);
    expect(pairs).toHaveLength(42);
    const regionsOf = (lep: string) => pairs.filter((p) => p.from === lep).map((p) => p.to);
    const across = [...new Set(pairs.map((p) => p.from))].filter((lep) => regionsOf(lep).length > 1);
    // South East (Essex, Southend, Thurrock in TLH; Kent, Medway, East Sussex in TLJ); South East
    // Midlands (Northamptonshire TLF, Bedfordshire and Luton TLH, Milton Keynes and Cherwell TLJ);
    // Greater Lincolnshire (North and North East Lincolnshire TLE, Lincolnshire TLF).
    expect(across.map((lep) => [lep, regionsOf(lep)])).toEqual([
      ["E37000056", ["TLH", "TLJ"]],
      ["E37000057", ["TLF", "TLH", "TLJ"]],
      ["E37000060", ["TLE", "TLF"]],
    ]);
    expect(regionsOf("E37000037")).toEqual(["TLK"]); // West of England
  });
});

describe("UK Business Counts by district rolled up to ITL1", () => {
  // Independent computation (python3, csv + gzip modules): enterprise_count of
  // ukbc_enterprises_lad_broadindustry_2018_2022.csv.gz summed over the 18 industry groups by the
  // first three characters of each district's ITL321CD in lad21_to_itl321_derived.csv.
  const table = readTable(findBundledDataset("uk-business-counts-lad")!.files.lad!);
  const [year, area, count] = ["year", "area_code", "enterprise_count"].map((c) => table.column(c)) as [
    number,
    number,
    number,
  ];
  const index = loadUkAreaHierarchyIndex();

  function sumsByItl1(wanted: string): Record<string, number> {
    const selected = table.rows.filter((row) => row[year] === wanted);
    const rolled = rollUpCodes(
      index,
      selected.map((row) => row[area]!),
      "itl1",
    );
    expect(rolled.unknown).toEqual([]);
    const sums: Record<string, number> = {};
    selected.forEach((row, i) => {
      const region = rolled.groupCodes[rolled.groupOf[i]!]!;
      sums[region] = (sums[region] ?? 0) + Number(row[count]);
    });
    return sums;
  }
  const total = (sums: Record<string, number>) => Object.values(sums).reduce((a, b) => a + b, 0);

  it("gives each English ITL1 region its 2022 enterprises, adding up to the district total", () => {
    const sums = sumsByItl1("2022");
    expect(sums).toEqual({
      TLC: 73_275,
      TLD: 271_165,
      TLE: 193_295,
      TLF: 189_015,
      TLG: 221_500,
      TLH: 272_730,
      TLI: 536_095,
      TLJ: 412_625,
      TLK: 238_315,
    });
    const districtTotal = table.rows
      .filter((r) => r[year] === "2022")
      .reduce((s, r) => s + Number(r[count]), 0);
    expect(total(sums)).toBe(districtTotal);
    expect(districtTotal).toBe(2_408_015);
  });

  it("comes within rounding of the England figure of the same Nomis table", () => {
    // England (geography_type "country", size band Total, 18 groups): 2,408,040 in 2022 and
    // 2,318,060 in 2018; the districts sum to 25 and 90 fewer (each cell is rounded to 5).
    const source = readTable(findBundledDataset("uk-business-counts-england-sizeband")!.files.table!);
    const at = (name: string) => source.column(name);
    const england = (wanted: string) =>
      source.rows
        .filter((r) => r[at("year")] === wanted && r[at("geography_type")] === "country")
        .filter((r) => r[at("employment_sizeband")] === "Total")
        .reduce((s, r) => s + Number(r[at("enterprise_count")]), 0);
    expect([england("2022"), england("2018")]).toEqual([2_408_040, 2_318_060]);
    expect([total(sumsByItl1("2022")), total(sumsByItl1("2018"))]).toEqual([2_408_015, 2_317_970]);
  });
});
