// SIC 2007 as shipped and as loaded. File counts from SOURCE.md (21 / 88 / 272 / 615 / 191 and 729
// Nomis codes), recounted here by the code patterns of ONS notation.
import { applyCrosswalk, createClassificationIndex, normaliseSicCode, suggestCodes } from "@smartspec/domain";
import { describe, expect, it } from "vitest";
import {
  findBundledDataset,
  loadNaceRev2,
  loadSic2007,
  loadSic2007Index,
  loadSicToNaceCrosswalk,
  readTable,
} from "../src/index.ts";

const files = findBundledDataset("sic2007")!.files;

function countByLevel(levels: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const level of levels) counts[level] = (counts[level] ?? 0) + 1;
  return counts;
}

describe("SIC 2007 files", () => {
  it("hold 21 sections, 88 divisions, 272 groups, 615 classes and 191 UK subclasses", () => {
    const hierarchy = readTable(files.hierarchy!);
    expect(hierarchy.rows.length).toBe(1_187);
    const patterns: [string, RegExp][] = [
      ["section", /^[A-U]$/],
      ["division", /^\d\d$/],
      ["group", /^\d\d\.\d$/],
      ["class", /^\d\d\.\d\d$/],
      ["subclass", /^\d\d\.\d\d\/\d$/],
    ];
    const levels = hierarchy.rows.map((r) => patterns.find(([, p]) => p.test(r[0]!))?.[0] ?? "?");
    expect(countByLevel(levels)).toEqual({
      section: 21,
      division: 88,
      group: 272,
      class: 615,
      subclass: 191,
    });
    expect(readTable(files.subclasses!).rows.length).toBe(729);
    expect(readTable(files.divisions!).rows.length).toBe(84);
  });
});

describe("loadSic2007", () => {
  const sic = loadSic2007();
  const index = loadSic2007Index();

  it("has 21 / 88 / 273 / 616 / 729 codes (with the pseudo group and class of 01000)", () => {
    expect(countByLevel(sic.nodes.map((n) => n.level))).toEqual({
      section: 21,
      division: 88,
      group: 273,
      class: 616,
      subclass: 729,
    });
    // Building the index checks every parent is one level up.
    expect(() => createClassificationIndex(sic)).not.toThrow();
  });

  it("uses Nomis codes for subclasses and ONS notation above", () => {
    expect(["30300", "30.30", "30.3", "30", "C"].map((c) => index.node(c)?.level)).toEqual([
      "subclass",
      "class",
      "group",
      "division",
      "section",
    ]);
    expect(index.node("30300")?.title).toBe("Manufacture of air and spacecraft and related machinery");
    expect(index.ancestorAt("93191", "class")).toBe("93.19");
    expect(index.ancestorAt("30300", "section")).toBe("C");
    expect(index.ancestorAt("01000", "group")).toBe("01.0");
    expect(index.ancestorAt("01000", "section")).toBe("A");
    expect(index.node("93.19/1")).toBeUndefined();
  });

  it("gives every class at least one subclass, and every UK subclass its Nomis code", () => {
    expect(index.codesAt("class").filter((c) => index.children(c).length === 0)).toEqual([]);
    const ukSubclasses = readTable(files.hierarchy!)
      .rows.map((r) => r[0]!)
      .filter((c) => c.includes("/"));
    expect(ukSubclasses.filter((c) => index.node(normaliseSicCode(c)!)?.level !== "subclass")).toEqual([]);
    // 729 = 191 UK subclasses + 537 classes the UK does not subdivide + 01000.
    expect(index.codesAt("class").filter((c) => index.children(c).length === 1).length).toBe(537 + 1);
  });

  it("matches the division file's section letters", () => {
    const divisions = readTable(files.divisions!);
    const wrong = divisions.rows.filter((r) => index.ancestorAt(r[0]!, "section") !== r[2]);
    expect(wrong).toEqual([]);
  });

  it("suggests close codes for mistyped ones", () => {
    expect(suggestCodes(index, "30310", 2, normaliseSicCode)).toEqual([
      { code: "30300", title: "Manufacture of air and spacecraft and related machinery" },
      { code: "30110", title: "Building of ships and floating structures" },
    ]);
    expect(suggestCodes(index, "29.15", 1, normaliseSicCode)).toEqual([
      { code: "29.10", title: "Manufacture of motor vehicles" },
    ]);
    expect(suggestCodes(index, "repair of aircraft", 1, normaliseSicCode)).toEqual([
      { code: "33160", title: "Repair and maintenance of aircraft and spacecraft" },
    ]);
  });
});

describe("SIC 2007 -> NACE Rev. 2", () => {
  it("is SIC to class level, 21 / 88 / 272 / 615 codes", () => {
    expect(countByLevel(loadNaceRev2().nodes.map((n) => n.level))).toEqual({
      section: 21,
      division: 88,
      group: 272,
      class: 615,
    });
  });

  it("maps equal codes and each subclass to its class; 01000 has no NACE code", () => {
    const crosswalk = loadSicToNaceCrosswalk();
    expect(crosswalk.pairs).toHaveLength(21 + 88 + 272 + 615 + 728);
    const mapping = applyCrosswalk(crosswalk, ["30300", "93191", "30.30", "C", "01000"]);
    expect(mapping.targetCodes).toEqual(["30.30", "93.19", "C"]);
    expect([...mapping.to]).toEqual([0, 1, 0, 2]);
    expect(mapping.unmapped).toEqual(["01000"]);
    const nace = new Set(loadNaceRev2().nodes.map((n) => n.code));
    expect(crosswalk.pairs.filter((p) => !nace.has(p.to))).toEqual([]);
  });
});
