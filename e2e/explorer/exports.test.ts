// Exports of the profile, map and compare views of uk-bres-itl2 (2021, subclass) without signing
// in (issue 5: "every chart exportable as SVG and PNG, every table as CSV and XLSX, with the data
// source and licence in the export"), each file checked: names, what it holds against the API,
// and the source and licence (SVG footer, CSV trailer, XLSX "About" sheet). The opportunity chart's
// exports are in opportunities.test.ts, the activity space's in activity-space.test.ts.
// Expected LQ of UKK1 x 30300: 4.267558909296244 (worked in public-explorer.test.ts).
import type { Locator, Page } from "playwright-core";
import {
  csvParts,
  datasetEntry,
  downloadBy,
  type ExplorerDataset,
  parseSvg,
  pngSize,
  xlsxSheets,
} from "../support/explorer-files.ts";
import { expect, test } from "../support/fixtures.ts";
import { checkPage } from "../support/page-check.ts";

const dataset = "uk-bres-itl2";
const view = "year=2021&level=subclass";
const aerospaceLq = "4.267558909296244";

const button = (group: Locator, name: string) => group.getByRole("button", { name, exact: true });
const plainAttribution = (entry: ExplorerDataset) => entry.attribution.replace(/^Source:\s*/, "");

/** The CSV footer and the XLSX About rows every export must carry. */
function expectSourceAndLicence(entry: ExplorerDataset, footer: string[], about: unknown[][]): void {
  expect(footer).toEqual([`Source: ${plainAttribution(entry)}`, `Licence: ${entry.licence}`]);
  expect(about).toContainEqual(["Source", entry.attribution]);
  expect(about).toContainEqual(["Licence", entry.licence]);
  expect(about).toContainEqual(["View", "year 2021, level subclass, geography itl2"]);
}

async function apiJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

test("the profile exports its specialisations (CSV, XLSX) and its change chart (SVG, PNG)", async ({
  app,
  page,
}) => {
  await page.goto(`${app.url}/explore/${dataset}/regions/UKK1?${view}`);
  await page.locator('svg[aria-label="Change over years"]').waitFor({ timeout: 90_000 });
  const entry = await datasetEntry(page, app.url, dataset);
  const profile = await apiJson<{ specialisations: { activity: string }[]; change: unknown[] }>(
    page,
    `${app.url}/api/explorer/${dataset}/regions/UKK1?${view}`,
  );
  const tableGroup = page.getByRole("group", { name: "Export the specialisations" });
  const csv = await downloadBy(page, button(tableGroup, "Download CSV"));
  expect(csv.name).toBe(`${dataset}-UKK1-specialisations-2021.csv`);
  const { header, rows, footer } = csvParts(csv.bytes.toString("utf8"));
  expect(header).toEqual([
    "Activity",
    "Title",
    "Section",
    "Jobs",
    "LQ",
    "LQ low (95%)",
    "LQ high (95%)",
    "Share",
  ]);
  expect(rows.map((row) => row[0])).toEqual(profile.specialisations.map((row) => row.activity));
  expect(rows.find((row) => row[0] === "30300")?.slice(3, 5)).toEqual(["13000", aerospaceLq]);
  const xlsx = await downloadBy(page, button(tableGroup, "Download XLSX"));
  expect(xlsx.name).toBe(`${dataset}-UKK1-profile.xlsx`);
  const sheets = await xlsxSheets(xlsx.bytes);
  expect(sheets.Data?.length).toBe(profile.specialisations.length + 1);
  expectSourceAndLicence(entry, footer, sheets.About ?? []);

  const chartGroup = page.getByRole("group", { name: "Export the chart" });
  const svg = await downloadBy(page, button(chartGroup, "Download SVG"));
  expect(svg.name).toBe(`${dataset}-UKK1-change-over-years.svg`);
  const parsed = await parseSvg(page, svg.bytes.toString("utf8"), ["path"]);
  expect(parsed).toMatchObject({ errors: 0, root: "svg", namespace: "http://www.w3.org/2000/svg" });
  expect(parsed.text).toContain("LQ over the years: top specialisations of Gloucestershire");
  expect(parsed.text).toContain(`Source: ${plainAttribution(entry)} Licence: ${entry.licence}`);
  // One line per activity in the change table (each drawn as a path).
  expect(parsed.counts.path).toBeGreaterThanOrEqual(profile.change.length);
  const png = await downloadBy(page, button(chartGroup, "Download PNG"));
  expect(png.name).toBe(`${dataset}-UKK1-change-over-years.png`);
  expect(pngSize(png.bytes).height).toBeGreaterThanOrEqual(2 * 300);
  await checkPage(page, "explorer-exports", "02-profile");
});

test("the map exports the choropleth with its colour key (SVG, PNG) and its values (CSV, XLSX)", async ({
  app,
  page,
}) => {
  await page.goto(`${app.url}/explore/${dataset}/map?${view}&activity=30300`);
  await page.locator('svg[aria-label="Map"] path[data-region]').first().waitFor({ timeout: 90_000 });
  const entry = await datasetEntry(page, app.url, dataset);
  const map = await apiJson<{ values: { region: string; lq: number }[] }>(
    page,
    `${app.url}/api/explorer/${dataset}/map?${view}&activity=30300`,
  );
  const group = page.getByRole("group", { name: "Export the map" });
  const svg = await downloadBy(page, button(group, "Download SVG"));
  expect(svg.name).toBe(`${dataset}-30300-map-itl2-2021.svg`);
  const text = svg.bytes.toString("utf8");
  const parsed = await parseSvg(page, text, ["path"]);
  expect(parsed.errors).toBe(0);
  // One shape per region with a value (and perhaps Northern Ireland without one).
  expect((text.match(/data-region="/g) ?? []).length).toBe(map.values.length);
  expect(parsed.text).toContain("LQ of 30300 Manufacture of air and spacecraft");
  for (const key of ["LQ 1/8", "LQ 1 (national share)", "LQ 8", "No value"])
    expect(parsed.text).toContain(key);
  expect(parsed.text).toContain(`Source: ${plainAttribution(entry)} Licence: ${entry.licence}`);
  const png = await downloadBy(page, button(group, "Download PNG"));
  expect(pngSize(png.bytes).width).toBe(2 * 640);

  const csv = await downloadBy(page, button(group, "Download CSV"));
  const { header, rows, footer } = csvParts(csv.bytes.toString("utf8"));
  expect(header).toEqual(["Region", "Name", "Jobs", "LQ"]);
  expect(rows.map((row) => row[0])).toEqual(map.values.map((value) => value.region));
  expect(rows.find((row) => row[0] === "UKK1")?.[3]).toBe(aerospaceLq);
  const xlsx = await downloadBy(page, button(group, "Download XLSX"));
  expect(xlsx.name).toBe(`${dataset}-30300-map-itl2.xlsx`);
  const sheets = await xlsxSheets(xlsx.bytes);
  expect(sheets.Data?.find((row) => row[0] === "UKK1")?.[3]).toBe(Number(aerospaceLq));
  expectSourceAndLicence(entry, footer, sheets.About ?? []);
  // The table under the map says the same as the colours.
  const table = page.getByRole("table", { name: /^LQ of 30300/ });
  expect(await table.locator("tbody tr").count()).toBe(map.values.length);
  await checkPage(page, "explorer-exports", "03-map");
});

test("the comparison exports its table (CSV, XLSX) in the order chosen", async ({ app, page }) => {
  await page.goto(`${app.url}/explore/${dataset}/compare?${view}&regions=UKK1,UKC1,UKI3`);
  await page
    .getByRole("table", { name: "Comparison" })
    .locator("tbody tr")
    .first()
    .waitFor({ timeout: 90_000 });
  const entry = await datasetEntry(page, app.url, dataset);
  const group = page.getByRole("group", { name: "Export the comparison" });
  expect(await group.getByRole("button").allInnerTexts()).toEqual(["Download CSV", "Download XLSX"]);
  const csv = await downloadBy(page, button(group, "Download CSV"));
  expect(csv.name).toBe(`${dataset}-compare-UKK1-UKC1-UKI3-2021.csv`);
  const { header, rows, footer } = csvParts(csv.bytes.toString("utf8"));
  expect(header.slice(0, 4)).toEqual(["Region", "Name", "Total", "Diversity"]);
  expect(rows.map((row) => [row[0], row[2]])).toEqual([
    ["UKK1", "1285115"],
    ["UKC1", "462445"],
    ["UKI3", "2156670"],
  ]);
  const xlsx = await downloadBy(page, button(group, "Download XLSX"));
  const sheets = await xlsxSheets(xlsx.bytes);
  expect(sheets.Data?.slice(1).map((row) => row[0])).toEqual(["UKK1", "UKC1", "UKI3"]);
  expect(sheets.About).toContainEqual(["Regions", "UKK1, UKC1, UKI3"]);
  expectSourceAndLicence(entry, footer, sheets.About ?? []);
  await checkPage(page, "explorer-exports", "04-compare");
});
