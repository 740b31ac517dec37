// Boundary layers, UK geography hierarchies and their crosswalks. Feature counts from the
// SOURCE.md files of uk-boundaries and eu-nuts-boundaries.
import { applyCrosswalk, createClassificationIndex } from "@smartspec/domain";
import { describe, expect, it } from "vitest";
import {
  boundaryAreas,
  bundledDatasets,
  loadBoundaries,
  loadItlToNutsCrosswalk,
  loadLadToLepCrosswalk,
  loadUkGeographies,
  reverseCrosswalk,
} from "../src/index.ts";

describe("boundary layers", () => {
  it("have the feature counts of SOURCE.md", () => {
    const counts = Object.fromEntries(
      bundledDatasets.filter((d) => d.kind === "boundaries").map((d) => [d.id, boundaryAreas(d.id).length]),
    );
    expect(counts).toEqual({
      "uk-boundaries-itl1-2021": 12,
      "uk-boundaries-itl2-2021": 41,
      "uk-boundaries-itl3-2021": 179,
      "uk-boundaries-nuts1-2018": 12,
      "uk-boundaries-nuts2-2018": 41,
      "uk-boundaries-nuts3-2018": 179,
      "uk-boundaries-lad-2021": 374,
      "uk-boundaries-countries": 4,
      "uk-boundaries-lep-2021": 38,
      "eu-boundaries-nuts0-2021": 37,
      "eu-boundaries-nuts1-2021": 125,
      "eu-boundaries-nuts2-2021": 334,
      "eu-boundaries-nuts3-2021": 1_514,
    });
    for (const d of bundledDatasets.filter((d) => d.kind === "boundaries")) {
      expect(d.boundary!.featureCount, d.id).toBe(counts[d.id]);
    }
  });

  it("parse once and return the cached object after", () => {
    const first = loadBoundaries("uk-boundaries-itl2-2021");
    expect(first.data.type).toBe("Topology");
    expect(loadBoundaries("uk-boundaries-itl2-2021")).toBe(first);
    expect(loadBoundaries("uk-boundaries-lep-2021").data.type).toBe("FeatureCollection");
  });

  it("name codes and areas", () => {
    expect(boundaryAreas("uk-boundaries-itl3-2021")).toContainEqual({
      code: "TLK11",
      name: "Bristol, City of",
    });
    expect(boundaryAreas("uk-boundaries-lep-2021")).toContainEqual({
      code: "E37000037",
      name: "West of England",
    });
    expect(boundaryAreas("eu-boundaries-nuts2-2021").map((a) => a.code)).toContain("UKK1");
  });

  it("refuse an id that is not a boundary layer", () => {
    expect(() => loadBoundaries("uk-bres-itl2")).toThrow('"uk-bres-itl2" is not a bundled boundary layer');
  });
});

describe("UK geographies", () => {
  const { itl2021, nuts2018 } = loadUkGeographies();

  it("build ITL1 > ITL2 > ITL3 and NUTS1 > NUTS2 > NUTS3 with every parent present", () => {
    const itl = createClassificationIndex(itl2021);
    const nuts = createClassificationIndex(nuts2018);
    expect(["itl1", "itl2", "itl3"].map((l) => itl.codesAt(l).length)).toEqual([12, 41, 179]);
    expect(["nuts1", "nuts2", "nuts3"].map((l) => nuts.codesAt(l).length)).toEqual([12, 41, 179]);
    expect(itl.ancestorAt("TLK11", "itl1")).toBe("TLK");
    expect(itl.children("TLK1")).toEqual(["TLK11", "TLK12", "TLK13", "TLK14", "TLK15"]);
    expect(nuts.ancestorAt("UKK12", "nuts2")).toBe("UKK1");
    expect(nuts.ancestorAt("UKN16", "nuts2")).toBe("UKN0");
  });

  it("match ITL and NUTS codes one to one (TL <-> UK), except Dorset's ITL3 regions", () => {
    const crosswalk = loadItlToNutsCrosswalk();
    expect(crosswalk.pairs).toHaveLength(12 + 41 + 179 - 2);
    expect(crosswalk.pairs).toContainEqual({ from: "TLK1", to: "UKK1" });
    // Northern Ireland NUTS 3 codes UKN10-UKN16 break the prefix rule; paired by name.
    expect(crosswalk.pairs).toContainEqual({ from: "TLN0A", to: "UKN10" });
    expect(crosswalk.pairs.filter((p) => p.to !== `UK${p.from.slice(2)}`)).toHaveLength(7);
    // ITL 2021 follows the 2019 Dorset reorganisation (TLK24 Bournemouth, Christchurch and Poole,
    // TLK25 Dorset); NUTS 2018 has the old areas (UKK21 Bournemouth and Poole, UKK22 Dorset CC).
    const back = applyCrosswalk(
      reverseCrosswalk(crosswalk),
      nuts2018.nodes.map((n) => n.code),
    );
    expect(back.unmapped).toEqual(["UKK21", "UKK22"]);
    const itlCodes = itl2021.nodes.map((n) => n.code);
    expect(itlCodes.filter((c) => !back.targetCodes.includes(c))).toEqual(["TLK24", "TLK25"]);
  });
});

describe("LAD 2021 -> LEP 2021", () => {
  const crosswalk = loadLadToLepCrosswalk();

  it("has 309 districts, 38 LEPs and 316 pairs (7 districts in two LEPs)", () => {
    const districts = new Set(crosswalk.pairs.map((p) => p.from));
    expect(districts.size).toBe(309);
    expect(new Set(crosswalk.pairs.map((p) => p.to)).size).toBe(38);
    expect(crosswalk.pairs).toHaveLength(316);
    const lads = new Map(boundaryAreas("uk-boundaries-lad-2021").map((a) => [a.code, a.name]));
    const twice = [...districts].filter((d) => crosswalk.pairs.filter((p) => p.from === d).length === 2);
    expect(twice.map((d) => lads.get(d)).sort()).toEqual([
      "Bromsgrove",
      "Cannock Chase",
      "East Staffordshire",
      "Lichfield",
      "Redditch",
      "Tamworth",
      "Wyre Forest",
    ]);
  });

  it("uses only codes of the LAD 2021 and LEP 2021 boundary files", () => {
    const lads = new Set(boundaryAreas("uk-boundaries-lad-2021").map((a) => a.code));
    const leps = new Set(boundaryAreas("uk-boundaries-lep-2021").map((a) => a.code));
    expect(crosswalk.pairs.filter((p) => !lads.has(p.from) || !leps.has(p.to))).toEqual([]);
  });
});
