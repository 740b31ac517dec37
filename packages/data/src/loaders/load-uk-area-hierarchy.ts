// UK areas as one hierarchy, ITL1 > ITL2 > ITL3 > local authority district, so district data (UK
// Business Counts, user files) roll up to any ITL level with rollUpCodes, and LEPs can be placed in
// ITL1 regions. The district level comes from lad21_to_itl321_derived.csv, derived from the
// boundary files by packages/data/scripts/derive-lad-itl.ts (see uk-boundaries/SOURCE.md).
import {
  type Classification,
  type ClassificationIndex,
  type ClassificationNode,
  type Crosswalk,
  type CrosswalkPair,
  compareCodes,
  createClassificationIndex,
} from "@smartspec/domain";
import { readTable } from "../read/read-table.ts";
import { setPath } from "../sets-path.ts";
import { lazy } from "./lazy.ts";
import { loadLadToLepCrosswalk } from "./load-crosswalks.ts";
import { loadUkGeographies } from "./load-uk-geographies.ts";

/** The derived district -> ITL3 lookup: LAD21CD, LAD21NM, ITL321CD, ITL321NM (374 rows). */
export const ladToItl3File = setPath("uk-boundaries", "lad21_to_itl321_derived.csv");

function readDistricts(): ClassificationNode[] {
  const table = readTable(ladToItl3File);
  const [code, name, parent] = ["LAD21CD", "LAD21NM", "ITL321CD"].map((c) => table.column(c)) as [
    number,
    number,
    number,
  ];
  return table.rows.map((row) => ({
    code: row[code]!,
    title: row[name]!,
    level: "lad",
    parent: row[parent]!,
  }));
}

/**
 * ITL 2021 with the UK's 374 local authority districts (December 2021) under their ITL3 region:
 * id "uk-areas-2021", levels itl1 > itl2 > itl3 > lad (12 / 41 / 179 / 374 codes). Districts
 * nest in ITL3 except three Scottish council areas split between ITL3 regions, each placed in one
 * (best fit): Highland -> TLM61 (largest share of its area), North Ayrshire -> TLM93 (mainland),
 * Argyll and Bute -> TLM63. Example:
 * `createClassificationIndex(loadUkAreaHierarchy()).ancestorAt("E06000023", "itl1")` is "TLK".
 */
export const loadUkAreaHierarchy: () => Classification = lazy(() => {
  const { itl2021 } = loadUkGeographies();
  return {
    id: "uk-areas-2021",
    title: "UK areas: ITL 2021 regions and local authority districts (December 2021)",
    version: "2021",
    levels: [...itl2021.levels, { id: "lad", title: "Local authority district (December 2021)" }],
    nodes: [...itl2021.nodes, ...readDistricts()],
  };
});

/** The index over `loadUkAreaHierarchy()`, built on first use. Example: `.children("TLK12")` has 3 districts. */
export const loadUkAreaHierarchyIndex: () => ClassificationIndex = lazy(() =>
  createClassificationIndex(loadUkAreaHierarchy()),
);

/**
 * English Local Enterprise Partnerships (2021) -> ITL1 regions, through their member districts:
 * a pair for every ITL1 region holding at least one member district (district -> LEP pairs from
 * `loadLadToLepCrosswalk()`, district -> ITL1 from the area hierarchy). 38 LEPs, 42 pairs: three
 * LEPs cross ITL1 boundaries, E37000056 South East (TLH, TLJ), E37000057 South East Midlands (TLF,
 * TLH, TLJ) and E37000060 Greater Lincolnshire (TLE, TLF). Sorted by LEP, then region. Example:
 * E37000037 (West of England) -> TLK only.
 */
export const loadLepToItl1Crosswalk: () => Crosswalk = lazy(() => {
  const index = loadUkAreaHierarchyIndex();
  const seen = new Set<string>();
  const pairs: CrosswalkPair[] = [];
  for (const { from: district, to: lep } of loadLadToLepCrosswalk().pairs) {
    const region = index.ancestorAt(district, "itl1");
    if (region === undefined)
      throw new Error(`${ladToItl3File}: no district ${district} (from the LEP lookup)`);
    if (seen.has(`${lep} ${region}`)) continue;
    seen.add(`${lep} ${region}`);
    pairs.push({ from: lep, to: region });
  }
  pairs.sort((a, b) => compareCodes(a.from, b.from) || compareCodes(a.to, b.to));
  return { id: "lep2021-itl2021", from: "lep2021", to: "itl2021", pairs };
});
