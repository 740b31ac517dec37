// The chart reader the opportunity journeys rely on (support/explorer-chart.ts) must read a real
// Observable Plot chart right: a chart drawn here from known numbers (bundled with esbuild, the
// same marks as the product's chart: dots, dashed ruleX / ruleY, negative y values written by
// Plot with U+2212) is read back, and every point and rule lands within a pixel of its value.
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect } from "vitest";
import { mostIsolated, readChart, tickNumber } from "../support/explorer-chart.ts";
import { test } from "../support/fixtures.ts";
import { repoRoot } from "../support/repo-paths.ts";

const rows = [
  { activity: "A1", density: 0.05, pci: -1.8, value: 40 },
  { activity: "B2", density: 0.21, pci: 0.35, value: 900 },
  { activity: "C3", density: 0.33, pci: 1.2, value: 120 },
  { activity: "D4", density: 0.47, pci: -0.4, value: 15 },
  { activity: "E5", density: 0.62, pci: 2.1, value: 3000 },
];
const cutoffs = { density: 0.3, complexity: 0.25 };

const entry = `
import * as Plot from "@observablehq/plot";
const rows = ${JSON.stringify(rows)};
const chart = Plot.plot({
  width: 640, height: 400, ariaLabel: "Opportunity chart",
  x: { domain: [0, 0.7], grid: true }, y: { grid: true },
  marks: [
    Plot.ruleX([${cutoffs.density}], { strokeDasharray: "6 4" }),
    Plot.ruleY([${cutoffs.complexity}], { strokeDasharray: "6 4" }),
    Plot.dot(rows, { x: "density", y: "pci", r: "value", fill: "steelblue", sort: null }),
  ],
});
chart.querySelectorAll('g[aria-label="dot"] circle').forEach((circle, i) => circle.setAttribute("data-activity", rows[i].activity));
document.body.append(chart);
`;

describe("readChart", () => {
  test("reads points, axes and dashed rules of a Plot chart within a pixel", async ({ browser }) => {
    const bundle = await build({
      stdin: { contents: entry, resolveDir: join(repoRoot, "apps", "web"), loader: "js" },
      bundle: true,
      write: false,
      format: "iife",
      logLevel: "silent",
    });
    const script = bundle.outputFiles[0]?.text ?? "";
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    try {
      await page.setContent("<!doctype html><html lang=en><body></body></html>");
      await page.addScriptTag({ content: script });
      const drawn = await readChart(page.locator('svg[aria-label="Opportunity chart"]'));
      expect(drawn.points.map((point) => point.activity)).toEqual(rows.map((row) => row.activity));
      for (const point of drawn.points) {
        const row = rows.find((candidate) => candidate.activity === point.activity);
        expect(Math.abs(point.cx - drawn.x.pixel(row?.density ?? Number.NaN))).toBeLessThanOrEqual(1);
        expect(Math.abs(point.cy - drawn.y.pixel(row?.pci ?? Number.NaN))).toBeLessThanOrEqual(1);
      }
      // Plot labels negative ticks with U+2212; the y axis must have read at least one of them.
      expect(drawn.y.ticks.some((tick) => tick.value < 0)).toBe(true);
      expect(drawn.verticalRules.length).toBe(1);
      expect(drawn.horizontalRules.length).toBe(1);
      expect(Math.abs((drawn.verticalRules[0] ?? 0) - drawn.x.pixel(cutoffs.density))).toBeLessThanOrEqual(1);
      expect(
        Math.abs((drawn.horizontalRules[0] ?? 0) - drawn.y.pixel(cutoffs.complexity)),
      ).toBeLessThanOrEqual(1);
      // A reader that got the scale wrong would put a cut-off elsewhere: 0.35 is about 45 px off.
      expect(Math.abs((drawn.verticalRules[0] ?? 0) - drawn.x.pixel(0.35))).toBeGreaterThan(20);
      expect(mostIsolated(drawn.points).activity).not.toBe("");
    } finally {
      await page.close();
    }
  });

  test("tick labels with a minus sign and thousands separators", () => {
    expect(tickNumber("\u22121.5")).toBe(-1.5);
    expect(tickNumber("1,000")).toBe(1000);
  });
});
