import { describe, expect, it } from "vitest";
import { type Classification, createClassificationIndex } from "../../src/index.ts";
import { tiny } from "./tiny-classification.ts";

describe("createClassificationIndex", () => {
  const index = createClassificationIndex(tiny);

  it("finds nodes and levels by code and id", () => {
    expect(index.node("30.3")?.title).toBe("Manufacture of aircraft and spacecraft");
    expect(index.node("30.30")).toBeUndefined();
    expect(index.level("division")?.title).toBe("Division");
    expect(index.depthOf("section")).toBe(0);
    expect(index.depthOf("group")).toBe(2);
    expect(index.depthOf("class")).toBe(-1);
  });

  it("lists codes at a level and children, sorted", () => {
    expect(index.codesAt("group")).toEqual(["01.1", "01.2", "02.1", "29.1", "30.3"]);
    expect(index.codesAt("section")).toEqual(["A", "C"]);
    expect(index.codesAt("nope")).toEqual([]);
    expect(index.children("01")).toEqual(["01.1", "01.2"]);
    expect(index.children("C")).toEqual(["29", "30"]);
    expect(index.children("30.3")).toEqual([]);
  });

  it("finds the ancestor at a level, the code itself at its own level", () => {
    expect(index.ancestorAt("30.3", "division")).toBe("30");
    expect(index.ancestorAt("30.3", "section")).toBe("C");
    expect(index.ancestorAt("01.2", "group")).toBe("01.2");
    expect(index.ancestorAt("29", "section")).toBe("C");
  });

  it("has no ancestor for unknown codes, unknown levels or finer levels", () => {
    expect(index.ancestorAt("99.9", "section")).toBeUndefined();
    expect(index.ancestorAt("30.3", "class")).toBeUndefined();
    expect(index.ancestorAt("29", "group")).toBeUndefined();
  });

  it("rejects repeated codes, unknown levels and parents that skip a level", () => {
    const broken = (nodes: Classification["nodes"]) => () =>
      createClassificationIndex({ ...tiny, nodes: [...tiny.nodes, ...nodes] });
    expect(broken([{ code: "A", title: "again", level: "section", parent: null }])).toThrow(
      'tiny: code "A" is repeated',
    );
    expect(broken([{ code: "X", title: "x", level: "class", parent: null }])).toThrow(
      'tiny: "X" has unknown level "class"',
    );
    expect(broken([{ code: "29.2", title: "x", level: "group", parent: "C" }])).toThrow(
      'tiny: "29.2" has parent "C" not one level up',
    );
    expect(broken([{ code: "29.2", title: "x", level: "group", parent: "28" }])).toThrow(
      'tiny: "29.2" has parent "28" not one level up',
    );
  });
});
