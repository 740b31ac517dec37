import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contrastRatio, relativeLuminance } from "../src/lib/contrast.ts";

// The custom properties of the one stylesheet, read from the file so the test follows edits.
const css = readFileSync(new URL("../src/styles.css", import.meta.url), "utf8");
const variables = new Map(
  [...css.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)].map((m) => [m[1]!, m[2]!]),
);
const color = (name: string) => {
  const value = variables.get(name) ?? (name.startsWith("#") ? name : undefined);
  if (value === undefined) throw new Error(`styles.css has no --${name}`);
  return value;
};

describe("contrastRatio (WCAG 2.2 definition)", () => {
  it("is 21 for black on white and 1 for a colour on itself", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBe(21);
    expect(contrastRatio("#fff", "#ffffff")).toBe(1);
  });

  it("matches a hand computation for #777777 on white", () => {
    // 0x77 = 119; 119/255 = 0.466667; ((0.466667 + 0.055) / 1.055)^2.4 = 0.184475 (all three channels),
    // so L = 0.184475 and (1.05) / (0.234475) = 4.4781.
    expect(relativeLuminance("#777777")).toBeCloseTo(0.184475, 6);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.4781, 4);
  });

  it("rejects what is not a hex colour", () => {
    expect(() => relativeLuminance("blue")).toThrow('Not a hex colour: "blue"');
  });
});

describe("styles.css meets WCAG AA", () => {
  const text: [string, string][] = [
    ["text", "background"],
    ["text", "surface"],
    ["text", "#e6eaf0"], // the active and hovered navigation link background
    ["text-muted", "background"],
    ["text-muted", "surface"],
    ["primary", "background"],
    ["primary", "surface"],
    ["on-primary", "primary"],
    ["on-primary", "primary-hover"],
    ["on-header", "header"],
    ["danger-text", "danger-surface"],
    ["#ffffff", "danger"],
    ["success-text", "success-surface"],
  ];
  it.each(text)("text %s on %s is at least 4.5:1", (foreground, background) => {
    expect(contrastRatio(color(foreground), color(background))).toBeGreaterThanOrEqual(4.5);
  });

  const edges: [string, string][] = [
    ["border-strong", "background"],
    ["focus", "background"],
    ["focus", "surface"],
    ["focus-on-dark", "header"],
    ["danger", "background"],
  ];
  it.each(edges)("control edge or focus ring %s on %s is at least 3:1", (foreground, background) => {
    expect(contrastRatio(color(foreground), color(background))).toBeGreaterThanOrEqual(3);
  });
});
