import { describe, expect, it } from "vitest";
import { instrumentForVariant } from "../../src/surveys/respondent/variant-instrument.ts";

const json = {
  title: "SME survey",
  splitBallot: { variants: ["A", "B"], seed: "s" },
  pages: [
    {
      name: "p1",
      elements: [
        { type: "radiogroup", name: "all" },
        { type: "radiogroup", name: "onlyA", variants: ["A"] },
        { type: "radiogroup", name: "onlyB", variants: ["B"] },
      ],
    },
    { name: "p2", variants: ["B"], elements: [{ type: "text", name: "b2" }] },
  ],
};

describe("instrumentForVariant", () => {
  it("keeps the elements and pages of the respondent's variant and those for everyone", () => {
    const a = instrumentForVariant(json, "A") as { pages: { name: string; elements: { name: string }[] }[] };
    expect(a.pages.map((p) => p.name)).toEqual(["p1"]);
    expect(a.pages[0]?.elements.map((e) => e.name)).toEqual(["all", "onlyA"]);
    const b = instrumentForVariant(json, "B") as { pages: { name: string; elements: { name: string }[] }[] };
    expect(b.pages.map((p) => p.name)).toEqual(["p1", "p2"]);
    expect(b.pages[0]?.elements.map((e) => e.name)).toEqual(["all", "onlyB"]);
  });

  it("shows no variant-limited element without a variant, and leaves its input unchanged", () => {
    const before = JSON.stringify(json);
    const none = instrumentForVariant(json, null) as { pages: { elements: { name: string }[] }[] };
    expect(none.pages.map((p) => p.elements.map((e) => e.name))).toEqual([["all"]]);
    expect(JSON.stringify(json)).toBe(before);
  });

  it("filters a survey written with top-level elements", () => {
    const flat = instrumentForVariant({ elements: [{ name: "x" }, { name: "y", variants: ["B"] }] }, "A");
    expect(flat.elements).toEqual([{ name: "x" }]);
  });
});
