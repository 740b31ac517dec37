import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { boldTerms, glossaryAnchor, glossaryBlocks } from "../src/glossary/glossary-blocks.ts";

describe("glossaryBlocks", () => {
  it("makes headings, items with an anchor per bold term, paragraphs and tables", () => {
    const blocks = glossaryBlocks(
      [
        "# Glossary",
        "",
        "Intro line one",
        "line two.",
        "",
        "## Specialisation",
        "",
        "- **RCA** = **LQ** (location quotient):",
        "  RCA_rp = (x_rp / X_r) / (X_p / X).",
        "- **Density** ω_rp.",
        "",
        "| a | b |",
        "| - | - |",
      ].join("\n"),
    );
    expect(blocks).toEqual([
      { kind: "heading", level: 1, text: "Glossary", id: "glossary" },
      { kind: "paragraph", text: "Intro line one line two." },
      { kind: "heading", level: 2, text: "Specialisation", id: "specialisation" },
      {
        kind: "item",
        text: "**RCA** = **LQ** (location quotient): RCA_rp = (x_rp / X_r) / (X_p / X).",
        ids: ["rca", "lq"],
      },
      { kind: "item", text: "**Density** ω_rp.", ids: ["density"] },
      { kind: "table", text: "| a | b |\n| - | - |" },
    ]);
  });

  it("has the anchors the explorer's Methods panels link to", () => {
    const markdown = readFileSync(new URL("../../../docs/glossary.md", import.meta.url), "utf8");
    const ids = glossaryBlocks(markdown).flatMap((b) =>
      b.kind === "item" ? b.ids : b.kind === "heading" ? [b.id] : [],
    );
    expect(ids).toContain("lq");
    expect(ids).toContain("density");
    expect(ids).toContain("lq-interval");
  });

  it("anchors and bold terms", () => {
    expect(glossaryAnchor("LQ interval")).toBe("lq-interval");
    expect(glossaryAnchor("The `smartspec` profile: where it differs")).toBe(
      "the-smartspec-profile-where-it-differs",
    );
    expect(boldTerms("**Herfindahl**, **entropy**")).toEqual(["Herfindahl", "entropy"]);
  });
});
