// Crosswalks between bundled classifications: ITL 2021 <-> NUTS 2018, SIC 2007 -> NACE Rev. 2,
// English districts (2021) -> LEPs (2021).
import type { Crosswalk, CrosswalkPair } from "@smartspec/domain";
import { readTable } from "../read/read-table.ts";
import { setPath } from "../sets-path.ts";
import { lazy } from "./lazy.ts";
import { loadSic2007, sicFarmCode, sicPseudoClass, sicPseudoGroup } from "./load-sic2007.ts";
import { loadUkGeographies } from "./load-uk-geographies.ts";

/**
 * ITL 2021 -> NUTS 2018 at all three levels (`TLK1` -> `UKK1`): the same regions with another
 * prefix; a pair is made only where both files hold the code. The 7 Northern Ireland NUTS 3 codes
 * that do not follow the prefix rule (TLN0A..TLN0G = UKN10..UKN16) are paired by their identical
 * names at the same level. TLK24 / TLK25 (Dorset after its 2019 reorganisation) have no NUTS 2018
 * counterpart (UKK21 / UKK22 cover different areas) and are left out: 230 pairs. Reverse it for
 * NUTS -> ITL.
 */
export const loadItlToNutsCrosswalk: () => Crosswalk = lazy(() => {
  const { itl2021, nuts2018 } = loadUkGeographies();
  const nuts = new Set(nuts2018.nodes.map((n) => n.code));
  const nutsByLevelAndName = new Map(nuts2018.nodes.map((n) => [`${n.level.slice(4)} ${n.title}`, n.code]));
  const pairs: CrosswalkPair[] = [];
  for (const node of itl2021.nodes) {
    const swapped = `UK${node.code.slice(2)}`;
    const byName = nutsByLevelAndName.get(`${node.level.slice(3)} ${node.title}`);
    const to = nuts.has(swapped) ? swapped : byName;
    if (to !== undefined) pairs.push({ from: node.code, to });
  }
  return { id: "itl2021-nuts2018", from: "itl2021", to: "nuts2018-uk", pairs };
});

/**
 * The same crosswalk read the other way, id `<to>-<from>`. Example: the reverse of ITL -> NUTS maps
 * `UKK1` to `TLK1`.
 */
export function reverseCrosswalk(crosswalk: Crosswalk): Crosswalk {
  return {
    id: `${crosswalk.to}-${crosswalk.from}`,
    from: crosswalk.to,
    to: crosswalk.from,
    pairs: crosswalk.pairs.map((p) => ({ from: p.to, to: p.from })),
  };
}

/**
 * SIC 2007 -> NACE Rev. 2: identical codes from section to class; each subclass maps to its class
 * (`30300` -> `30.30`, `93191` -> `93.19`). The BRES-only `01000` and its pseudo group/class have
 * no NACE counterpart and are left out.
 */
export const loadSicToNaceCrosswalk: () => Crosswalk = lazy(() => {
  const pseudo = new Set([sicFarmCode, sicPseudoGroup, sicPseudoClass]);
  const pairs: CrosswalkPair[] = loadSic2007()
    .nodes.filter((n) => !pseudo.has(n.code))
    .map((n) => ({ from: n.code, to: n.level === "subclass" ? n.parent! : n.code }));
  return { id: "sic2007-nace-rev2", from: "sic2007", to: "nace-rev2", pairs };
});

/**
 * English local authority districts (2021) -> Local Enterprise Partnerships (2021), from the
 * derived lookup: 309 districts, 316 pairs (7 districts belong to two LEPs and map to both).
 */
export const loadLadToLepCrosswalk: () => Crosswalk = lazy(() => {
  const table = readTable(setPath("uk-boundaries", "lad21_to_lep21_england_derived.csv"));
  const [lad, lep1, lep2] = ["LAD21CD", "LEP21CD1", "LEP21CD2"].map((c) => table.column(c)) as [
    number,
    number,
    number,
  ];
  const pairs: CrosswalkPair[] = [];
  for (const row of table.rows) {
    for (const lep of [row[lep1]!, row[lep2]!]) if (lep !== "") pairs.push({ from: row[lad]!, to: lep });
  }
  return { id: "lad2021-lep2021", from: "lad2021", to: "lep2021", pairs };
});
