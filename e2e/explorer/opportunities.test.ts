// The opportunity chart of UKK1 (uk-bres-itl2, 2021, subclass) without signing in: the chart test
// (what is drawn against the API's numbers), hover, the "why" panel, moving the cut-offs, and the
// exports (PNG, SVG, CSV) checked as files.
import type { Page } from "playwright-core";
import { type DrawnChart, mostIsolated, readChart } from "../support/explorer-chart.ts";
import { csvRecords, datasetEntry, downloadBy, pngSize } from "../support/explorer-files.ts";
import { expect, test } from "../support/fixtures.ts";
import { checkPage } from "../support/page-check.ts";

const dataset = "uk-bres-itl2";
const pagePath = `/explore/${dataset}/regions/UKK1/opportunities?year=2021&level=subclass`;
const apiPath = `/api/explorer/${dataset}/regions/UKK1/opportunities?year=2021&level=subclass`;

interface OpportunityRow {
  readonly activity: string;
  readonly title: string;
  readonly value: number;
  readonly density: number;
  readonly pci: number;
}
interface Opportunities {
  readonly cutoffs: { density: number; complexity: number };
  readonly rows: readonly OpportunityRow[];
  readonly why: Record<string, readonly { activity: string; title: string; proximity: number }[]>;
}

async function opportunities(page: Page, baseUrl: string): Promise<Opportunities> {
  const response = await page.request.get(`${baseUrl}${apiPath}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Opportunities;
}

const chartOf = (page: Page) => page.locator('svg[aria-label="Opportunity chart"]');

async function openChart(page: Page, baseUrl: string): Promise<DrawnChart> {
  // A file's first page may wait for the server warming its views: a longer limit.
  await page.goto(`${baseUrl}${pagePath}`, { timeout: 60_000 });
  await chartOf(page).locator("circle[data-activity]").first().waitFor({ timeout: 90_000 });
  return readChart(chartOf(page));
}

/** Largest distance in pixels between drawn rules and where the cut-offs map on the axes. */
function ruleError(drawn: DrawnChart, density: number, complexity: number): number {
  const x = drawn.verticalRules.map((pixel) => Math.abs(pixel - drawn.x.pixel(density)));
  const y = drawn.horizontalRules.map((pixel) => Math.abs(pixel - drawn.y.pixel(complexity)));
  if (x.length !== 1 || y.length !== 1) return Number.POSITIVE_INFINITY;
  return Math.max(...x, ...y);
}

test("the chart test: points, axes and quadrant lines match the API's numbers", async ({ app, page }) => {
  const drawn = await openChart(page, app.url);
  const api = await opportunities(page, app.url);
  // One point per activity with M = 0 in UKK1, each once.
  expect(api.rows.length).toBeGreaterThan(100);
  expect(drawn.points.length).toBe(api.rows.length);
  expect(new Set(drawn.points.map((point) => point.activity))).toEqual(
    new Set(api.rows.map((row) => row.activity)),
  );
  // Every point sits at its density (x) and PCI (y) through the axis scales, within a pixel.
  const byActivity = new Map(api.rows.map((row) => [row.activity, row]));
  const misplaced = drawn.points.filter((point) => {
    const row = byActivity.get(point.activity);
    if (row === undefined) return true;
    return (
      Math.abs(point.cx - drawn.x.pixel(row.density)) > 1 || Math.abs(point.cy - drawn.y.pixel(row.pci)) > 1
    );
  });
  expect(misplaced.map((point) => point.activity)).toEqual([]);
  // The axis domains cover the data: the ticks span the smallest and largest values (to a tick step).
  const densities = api.rows.map((row) => row.density);
  const step = (drawn.x.ticks[1]?.value ?? 0) - (drawn.x.ticks[0]?.value ?? 0);
  expect(drawn.x.ticks[0]?.value ?? Number.NaN).toBeLessThanOrEqual(Math.min(...densities) + step);
  expect(drawn.x.ticks.at(-1)?.value ?? Number.NaN).toBeGreaterThanOrEqual(Math.max(...densities) - step);
  // Quadrant lines at the API's default cut-offs (medians over the rows).
  expect(ruleError(drawn, api.cutoffs.density, api.cutoffs.complexity)).toBeLessThanOrEqual(1);
});

test("hover a point, open its why panel and move the cut-offs", async ({ app, page }) => {
  const drawn = await openChart(page, app.url);
  const api = await opportunities(page, app.url);
  await checkPage(page, "explorer-opportunities", "01-chart");
  const point = mostIsolated(drawn.points);
  const row = api.rows.find((candidate) => candidate.activity === point.activity);
  expect(row).toBeDefined();
  const circle = chartOf(page).locator(`circle[data-activity="${point.activity}"]`);
  await circle.hover();
  const tooltip = page.getByRole("tooltip");
  await tooltip.waitFor();
  const tip = await tooltip.innerText();
  expect(tip).toContain(row?.title ?? "?");
  expect(tip.replace(/,/g, "")).toContain(String(row?.value ?? "?"));
  await checkPage(page, "explorer-opportunities", "02-tooltip");

  await circle.click();
  const heading = page.getByRole("heading", { name: `Why ${point.activity}?` });
  await heading.waitFor();
  // The panel is the nearest section (or aside / dialog) around its heading.
  const panel = heading.locator("xpath=ancestor::*[self::section or self::aside or @role='dialog'][1]");
  const panelText = await panel.innerText();
  const strengths = api.why[point.activity] ?? [];
  expect(strengths.length).toBeGreaterThan(0);
  for (const strength of strengths) expect(panelText).toContain(strength.title);
  await checkPage(page, "explorer-opportunities", "03-why-panel");

  const density = page.getByLabel("Density cut-off", { exact: true });
  const complexity = page.getByLabel("Complexity cut-off", { exact: true });
  expect(Math.abs(Number(await density.inputValue()) - api.cutoffs.density)).toBeLessThan(0.01);
  expect(Math.abs(Number(await complexity.inputValue()) - api.cutoffs.complexity)).toBeLessThan(0.01);
  // New cut-offs half-way between the medians and the largest values: inside the axis domains.
  const half = (from: number, to: number) => Number(((from + to) / 2).toFixed(2));
  const newDensity = half(api.cutoffs.density, Math.max(...api.rows.map((entry) => entry.density)));
  const newComplexity = half(api.cutoffs.complexity, Math.max(...api.rows.map((entry) => entry.pci)));
  await density.fill(String(newDensity));
  await density.press("Tab");
  await complexity.fill(String(newComplexity));
  await complexity.press("Tab");
  await expect
    .poll(async () => ruleError(await readChart(chartOf(page)), newDensity, newComplexity))
    .toBeLessThanOrEqual(1);
  await checkPage(page, "explorer-opportunities", "04-cutoffs-moved");
  // The cut-offs are part of the shareable URL.
  await page.reload();
  await chartOf(page).locator("circle[data-activity]").first().waitFor();
  expect(Number(await density.inputValue())).toBe(newDensity);
  expect(Number(await complexity.inputValue())).toBe(newComplexity);
});

test("the chart exports as PNG and SVG and the table as CSV, each with source and licence", async ({
  app,
  page,
}) => {
  await openChart(page, app.url);
  const api = await opportunities(page, app.url);
  const entry = await datasetEntry(page, app.url, dataset);
  const namePattern = (ext: string) => new RegExp(`^${dataset}-UKK1-.+\\.${ext}$`);

  const png = await downloadBy(page, page.getByRole("button", { name: "Download PNG" }));
  expect(png.name).toMatch(namePattern("png"));
  const size = pngSize(png.bytes);
  expect(size.width).toBeGreaterThanOrEqual(400);
  expect(size.height).toBeGreaterThanOrEqual(300);
  expect(png.bytes.length).toBeGreaterThan(5_000);

  const svg = await downloadBy(page, page.getByRole("button", { name: "Download SVG" }));
  expect(svg.name).toMatch(namePattern("svg"));
  // Parsed by the browser's XML parser, as any other program reading the file would.
  const parsed = await page.evaluate((text: string) => {
    const parser = new (
      globalThis as unknown as { DOMParser: new () => { parseFromString(t: string, m: string): XmlDoc } }
    ).DOMParser();
    interface XmlDoc {
      documentElement: { localName: string; namespaceURI: string | null; textContent: string | null };
      getElementsByTagName(name: string): { length: number };
    }
    const doc = parser.parseFromString(text, "image/svg+xml");
    return {
      errors: doc.getElementsByTagName("parsererror").length,
      root: doc.documentElement.localName,
      namespace: doc.documentElement.namespaceURI,
      circles: doc.getElementsByTagName("circle").length,
      text: doc.documentElement.textContent ?? "",
    };
  }, svg.bytes.toString("utf8"));
  expect(parsed.errors).toBe(0);
  expect(parsed.root).toBe("svg");
  expect(parsed.namespace).toBe("http://www.w3.org/2000/svg");
  expect(parsed.circles).toBeGreaterThanOrEqual(api.rows.length);
  // One "Source:" even though ONS attributions start with their own "Source:".
  const attribution = entry.attribution.replace(/^Source:\s*/, "");
  expect(parsed.text.replace(/\s+/g, " ")).toContain(`Source: ${attribution} Licence: ${entry.licence}`);

  const csv = await downloadBy(page, page.getByRole("button", { name: "Download CSV" }));
  expect(csv.name).toMatch(namePattern("csv"));
  const records = csvRecords(csv.bytes.toString("utf8"));
  const blank = records.findIndex((record) => record.length === 1 && record[0] === "");
  expect(blank).toBeGreaterThan(0);
  const tableRows = await page.getByRole("table", { name: "Opportunities" }).locator("tbody tr").count();
  // Header + one record per table row, then a blank line, "Source: ..." and "Licence: ...".
  expect(blank - 1).toBe(tableRows);
  expect(blank - 1).toBe(api.rows.length);
  const trailer = records.slice(blank + 1).map((record) => record.join(","));
  expect(trailer.length).toBe(2);
  expect(trailer[0]).toMatch(/^Source:/);
  expect(trailer[0]).toContain(entry.attribution);
  expect(trailer[1]).toMatch(/^Licence:/);
  expect(trailer[1]).toContain(entry.licence);
  await checkPage(page, "explorer-exports", "01-after-downloads");
});
