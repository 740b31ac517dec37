// The activity space of uk-bres-itl2 (2021, subclass) without signing in, UKK1 chosen: what is
// drawn against the API (one circle per node, one path per edge, the highlighted nodes exactly
// the API's present ones, every node at its API x/y through one linear scale per axis, within a
// pixel), the tooltip, the strengths table, the exports (SVG, PNG, CSV, XLSX) and a node's link
// to the map of its activity.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { mostIsolated } from "../support/explorer-chart.ts";
import { csvRecords, datasetEntry, downloadBy, parseSvg, pngSize } from "../support/explorer-files.ts";
import { fitThroughExtremes, readSpace } from "../support/explorer-space.ts";
import { expect, test } from "../support/fixtures.ts";
import { isFocused } from "../support/in-page.ts";
import { checkPage } from "../support/page-check.ts";
import { screenshotDir } from "../support/repo-paths.ts";

const dataset = "uk-bres-itl2";
const view = "year=2021&level=subclass";

interface SpaceNode {
  readonly activity: string;
  readonly title: string;
  readonly x: number;
  readonly y: number;
  readonly ubiquity: number;
  readonly pci: number | null;
  readonly present?: boolean;
}
interface Space {
  readonly nodes: readonly SpaceNode[];
  readonly edges: readonly { source: string; target: string }[];
}

async function spaceFromApi(page: Page, baseUrl: string, region: string): Promise<Space> {
  const response = await page.request.get(
    `${baseUrl}/api/explorer/${dataset}/space?${view}&region=${region}`,
  );
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Space;
}

const chartOf = (page: Page) => page.locator('svg[aria-label="Activity space"]');

test("the activity space with UKK1's strengths: drawn as the API says, tooltip, table, exports", async ({
  app,
  page,
}) => {
  await page.goto(`${app.url}/explore/${dataset}/space?${view}`);
  await chartOf(page).locator("circle[data-activity]").first().waitFor({ timeout: 90_000 });
  expect(await chartOf(page).locator("circle[data-present]").count()).toBe(0);
  await checkPage(page, "explorer-space", "01-no-region");

  await page.getByLabel("Region", { exact: true }).selectOption("UKK1");
  await page.waitForURL(/[?&]region=UKK1/);
  await chartOf(page).locator('circle[data-present="true"]').first().waitFor({ timeout: 60_000 });
  const api = await spaceFromApi(page, app.url, "UKK1");
  const drawn = await readSpace(chartOf(page));
  await checkPage(page, "explorer-space", "02-ukk1");

  // One circle per node, each activity once; one path per edge.
  expect(api.nodes.length).toBeGreaterThan(500);
  expect(drawn.nodes.length).toBe(api.nodes.length);
  expect(new Set(drawn.nodes.map((node) => node.activity))).toEqual(
    new Set(api.nodes.map((node) => node.activity)),
  );
  expect(drawn.links).toBe(api.edges.length);
  // The highlighted nodes are exactly the API's present ones.
  const present = api.nodes.filter((node) => node.present).map((node) => node.activity);
  expect(present.length).toBeGreaterThan(20);
  expect(
    drawn.nodes
      .filter((node) => node.present === "true")
      .map((node) => node.activity)
      .sort(),
  ).toEqual([...present].sort());
  expect(drawn.nodes.every((node) => node.present === "true" || node.present === "false")).toBe(true);

  // Every node at its API x / y through one linear scale per axis (fitted from two nodes).
  const byActivity = new Map(api.nodes.map((node) => [node.activity, node]));
  const pairs = drawn.nodes.map((node) => ({ node, api: byActivity.get(node.activity) as SpaceNode }));
  const x = fitThroughExtremes(pairs.map(({ node, api: a }) => [a.x, node.cx] as const));
  const y = fitThroughExtremes(pairs.map(({ node, api: a }) => [a.y, node.cy] as const));
  expect(x.slope).toBeGreaterThan(0);
  expect(y.slope).toBeLessThan(0); // y grows upwards on the chart, downwards on the screen
  const misplaced = pairs
    .filter(
      ({ node, api: a }) => Math.abs(node.cx - x.pixel(a.x)) > 1 || Math.abs(node.cy - y.pixel(a.y)) > 1,
    )
    .map(({ node }) => node.activity);
  expect(misplaced).toEqual([]);

  // Hover the most isolated strength: its tooltip names it and gives its numbers.
  const point = mostIsolated(drawn.nodes.filter((node) => node.present === "true"));
  const hovered = byActivity.get(point.activity) as SpaceNode;
  const circle = chartOf(page).locator(`circle[data-activity="${point.activity}"]`);
  await circle.hover();
  const tooltip = page.getByRole("tooltip");
  await tooltip.waitFor();
  const tip = ((await tooltip.textContent()) ?? "").replace(/\s+/g, " ");
  expect(tip).toContain(`${hovered.activity} ${hovered.title}`);
  expect(tip).toContain(`Specialised in ${hovered.ubiquity} regions`);
  expect(tip).toContain(`PCI ${hovered.pci === null ? "-" : hovered.pci.toFixed(2)}`);
  expect(tip).toContain("A strength of Gloucestershire, Wiltshire and Bath/Bristol area");
  expect(await circle.getAttribute("aria-label")).toBe(
    `${hovered.activity} ${hovered.title}, a strength of Gloucestershire, Wiltshire and Bath/Bristol area`,
  );
  await checkPage(page, "explorer-space", "03-tooltip");
  await page.mouse.move(0, 0);
  await tooltip.waitFor({ state: "detached" });
  // Keyboard focus shows the same tooltip; the chart is one tab stop and the arrow keys move on.
  expect(await chartOf(page).locator('circle[tabindex="0"]').count()).toBe(1);
  await circle.focus();
  await expect.poll(async () => (await tooltip.textContent()) ?? "").toContain(hovered.title);
  await page.keyboard.press("ArrowRight");
  const moved = chartOf(page).locator('circle[tabindex="0"]');
  expect(await moved.count()).toBe(1);
  const next = (await moved.getAttribute("data-activity")) ?? "";
  expect(next).not.toBe(hovered.activity);
  expect(await isFocused(moved)).toBe(true);
  await expect
    .poll(async () => (await tooltip.textContent()) ?? "")
    .toContain(byActivity.get(next)?.title ?? "?");
  await moved.blur();

  // The strengths as a table under the chart: one row per present node.
  const table = page.getByRole("table", { name: /^Strengths of Gloucestershire/ });
  expect(await table.locator("tbody tr").count()).toBe(present.length);

  // Exports: SVG and PNG of the chart, CSV and XLSX of the nodes table.
  const entry = await datasetEntry(page, app.url, dataset);
  const footer = `Source: ${entry.attribution.replace(/^Source:\s*/, "")} Licence: ${entry.licence}`;
  const svg = await downloadBy(page, page.getByRole("button", { name: "Download SVG" }));
  expect(svg.name).toBe(`${dataset}-UKK1-space-2021.svg`);
  const parsed = await parseSvg(page, svg.bytes.toString("utf8"), ["circle"]);
  expect(parsed).toMatchObject({ errors: 0, root: "svg", namespace: "http://www.w3.org/2000/svg" });
  expect(parsed.counts.circle).toBe(api.nodes.length);
  const svgText = parsed.text;
  expect(svgText).toContain(footer);
  expect(svgText).toContain("Activity space, subclass level, 2021: strengths of Gloucestershire");
  expect(svgText).toContain("Section C");

  const png = await downloadBy(page, page.getByRole("button", { name: "Download PNG" }));
  expect(png.name).toBe(`${dataset}-UKK1-space-2021.png`);
  const size = pngSize(png.bytes);
  // Drawn at twice the SVG's size.
  const svgWidth = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg.bytes.toString("utf8"))?.[1]);
  expect(size.width).toBe(svgWidth * 2);
  expect(size.height).toBeGreaterThanOrEqual(720);
  expect(png.bytes.length).toBeGreaterThan(20_000);
  // Kept beside the screenshots, to be looked at as a reader of a board paper would.
  await writeFile(join(screenshotDir, "explorer-space-export.png"), png.bytes);

  const csv = await downloadBy(page, page.getByRole("button", { name: "Download CSV" }));
  expect(csv.name).toBe(`${dataset}-UKK1-space-2021.csv`);
  const records = csvRecords(csv.bytes.toString("utf8"));
  expect(records[0]).toEqual(["Activity", "Title", "Section", "Ubiquity", "PCI", "Strength of UKK1"]);
  const blank = records.findIndex((record) => record.length === 1 && record[0] === "");
  expect(blank - 1).toBe(api.nodes.length);
  const strengths = records.slice(1, blank).filter((record) => record[5] === "yes");
  expect(strengths.map((record) => record[0]).sort()).toEqual([...present].sort());
  expect(records.slice(blank + 1).map((record) => record.join(","))).toEqual([
    `Source: ${entry.attribution.replace(/^Source:\s*/, "")}`,
    `Licence: ${entry.licence}`,
  ]);

  const xlsx = await downloadBy(page, page.getByRole("button", { name: "Download XLSX" }));
  expect(xlsx.name).toBe(`${dataset}-UKK1-space.xlsx`);
  expect([xlsx.bytes[0], xlsx.bytes[1]]).toEqual([0x50, 0x4b]);
  await checkPage(page, "explorer-space", "04-after-downloads");

  // A node is a link to the map of its activity.
  await circle.click();
  await page.waitForURL(new RegExp(`/explore/${dataset}/map\\?`));
  // The router writes number-like strings as JSON ("30300" -> %2230300%22).
  const activity = new URL(page.url()).searchParams.get("activity")?.replace(/^"|"$/g, "");
  expect(activity).toBe(point.activity);
  await expect.poll(() => page.getByLabel("Activity", { exact: true }).inputValue()).toBe(point.activity);
  await page.locator('svg[aria-label="Map"] path[data-region]').first().waitFor({ timeout: 60_000 });
  await checkPage(page, "explorer-space", "05-map-of-activity");
});
